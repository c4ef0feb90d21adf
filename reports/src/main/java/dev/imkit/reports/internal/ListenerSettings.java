package dev.imkit.reports.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/** Where the listener writes and what it masks, once the run's configuration parameters are known. */
public record ListenerSettings(Path directory, Set<String> secrets) {
  public static final String REPORT_DIR = "imkit.report-dir";
  public static final String DEFAULT_DIR = "target/imkit";
  private static final List<String> SECRET_KEYS = List.of("imkit.secret-access-key", "imkit.session-token");
  private static final List<String> SECRET_VARIABLES = List.of("IMKIT_SECRET_ACCESS_KEY", "IMKIT_SESSION_TOKEN",
      "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

  /** The explicit directory if given, else the parameter; the given secrets plus those the run was configured with. */
  public static ListenerSettings of(Path explicitDirectory, Set<String> givenSecrets,
      ConfigurationParameters parameters) {
    Path dir = explicitDirectory != null ? explicitDirectory
        : Path.of(parameters.get(REPORT_DIR).orElseGet(() -> env("IMKIT_REPORT_DIR").orElse(DEFAULT_DIR)));
    Set<String> secrets = new HashSet<>(givenSecrets);
    SECRET_KEYS.forEach(k -> parameters.get(k).ifPresent(secrets::add));
    SECRET_VARIABLES.forEach(v -> env(v).ifPresent(secrets::add));
    secrets.removeIf(s -> s.length() < Redaction.MIN_SECRET_LENGTH);
    return new ListenerSettings(dir, secrets);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
  }
}
