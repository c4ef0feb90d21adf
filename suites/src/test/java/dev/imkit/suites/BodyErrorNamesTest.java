package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator naming its errors only in the body (restJson1 allows it: clients read the X-Amzn-ErrorType header, a
 * body code or a body __type) passes the whole suite, revision detected, with one advisory: the header restJson1
 * asks servers to send. The SDK checks are left out for {@code code}: the AWS SDK for Java v2 (2.40.2) reads
 * {@code __type} but not {@code code}, so its typed exceptions cannot come; that is the SDK's limit, which the
 * SDK checks report on their own.
 */
class BodyErrorNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"error-type-in-body", "error-code-in-body"})
  void theWholeSuitePassesWithOneAdvisory(String fault) {
    Category[] categories = Arrays.stream(Category.values())
        .filter(c -> !(fault.equals("error-code-in-body") && c == Category.SDK)).toArray(Category[]::new);
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", fault), categories);
    assertThat(outcome.failedContainers()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.aborted().entrySet()).filteredOn(e -> e.getValue().startsWith("ADVISORY"))
        .extracting(Map.Entry::getKey).containsExactly("PROTO-ERRORS-TYPE-HEADER");
    assertThat(outcome.passed()).contains("PROTO-ERROR-GetResponsePlan", "PROTO-ERRORS-NAMED", "PROTO-ERRORS-STATUS",
        "SCHEMA-ERRORS-SEEN", "VAL-REQUIRED-GetResponsePlan-arn", "REV-DETECT");
    assertThat(outcome.records()).allSatisfy(r -> assertThat(r.revision()).isEqualTo("2023-11-16"));
  }
}
