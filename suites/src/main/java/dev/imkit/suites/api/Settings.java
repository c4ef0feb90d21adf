package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.imkit.reports.api.Baseline;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.UnknownNameException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One run's configuration, read from JUnit configuration parameters (and so {@code -D} and
 * {@code junit-platform.properties}), then {@code IMKIT_*} environment variables ({@code imkit.emulator.faults}
 * is {@code IMKIT_EMULATOR_FAULTS}). Immutable: {@link #with} returns a copy, so two targets can run in one JVM.
 * Every value is checked when read; a bad one is a {@link ConfigurationException} with a one-line fix.
 *
 * <pre>{@code
 * Settings s = Settings.defaults().with(Settings.ENDPOINT, "http://localhost:4566").with(Settings.TRIES, "50");
 * }</pre>
 */
@API(status = MAINTAINED)
public final class Settings {
  public static final String ENDPOINT = "imkit.endpoint";
  public static final String REGION = "imkit.region";
  public static final String ACCESS_KEY_ID = "imkit.access-key-id";
  public static final String SECRET_ACCESS_KEY = "imkit.secret-access-key";
  public static final String SESSION_TOKEN = "imkit.session-token";
  public static final String REVISION = "imkit.revision";
  public static final String PROFILE = "imkit.profile";
  public static final String TRIES = "imkit.tries";
  public static final String SEED = "imkit.seed";
  public static final String ONLY = "imkit.only";
  public static final String SKIP = "imkit.skip";
  public static final String BASELINE = "imkit.baseline";
  public static final String EMULATOR_REVISION = "imkit.emulator.revision";
  public static final String EMULATOR_FAULTS = "imkit.emulator.faults";
  public static final String EMULATOR_UPDATING_HOLD = "imkit.emulator.updating-hold";
  public static final String HTTP = "imkit.http";
  public static final String TIMEOUT = "imkit.timeout-seconds";
  public static final String ALLOW_ACCOUNTS = "imkit.allow-accounts";
  public static final String LIVE = "imkit.live";
  public static final String RATE_LIMIT = "imkit.rate-limit";
  public static final String REQUEST_BUDGET = "imkit.request-budget";
  public static final String RETRIES = "imkit.retries";
  public static final String PARALLEL = "imkit.parallel";
  /** Checks at once by default, where checks share nothing (see {@link #parallel()}). */
  public static final String DEFAULT_PARALLEL = "4";
  public static final String SETTLE = "imkit.settle-seconds";
  public static final String REPORT_DIR = "imkit.report-dir";
  /** This run's slice of the checks (or exploration sequences), {@code K/N}; see {@link Shard}. */
  public static final String SHARD = "imkit.shard";
  /** How long an exploration runs at most, e.g. {@code 90s}, {@code 10m}, {@code 1h}. */
  public static final String EXPLORE_DURATION = "imkit.explore.duration";
  /** How many requests an exploration sends to the target at most. */
  public static final String EXPLORE_REQUESTS = "imkit.explore.requests";
  /** How many sequences an exploration runs at most. */
  public static final String EXPLORE_SEQUENCES = "imkit.explore.sequences";
  /** The one exploration sequence (by number) to run again, to replay a finding. */
  public static final String EXPLORE_REPLAY = "imkit.explore.replay";
  /** Every key, for help texts and for reading the environment. */
  public static final List<String> KEYS = List.of(ENDPOINT, REGION, ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN,
      REVISION, PROFILE, TRIES, SEED, ONLY, SKIP, BASELINE, EMULATOR_REVISION, EMULATOR_FAULTS,
      EMULATOR_UPDATING_HOLD, HTTP, TIMEOUT,
      ALLOW_ACCOUNTS, LIVE, RATE_LIMIT, REQUEST_BUDGET, RETRIES, PARALLEL, SETTLE, REPORT_DIR, SHARD, EXPLORE_DURATION,
      EXPLORE_REQUESTS, EXPLORE_SEQUENCES, EXPLORE_REPLAY);
  /** The keys used against the embedded emulator when none are given. */
  public static final String EMBEDDED_ACCESS_KEY_ID = "AKIDIMKITEMBEDDED";
  public static final String EMBEDDED_SECRET_ACCESS_KEY = "imkit-embedded-secret-not-a-real-one";
  /** The keys a target that is not live is signed with when none are given and the AWS chain has none (LocalStack's). */
  public static final String EMULATOR_ACCESS_KEY_ID = "test";
  public static final String EMULATOR_SECRET_ACCESS_KEY = "test";
  private static final Pattern REGION_FORMAT = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
  private static final int DEFAULT_TRIES = 10;

  private final Map<String, String> raw;
  private final long seed;

  private Settings(Map<String, String> raw) {
    this.raw = Map.copyOf(raw);
    this.seed = parseSeed(raw.get(SEED));
    check();
  }

  /** The defaults: the embedded emulator, us-east-1, revision {@code auto}, profile {@code full}, 10 tries. */
  public static Settings defaults() {
    return new Settings(Map.of(SEED, Long.toString(ThreadLocalRandom.current().nextLong())));
  }

  /** Settings from a lookup of configuration parameters, falling back to {@code IMKIT_*} variables of {@code env}. */
  public static Settings from(Function<String, Optional<String>> parameters, Map<String, String> env) {
    Map<String, String> raw = new TreeMap<>();
    for (String key : KEYS) {
      parameters.apply(key).or(() -> Optional.ofNullable(env.get(environmentName(key))))
          .map(String::trim).filter(v -> !v.isEmpty()).ifPresent(v -> raw.put(key, v));
    }
    raw.putIfAbsent(SEED, Long.toString(ThreadLocalRandom.current().nextLong()));
    return new Settings(raw);
  }

  /** The environment variable that sets {@code key}: {@code imkit.emulator.faults} is {@code IMKIT_EMULATOR_FAULTS}. */
  public static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** A copy with {@code key} set to {@code value} ({@code null} or blank removes it). */
  public Settings with(String key, String value) {
    Map<String, String> one = new TreeMap<>();
    one.put(key, value);
    return with(one);
  }

  /** A copy with each key set to its value ({@code null} or blank removes it), checked together. */
  public Settings with(Map<String, String> values) {
    Map<String, String> next = new TreeMap<>(raw);
    values.forEach((key, value) -> {
      if (!KEYS.contains(key)) {
        throw new ConfigurationException("unknown setting '" + key + "': the settings are "
            + String.join(", ", KEYS));
      }
      if (value == null || value.isBlank()) {
        next.remove(key);
      } else {
        next.put(key, value.trim());
      }
    });
    if (!next.containsKey(SEED)) {
      next.put(SEED, Long.toString(seed));
    }
    return new Settings(next);
  }

  /** The endpoint; empty means the embedded emulator. */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(raw.get(ENDPOINT)).map(URI::create);
  }

  public String region() {
    return raw.getOrDefault(REGION, "us-east-1");
  }

  public Optional<String> accessKeyId() {
    return Optional.ofNullable(raw.get(ACCESS_KEY_ID));
  }

  public Optional<String> secretAccessKey() {
    return Optional.ofNullable(raw.get(SECRET_ACCESS_KEY));
  }

  public Optional<String> sessionToken() {
    return Optional.ofNullable(raw.get(SESSION_TOKEN));
  }

  /** The revision the target claims, or {@code auto} to detect it. */
  public String revision() {
    return raw.getOrDefault(REVISION, "auto");
  }

  public Profile profile() {
    return Profile.named(raw.getOrDefault(PROFILE, "full"));
  }

  /** Generated examples per property check. */
  public int tries() {
    return Integer.parseInt(raw.getOrDefault(TRIES, Integer.toString(DEFAULT_TRIES)));
  }

  /** The run's seed: every property check derives its own from it and its ID. */
  public long seed() {
    return seed;
  }

  public List<String> only() {
    return list(ONLY);
  }

  public List<String> skip() {
    return list(SKIP);
  }

  /**
   * The check IDs of the baseline file: known failures, reported but not failing the run, read by the kit's one
   * baseline reader ({@code imkit-reports}' {@code Baseline}): one ID per line, {@code #} starting a reason.
   */
  public Set<String> baseline() {
    String file = raw.get(BASELINE);
    if (file == null) {
      return Set.of();
    }
    try {
      return Baseline.read(Path.of(file)).checkIds();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** The revision the embedded emulator behaves as (the current one by default). */
  public String emulatorRevision() {
    return raw.getOrDefault(EMULATOR_REVISION, Revisions.current().name());
  }

  /** The faults the embedded emulator is started with: fault names and composite names. */
  public List<String> emulatorFaults() {
    return list(EMULATOR_FAULTS);
  }

  /**
   * How long the embedded emulator holds its replication set UPDATING after UpdateReplicationSet, in whole
   * seconds (default 0: changes complete at once), so that a second update meanwhile is a genuine conflict.
   */
  public Duration emulatorUpdatingHold() {
    return Duration.ofSeconds(Long.parseLong(raw.getOrDefault(EMULATOR_UPDATING_HOLD, "0")));
  }

  /**
   * The HTTP client: {@code jdk} (default: the JDK's kept-alive {@code HttpURLConnection}, several times faster)
   * or {@code rest-assured}.
   */
  public String http() {
    return raw.getOrDefault(HTTP, "jdk");
  }

  /** How long one request may take, in seconds, fractions allowed to the millisecond ({@code 0.5}). */
  public Duration timeout() {
    return Duration.ofMillis(new BigDecimal(raw.getOrDefault(TIMEOUT, "30")).movePointRight(3)
        .setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** The accounts a live run may create, change and delete resources in. */
  public List<String> allowedAccounts() {
    return list(ALLOW_ACCOUNTS);
  }

  /**
   * Whether the target is live (a real account: the account is learned and must be allowlisted before any write,
   * requests are rate-limited and budgeted). {@code imkit.live} decides when set: {@code false} says the endpoint
   * is an emulator wherever it runs ({@code http://localstack:4566} in a CI network), {@code true} makes even a
   * loopback endpoint live (tests use it). Unset or {@code auto}: live unless the endpoint is loopback.
   */
  public boolean live() {
    String live = raw.getOrDefault(LIVE, "auto");
    if (!live.equals("auto")) {
      return Boolean.parseBoolean(live);
    }
    return endpoint().map(u -> !isLoopback(u.getHost())).orElse(false);
  }

  /** Requests per second at most: unlimited (0) by default for targets that are not live, 5 for live ones. */
  public double rateLimit() {
    return Double.parseDouble(raw.getOrDefault(RATE_LIMIT, live() ? "5" : "0"));
  }

  /** Requests per run at most: unlimited (0) for targets that are not live, 3,000 for live ones. */
  public long requestBudget() {
    return Long.parseLong(raw.getOrDefault(REQUEST_BUDGET, live() ? "3000" : "0"));
  }

  /** Retries of a throttled or 5xx answer (never of a 4xx): 3 by default. */
  public int retries() {
    return Integer.parseInt(raw.getOrDefault(RETRIES, "3"));
  }

  /**
   * How many checks run at once where checks share nothing that running together could change (the VALIDATION
   * checks): {@value #DEFAULT_PARALLEL} by default, 1 for one check at a time. Their records come in the checks'
   * order either way.
   */
  public int parallel() {
    return Integer.parseInt(raw.getOrDefault(PARALLEL, DEFAULT_PARALLEL));
  }

  /**
   * How long after creating a resource a call naming it may still be answered 404 ResourceNotFoundException and
   * be sent again (reads that lag writes): 2 seconds by default, 0 to judge every answer as it comes.
   */
  public Duration settle() {
    return Duration.ofMillis(new BigDecimal(raw.getOrDefault(SETTLE, "2")).movePointRight(3).longValue());
  }

  /** Where reports and the clean-up journal go, if set. */
  public Optional<Path> reportDir() {
    return Optional.ofNullable(raw.get(REPORT_DIR)).map(Path::of);
  }

  /** This run's slice of the checks or sequences: {@link Shard#ALL} unless {@code imkit.shard} is set. */
  public Shard shard() {
    return raw.containsKey(SHARD) ? Shard.parse(raw.get(SHARD)) : Shard.ALL;
  }

  /** The raw values, keyed by setting name. */
  public Map<String, String> values() {
    return raw;
  }

  private List<String> list(String key) {
    String value = raw.get(key);
    return value == null ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private void check() {
    endpoint().ifPresent(Settings::checkEndpoint);
    if (!REGION_FORMAT.matcher(region()).matches()) {
      throw new ConfigurationException("imkit.region '" + region() + "' is not an AWS region name (e.g. us-east-1)");
    }
    if (!revision().equals("auto")) {
      revisionNamed(REVISION, revision());
    }
    revisionNamed(EMULATOR_REVISION, emulatorRevision());
    profile();
    positive(TRIES, raw.getOrDefault(TRIES, "10"));
    positive(PARALLEL, raw.getOrDefault(PARALLEL, DEFAULT_PARALLEL));
    seconds(TIMEOUT, raw.getOrDefault(TIMEOUT, "30"));
    if (!http().equals("rest-assured") && !http().equals("jdk")) {
      throw new ConfigurationException("imkit.http '" + http() + "' is not a client: use rest-assured or jdk");
    }
    if (accessKeyId().isPresent() != secretAccessKey().isPresent()) {
      throw new ConfigurationException("give both imkit.access-key-id and imkit.secret-access-key, or neither "
          + "(then the default AWS credentials chain is used)");
    }
    for (String account : allowedAccounts()) {
      if (!account.matches("[0-9]{12}")) {
        throw new ConfigurationException("imkit.allow-accounts: '" + account + "' is not a 12-digit account id");
      }
    }
    String live = raw.getOrDefault(LIVE, "auto");
    if (!live.equals("true") && !live.equals("false") && !live.equals("auto")) {
      throw new ConfigurationException("imkit.live '" + live + "' is not true, false (the endpoint is an emulator) "
          + "or auto (live unless the endpoint is loopback)");
    }
    nonNegative(RATE_LIMIT, raw.get(RATE_LIMIT));
    nonNegative(REQUEST_BUDGET, raw.get(REQUEST_BUDGET));
    nonNegative(RETRIES, raw.get(RETRIES));
    nonNegative(SETTLE, raw.get(SETTLE));
    nonNegative(EMULATOR_UPDATING_HOLD, raw.get(EMULATOR_UPDATING_HOLD));
    shard();
    dev.imkit.suites.internal.explore.Budget.of(this);
    if (raw.containsKey(BASELINE) && !Files.isReadable(Path.of(raw.get(BASELINE)))) {
      throw new ConfigurationException("the baseline file " + raw.get(BASELINE) + " does not exist or is not readable");
    }
  }

  private static void checkEndpoint(URI uri) {
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new ConfigurationException("imkit.endpoint '" + uri + "' is not an http(s) URL: give one like "
          + "http://localhost:4566 or https://ssm-incidents.us-east-1.amazonaws.com");
    }
  }

  private static void revisionNamed(String key, String name) {
    try {
      Revisions.named(name);
    } catch (UnknownNameException e) {
      throw new ConfigurationException(key + ": " + e.getMessage());
    }
  }

  private static void positive(String key, String value) {
    try {
      if (Integer.parseInt(value) > 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(key + " '" + value + "' is not a positive whole number");
  }

  /** A number of seconds from one millisecond to a day, fractions allowed ({@code 30}, {@code 0.5}). */
  private static void seconds(String key, String value) {
    try {
      BigDecimal s = new BigDecimal(value);
      if (s.compareTo(new BigDecimal("0.001")) >= 0 && s.compareTo(BigDecimal.valueOf(86_400)) <= 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(key + " '" + value + "' is not a number of seconds from 0.001 to 86400 "
        + "(such as 30 or 0.5)");
  }

  private static void nonNegative(String key, String value) {
    if (value == null) {
      return;
    }
    try {
      if (Double.parseDouble(value) >= 0 && (key.equals(RATE_LIMIT) || key.equals(SETTLE) || value.matches("[0-9]+"))) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(key + " '" + value + "' is not a number of 0 or more");
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
  }

  private static long parseSeed(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigurationException("imkit.seed '" + value + "' is not a whole number (a seed printed by a run)");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Settings s && s.raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>(raw);
    shown.computeIfPresent(SECRET_ACCESS_KEY, (k, v) -> "****");
    shown.computeIfPresent(SESSION_TOKEN, (k, v) -> "****");
    return shown.toString();
  }
}
