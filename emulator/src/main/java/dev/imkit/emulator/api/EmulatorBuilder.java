package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.imkit.emulator.internal.DefaultEmulator;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
@API(status = MAINTAINED)
public final class EmulatorBuilder {
  /** The default account of access keys that {@link #account} does not map. */
  public static final String DEFAULT_ACCOUNT = "123456789012";
  static final EmulatorBuilder DEFAULTS = new EmulatorBuilder(new Draft());
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  private final String host;
  private final int port;
  private final String revision;
  private final Set<Fault> faults;
  private final Map<String, String> accounts;
  private final String defaultAccount;
  private final Map<String, String> credentials;
  private final Duration transitionDelay;
  private final Duration updatingHold;
  private final Set<String> missingOperations;

  private EmulatorBuilder(Draft d) {
    this.host = d.host;
    this.port = d.port;
    this.revision = d.revision;
    this.faults = d.faults.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(d.faults));
    this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(d.accounts));
    this.defaultAccount = d.defaultAccount;
    this.credentials = Collections.unmodifiableMap(new LinkedHashMap<>(d.credentials));
    this.transitionDelay = d.transitionDelay;
    this.updatingHold = d.updatingHold;
    this.missingOperations = Collections.unmodifiableSet(new TreeSet<>(d.missingOperations));
  }

  /** The address to listen on (default {@code 127.0.0.1}). */
  public EmulatorBuilder host(String newHost) {
    return with(d -> d.host = newHost);
  }

  /** The port to listen on; 0 (the default) picks a free one. */
  public EmulatorBuilder port(int newPort) {
    if (newPort < 0 || newPort > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + newPort);
    }
    return with(d -> d.port = newPort);
  }

  /** Behave as the service did at this model revision, e.g. {@code 2022-05-12}; unknown names are refused. */
  public EmulatorBuilder revision(String name) {
    String known = Revisions.named(name).name();
    return with(d -> d.revision = known);
  }

  /** Adds a fault. */
  public EmulatorBuilder fault(Fault fault) {
    return with(d -> d.faults.add(fault));
  }

  /**
   * Adds a fault, or every fault of a {@link FaultComposite}, by its kebab-case name; unknown names are refused
   * with the list of valid ones.
   */
  public EmulatorBuilder fault(String name) {
    Set<Fault> named = Fault.resolve(name);
    return with(d -> d.faults.addAll(named));
  }

  /** Maps an access key id to the 12-digit account its requests act in. */
  public EmulatorBuilder account(String accessKeyId, String accountId) {
    String key = requireKey(accessKeyId);
    String account = requireAccount(accountId);
    return with(d -> d.accounts.put(key, account));
  }

  /** The account of access keys not mapped by {@link #account} (default {@value #DEFAULT_ACCOUNT}). */
  public EmulatorBuilder defaultAccount(String accountId) {
    String account = requireAccount(accountId);
    return with(d -> d.defaultAccount = account);
  }

  /**
   * Turns on signature verification and adds a credential: requests must then be signed with a configured
   * access key and its secret, and are checked with the AWS SDK's own SigV4 signer.
   */
  public EmulatorBuilder verifySignatures(String accessKeyId, String secretAccessKey) {
    if (secretAccessKey == null || secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException("the secret access key of " + accessKeyId + " is empty");
    }
    String key = requireKey(accessKeyId);
    return with(d -> d.credentials.put(key, secretAccessKey));
  }

  /**
   * How long replication set regions stay CREATING, UPDATING or DELETING (default zero: ACTIVE at once).
   * While a change is in flight, UpdateReplicationSet answers ConflictException.
   */
  public EmulatorBuilder transitionDelay(Duration delay) {
    Duration checked = nonNegative(delay, "transition delay");
    return with(d -> d.transitionDelay = checked);
  }

  /**
   * How long the replication set stays UPDATING after an UpdateReplicationSet, as the service keeps it while
   * it replicates (default zero: the change completes at once, so tests that change the set twice in a row need
   * not wait). Another UpdateReplicationSet meanwhile is a 409 ConflictException saying when to retry. The
   * set is created ACTIVE at once unless {@link #transitionDelay} says otherwise.
   */
  @API(status = EXPERIMENTAL)
  public EmulatorBuilder updatingHold(Duration hold) {
    Duration checked = nonNegative(hold, "updating hold");
    return with(d -> d.updatingHold = checked);
  }

  /**
   * Leaves operations out, as an implementation that lacks them: each is answered 404
   * UnknownOperationException, as unknown paths are. Names are the contract's (e.g. {@code ListIncidentFindings}).
   */
  @API(status = EXPERIMENTAL)
  public EmulatorBuilder missingOperations(String... operationNames) {
    for (String name : operationNames) {
      Contract.current().operation(name);
    }
    return with(d -> d.missingOperations.addAll(java.util.List.of(operationNames)));
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

  /** How long the replication set stays UPDATING after UpdateReplicationSet, at least. */
  @API(status = EXPERIMENTAL)
  public Duration updatingHold() {
    return updatingHold;
  }

  /** The operations left out, by name. */
  @API(status = EXPERIMENTAL)
  public Set<String> missingOperations() {
    return missingOperations;
  }

  private EmulatorBuilder with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new EmulatorBuilder(d);
  }

  private static Duration nonNegative(Duration duration, String what) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the " + what + " must not be negative, got " + duration);
    }
    return duration;
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

  /** A configuration being changed: a copy of a builder's, made into a new builder once changed. */
  private static final class Draft {
    String host = "127.0.0.1";
    int port;
    String revision = Revisions.current().name();
    Set<Fault> faults = EnumSet.noneOf(Fault.class);
    Map<String, String> accounts = new LinkedHashMap<>();
    String defaultAccount = DEFAULT_ACCOUNT;
    Map<String, String> credentials = new LinkedHashMap<>();
    Duration transitionDelay = Duration.ZERO;
    Duration updatingHold = Duration.ZERO;
    Set<String> missingOperations = new TreeSet<>();

    Draft() {
    }

    Draft(EmulatorBuilder b) {
      host = b.host;
      port = b.port;
      revision = b.revision;
      faults = b.faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(b.faults);
      accounts = new LinkedHashMap<>(b.accounts);
      defaultAccount = b.defaultAccount;
      credentials = new LinkedHashMap<>(b.credentials);
      transitionDelay = b.transitionDelay;
      updatingHold = b.updatingHold;
      missingOperations = new TreeSet<>(b.missingOperations);
    }
  }
}
