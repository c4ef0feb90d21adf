package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.STABLE;

import dev.imkit.emulator.internal.DefaultEmulator;
import dev.imkit.schemas.api.Revisions;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The configuration of an emulator, immutable: every setter returns a copy, so a builder can be shared and
 * reused. {@link #start()} starts a server with it.
 *
 * <pre>{@code
 * Emulator e = Emulator.builder()
 *     .revision("2022-05-12")
 *     .fault("accept-unknown-enum")
 *     .account("AKIDEXAMPLE", "111122223333")
 *     .verifySignatures("AKIDEXAMPLE", "secret")
 *     .start();
 * }</pre>
 */
@API(status = STABLE)
public final class EmulatorBuilder {
  /** The default account of access keys that {@link #account} does not map. */
  public static final String DEFAULT_ACCOUNT = "123456789012";
  static final EmulatorBuilder DEFAULTS = new EmulatorBuilder("127.0.0.1", 0, Revisions.current().name(),
      Set.of(), Map.of(), DEFAULT_ACCOUNT, Map.of(), Duration.ZERO);
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  private final String host;
  private final int port;
  private final String revision;
  private final Set<Fault> faults;
  private final Map<String, String> accounts;
  private final String defaultAccount;
  private final Map<String, String> credentials;
  private final Duration transitionDelay;

  private EmulatorBuilder(String host, int port, String revision, Set<Fault> faults, Map<String, String> accounts,
      String defaultAccount, Map<String, String> credentials, Duration transitionDelay) {
    this.host = host;
    this.port = port;
    this.revision = revision;
    this.faults = faults;
    this.accounts = accounts;
    this.defaultAccount = defaultAccount;
    this.credentials = credentials;
    this.transitionDelay = transitionDelay;
  }

  /** The address to listen on (default {@code 127.0.0.1}). */
  public EmulatorBuilder host(String newHost) {
    return new EmulatorBuilder(newHost, port, revision, faults, accounts, defaultAccount, credentials,
        transitionDelay);
  }

  /** The port to listen on; 0 (the default) picks a free one. */
  public EmulatorBuilder port(int newPort) {
    if (newPort < 0 || newPort > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + newPort);
    }
    return new EmulatorBuilder(host, newPort, revision, faults, accounts, defaultAccount, credentials,
        transitionDelay);
  }

  /** Behave as the service did at this model revision, e.g. {@code 2022-05-12}; unknown names are refused. */
  public EmulatorBuilder revision(String name) {
    String known = Revisions.named(name).name();
    return new EmulatorBuilder(host, port, known, faults, accounts, defaultAccount, credentials, transitionDelay);
  }

  /** Adds a fault. */
  public EmulatorBuilder fault(Fault fault) {
    EnumSet<Fault> more = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
    more.add(fault);
    return new EmulatorBuilder(host, port, revision, Collections.unmodifiableSet(more), accounts, defaultAccount,
        credentials, transitionDelay);
  }

  /** Adds a fault by its kebab-case name; unknown names are refused with the list of valid ones. */
  public EmulatorBuilder fault(String id) {
    return fault(Fault.named(id));
  }

  /** Maps an access key id to the 12-digit account its requests act in. */
  public EmulatorBuilder account(String accessKeyId, String accountId) {
    Map<String, String> more = new LinkedHashMap<>(accounts);
    more.put(requireKey(accessKeyId), requireAccount(accountId));
    return new EmulatorBuilder(host, port, revision, faults, Collections.unmodifiableMap(more), defaultAccount,
        credentials, transitionDelay);
  }

  /** The account of access keys not mapped by {@link #account} (default {@value #DEFAULT_ACCOUNT}). */
  public EmulatorBuilder defaultAccount(String accountId) {
    return new EmulatorBuilder(host, port, revision, faults, accounts, requireAccount(accountId), credentials,
        transitionDelay);
  }

  /**
   * Turns on signature verification and adds a credential: requests must then be signed with a configured
   * access key and its secret, and are checked with the AWS SDK's own SigV4 signer.
   */
  public EmulatorBuilder verifySignatures(String accessKeyId, String secretAccessKey) {
    if (secretAccessKey == null || secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException("the secret access key of " + accessKeyId + " is empty");
    }
    Map<String, String> more = new LinkedHashMap<>(credentials);
    more.put(requireKey(accessKeyId), secretAccessKey);
    return new EmulatorBuilder(host, port, revision, faults, accounts, defaultAccount,
        Collections.unmodifiableMap(more), transitionDelay);
  }

  /**
   * How long replication set regions stay CREATING, UPDATING or DELETING (default zero: ACTIVE at once).
   * While a change is in flight, UpdateReplicationSet answers ConflictException.
   */
  public EmulatorBuilder transitionDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the transition delay must not be negative, got " + delay);
    }
    return new EmulatorBuilder(host, port, revision, faults, accounts, defaultAccount, credentials, delay);
  }

  /** Starts a server with this configuration. */
  public Emulator start() {
    return DefaultEmulator.start(this);
  }

  /** The address to listen on. */
  public String host() {
    return host;
  }

  /** The port to listen on (0: any free one). */
  public int port() {
    return port;
  }

  /** The revision's name. */
  public String revision() {
    return revision;
  }

  /** The faults. */
  public Set<Fault> faults() {
    return faults;
  }

  /** Access key id to account id. */
  public Map<String, String> accounts() {
    return accounts;
  }

  /** The account of unmapped access keys. */
  public String defaultAccount() {
    return defaultAccount;
  }

  /** Access key id to secret, for signature verification; empty when verification is off. */
  public Map<String, String> credentials() {
    return credentials;
  }

  /** How long replication set changes stay in flight. */
  public Duration transitionDelay() {
    return transitionDelay;
  }

  private static String requireKey(String accessKeyId) {
    if (accessKeyId == null || accessKeyId.isBlank() || accessKeyId.contains("/")) {
      throw new IllegalArgumentException("'" + accessKeyId + "' is not an access key id");
    }
    return accessKeyId;
  }

  private static String requireAccount(String accountId) {
    if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
      throw new IllegalArgumentException("'" + accountId + "' is not a 12-digit account id");
    }
    return accountId;
  }
}
