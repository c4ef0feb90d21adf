package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.schemas.api.Contract;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator naming its errors only in the body (restJson1 allows it: clients read the X-Amzn-ErrorType header, a
 * body code or a body __type) passes the whole suite, revision detected, with advisories only: the header restJson1
 * asks servers to send. The AWS SDK for Java v2 (2.40.2) reads {@code __type} but not {@code code}: with
 * {@code code} alone its typed exceptions cannot come, and the SDK error checks say so instead of failing the target.
 * Likewise for a header that carries the error's shape ID ({@code com.amazonaws.ssmincidents#ValidationException}):
 * restJson1 clients keep what follows {@code #}, this SDK does not, and the header is there (no header advisory).
 */
class BodyErrorNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"error-type-in-body", "error-code-in-body", "error-type-namespaced"})
  void theWholeSuitePassesWithAdvisoriesOnly(String fault) {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", fault));
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    Set<String> advisories = new TreeSet<>(fault.contains("in-body") ? Set.of("PROTO-ERRORS-TYPE-HEADER") : Set.of());
    if (!fault.equals("error-type-in-body")) {
      Contract.current().operations().forEach(op -> advisories.add("SDK-ERROR-" + op.name()));
    }
    assertThat(outcome.aborted().entrySet()).filteredOn(e -> e.getValue().startsWith("ADVISORY"))
        .extracting(Map.Entry::getKey).containsExactlyInAnyOrderElementsOf(advisories);
    assertThat(outcome.passed()).contains("PROTO-ERROR-GetResponsePlan", "PROTO-ERRORS-NAMED", "PROTO-ERRORS-STATUS",
        "SCHEMA-ERRORS-SEEN", "VAL-REQUIRED-GetResponsePlan-arn", "REV-DETECT");
    assertThat(outcome.records()).allSatisfy(r -> assertThat(r.revision()).isEqualTo("2023-11-16"));
    if (fault.equals("error-type-in-body")) {
      assertThat(outcome.passed()).contains("SDK-ERROR-GetResponsePlan");
    } else if (fault.equals("error-code-in-body")) {
      assertThat(outcome.aborted().get("SDK-ERROR-GetResponsePlan")).contains("Exception as body code \"",
          "legal in restJson1", "the AWS SDK for Java v2 does not read",
          "PROTO-ERRORS-TYPE-HEADER reports the missing header");
    } else {
      assertThat(outcome.aborted().get("SDK-ERROR-GetResponsePlan")).contains(
          "Exception as X-Amzn-ErrorType: com.amazonaws.ssmincidents#", "legal in restJson1",
          "the AWS SDK for Java v2 does not read").doesNotContain("missing header");
    }
  }
}
