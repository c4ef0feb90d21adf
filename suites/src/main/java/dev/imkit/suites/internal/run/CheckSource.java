package dev.imkit.suites.internal.run;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The test source of a check's dynamic test: {@code imkit:check:<ID>}. A dynamic test without one gets its
 * factory method's source, and then JUnit's legacy reporting name, which surefire's XML and JUnit's own legacy
 * XML report use, is an index ({@code state(Target)[4]}) that shifts with the selection and the revision. With a
 * source that is neither a class nor a method, surefire names the test case by its display name, the check's ID,
 * in any consumer build, with no reporter configuration.
 */
final class CheckSource {
  private CheckSource() {
  }

  static URI uri(String checkId) {
    try {
      return new URI("imkit", "check:" + checkId, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("check ID " + checkId + " makes no URI: " + e.getMessage(), e);
    }
  }
}
