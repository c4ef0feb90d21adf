package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Fault;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Settings;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SECURITY checks are opt-in, pass against the verifying emulator, and catch what each fault lets through. */
class SecurityChecksTest {
  private static final Set<String> ALL = Set.of("SEC-UNSIGNED", "SEC-BAD-SIGNATURE", "SEC-WRONG-SERVICE");
  /** Fault → the checks it fails. Signing for another service is a bad signature, so one fault trips both. */
  private static final Map<String, Set<String>> FAILING = Map.of(
      "accept-unsigned", Set.of("SEC-UNSIGNED"),
      "accept-bad-signature", Set.of("SEC-BAD-SIGNATURE", "SEC-WRONG-SERVICE"));

  @Test
  void securityChecksAreSkippedWithoutTheSecurityProfile() {
    Runs.Outcome outcome = Runs.run(Map.of(), Category.SECURITY);
    assertThat(outcome.aborted().keySet()).isEqualTo(ALL);
    assertThat(outcome.aborted().values()).allMatch(m -> m.contains("imkit.profile=security"));
  }

  @Test
  void everySecurityCheckPassesAgainstTheVerifyingEmulator() {
    Runs.Outcome outcome = Runs.run(Map.of(Settings.PROFILE, "security"), Category.SECURITY);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.passed()).isEqualTo(new java.util.TreeSet<>(ALL));
  }

  @Test
  void eachSecurityFaultFailsExactlyItsChecks() {
    assertThat(FAILING.keySet()).isEqualTo(Arrays.stream(Fault.values())
        .filter(f -> f.category().name().equals("SECURITY")).map(Fault::id).collect(Collectors.toSet()));
    FAILING.forEach((fault, expected) -> {
      Runs.Outcome outcome = Runs.run(Map.of(Settings.PROFILE, "security", Settings.EMULATOR_FAULTS, fault),
          Category.SECURITY);
      assertThat(outcome.failures().keySet()).as(fault).isEqualTo(expected);
      outcome.failures().values().forEach(m -> assertThat(m).startsWith("POST ").contains("/listResponsePlans: "
          + "ListResponsePlans SigV4 authentication: ").contains("must be refused with 401 or 403")
          .contains("the target answered 200"));
    });
  }
}
