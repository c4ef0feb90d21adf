package dev.imkit.suites.internal.session;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.http.JdkTransport;
import dev.imkit.suites.internal.http.RestAssuredTransport;
import dev.imkit.suites.internal.http.Transport;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One run against one target: the embedded emulator when no endpoint is set, the credentials, the sanity gate
 * (the endpoint answers as ssm-incidents), the revision (claimed or detected) and the fixtures to clean up at the end.
 */
public final class Run implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final Emulator emulator;
  private final DefaultTarget target;

  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
  /** Ctrl-C or SIGTERM during a run still removes what it created (SIGKILL leaves the journal to imkit cleanup). */
  private final Thread onShutdown = new Thread(this::close, "imkit-cleanup");

  private Run(Emulator emulator, DefaultTarget target) {
    this.emulator = emulator;
    this.target = target;
    Runtime.getRuntime().addShutdownHook(onShutdown);
  }

  /** Opens a run: starts the emulator if needed, checks the target answers, settles its revision. */
  public static Run open(Settings settings) {
    Emulator emulator = settings.endpoint().isEmpty() ? EmbeddedEmulator.start(settings) : null;
    DefaultTarget bare = null;
    try {
      URI endpoint = emulator == null ? settings.endpoint().orElseThrow() : emulator.uri();
      AwsCredentialsProvider credentials = credentials(settings, emulator != null);
      Transport transport = settings.http().equals("jdk") ? new JdkTransport(settings.timeout())
          : new RestAssuredTransport(settings.timeout());
      String runId = "imkit-" + UUID.randomUUID().toString().substring(0, 8);
      String account = emulator == null ? null : "123456789012";
      bare = new DefaultTarget(settings, endpoint, emulator != null, Revisions.current(), transport,
          credentials, runId, account);
      SanityGate.pass(bare);
      LiveGuard.check(bare);
      return new Run(emulator, bare.at(revision(settings, bare, emulator != null)));
    } catch (RuntimeException e) {
      if (bare != null) {
        bare.journal().close();
      }
      if (emulator != null) {
        emulator.close();
      }
      throw e;
    }
  }

  /**
   * The revision the run holds the target to: the one named; else the current one when the kit itself started a
   * fault-free emulator at it (detection cannot find a newer one, and REV-DETECT still sends every probe); else
   * the detected one.
   */
  private static Revision revision(Settings settings, DefaultTarget bare, boolean embedded) {
    if (!settings.revision().equals("auto")) {
      return Revisions.named(settings.revision());
    }
    if (embedded && settings.emulatorFaults().isEmpty()
        && Revisions.named(settings.emulatorRevision()).equals(Revisions.current())) {
      return Revisions.current();
    }
    return RevisionDetector.detect(bare);
  }

  private dev.imkit.suites.api.Settings settings() {
    return target.settings();
  }

  /**
   * A transport to the embedded emulator in this process (no socket), when the run started one: for a second
   * party that sends as many requests as the target gets, such as the exploration's reference.
   */
  public Optional<Transport> inProcess() {
    return Optional.ofNullable(emulator).map(EmbeddedEmulator::inProcess);
  }

  public DefaultTarget target() {
    return target;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (Thread.currentThread() != onShutdown) {
      try {
        Runtime.getRuntime().removeShutdownHook(onShutdown);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs this anyway
      }
    }
    try {
      target.stop(settings().timeout());
      if (emulator == null) {
        // the embedded emulator's state ends with it: nothing to remove there
        target.fixtures().cleanUp();
        Cleanup.remove(target, target.journal().createdSoFar());
      }
      target.journal().cleaned();
    } finally {
      target.journal().close();
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  /**
   * An emulator wants a well-formed signature, not an account: keys from the environment, system properties or the
   * profile file if there are any (never the slow instance-metadata lookups), else the kit's own test keys.
   */
  private static AwsCredentialsProvider emulatorCredentials() {
    AwsCredentialsProvider local = AwsCredentialsProviderChain.builder().reuseLastProviderEnabled(true)
        .credentialsProviders(SystemPropertyCredentialsProvider.create(),
            EnvironmentVariableCredentialsProvider.create(), ProfileCredentialsProvider.create()).build();
    try {
      local.resolveCredentials();
      return local;
    } catch (RuntimeException e) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(Settings.EMULATOR_ACCESS_KEY_ID,
          Settings.EMULATOR_SECRET_ACCESS_KEY));
    }
  }

  private static AwsCredentialsProvider credentials(Settings settings, boolean embedded) {
    if (settings.accessKeyId().isPresent()) {
      String key = settings.accessKeyId().get();
      String secret = settings.secretAccessKey().orElseThrow();
      return StaticCredentialsProvider.create(settings.sessionToken()
          .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(t -> AwsSessionCredentials.create(key, secret, t))
          .orElseGet(() -> AwsBasicCredentials.create(key, secret)));
    }
    if (embedded) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(Settings.EMBEDDED_ACCESS_KEY_ID,
          Settings.EMBEDDED_SECRET_ACCESS_KEY));
    }
    if (!settings.live()) {
      return emulatorCredentials();
    }
    DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
    try {
      chain.resolveCredentials();
      return chain;
    } catch (SdkClientException e) {
      throw new ConfigurationException("no AWS credentials found: set imkit.access-key-id and "
          + "imkit.secret-access-key (IMKIT_ACCESS_KEY_ID, IMKIT_SECRET_ACCESS_KEY), or configure the default chain "
          + "(AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws/credentials); an emulator needs none with imkit.live=false");
    }
  }
}
