package dev.imkit.cli.internal;

import dev.imkit.suites.api.Settings;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags that say which target a command talks to and how: where it is, who signs, whether it is a live
 * account, and how requests are paced. One declaration, mixed into {@code imkit run}, {@code explore} and
 * {@code cleanup}; each maps to one {@link Settings} key, as in {@link RunFlags}.
 */
final class TargetFlags {
  @Option(names = "--endpoint", paramLabel = "URL",
      description = "the target (imkit run and explore: default the embedded emulator)")
  String endpoint;

  @Option(names = "--region", paramLabel = "REGION", description = "the region to sign for (default us-east-1)")
  String region;

  @Option(names = "--access-key-id", paramLabel = "KEY", description = "static credentials (default: the AWS chain; the embedded emulator has its own)")
  String accessKeyId;

  @Option(names = "--secret-access-key", paramLabel = "SECRET", description = "the secret of --access-key-id")
  String secretAccessKey;

  @Option(names = "--http", paramLabel = "CLIENT", description = "jdk (default) or rest-assured")
  String http;

  @Option(names = "--allow-account", paramLabel = "ACCOUNT", split = ",",
      description = "a 12-digit account a live target may be written to (nothing is written elsewhere); repeatable")
  List<String> allowAccounts = List.of();

  @Option(names = "--live", paramLabel = "true|false|auto",
      description = {"false: the endpoint is an emulator wherever it runs (http://localstack:4566): no account check,",
          "  no allowlist, no rate limit or budget; true: a real account even on loopback;",
          "  auto (default): live unless the endpoint is loopback"})
  String live;

  @Option(names = "--rate-limit", paramLabel = "PER_SECOND",
      description = "requests per second at most (default: no limit on loopback, 5 on live targets)")
  String rateLimit;

  @Option(names = "--request-budget", paramLabel = "N",
      description = "requests per run at most (default: no limit on loopback, 3000 on live targets)")
  String requestBudget;

  @Option(names = "--retries", paramLabel = "N", description = "retries of a throttled or 5xx answer (default 3)")
  String retries;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "per request, fractions allowed (default 30; 0.5 is half a second)")
  String timeout;

  /** Puts the flags given into {@code p}, keyed by setting; flags not given stay absent. */
  void putInto(Map<String, String> p) {
    put(p, Settings.ENDPOINT, endpoint);
    put(p, Settings.REGION, region);
    put(p, Settings.ACCESS_KEY_ID, accessKeyId);
    put(p, Settings.SECRET_ACCESS_KEY, secretAccessKey);
    put(p, Settings.HTTP, http);
    put(p, Settings.TIMEOUT, timeout);
    put(p, Settings.ALLOW_ACCOUNTS, join(allowAccounts));
    put(p, Settings.LIVE, live);
    put(p, Settings.RATE_LIMIT, rateLimit);
    put(p, Settings.REQUEST_BUDGET, requestBudget);
    put(p, Settings.RETRIES, retries);
  }

  static String join(List<String> values) {
    List<String> kept = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    return kept.isEmpty() ? null : String.join(",", kept);
  }

  static void put(Map<String, String> p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value.trim());
    }
  }
}
