package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The outcome of validating one document.
 *
 * @param violations every broken rule, in document order
 * @param advisories unknown and null members: reportable, never a failure
 */
@API(status = EXPERIMENTAL)
public record ValidationReport(List<Violation> violations, List<Advisory> advisories) {

  public ValidationReport {
    violations = List.copyOf(violations);
    advisories = List.copyOf(advisories);
  }

  /** Whether no rule was broken. */
  public boolean valid() {
    return violations.isEmpty();
  }

  /**
   * The message of a Smithy ValidationException for these violations, e.g.
   * {@code 1 validation error detected: Value at '/impact' failed to satisfy constraint: ...}.
   */
  public String summary() {
    int n = violations.size();
    return n + " validation error" + (n == 1 ? "" : "s") + " detected: "
        + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }
}
