package dev.imkit.reports.internal;

/** Allure's {@code categories.json}: each status of a check that is not a plain pass as a category of its own. */
final class AllureCategories {
  static final String JSON = """
      [
        {"name": "New failures (MUST rules broken)", "matchedStatuses": ["failed"], "messageRegex": "(?s)(?!KNOWN).*"},
        {"name": "Known failures (in the baseline)", "matchedStatuses": ["failed"], "messageRegex": "(?s)KNOWN.*"},
        {"name": "Blocked (not judged: another deviation stands in the way)", "matchedStatuses": ["skipped"],
         "messageRegex": "(?s)BLOCKED.*"},
        {"name": "Advisories (SHOULD rules)", "matchedStatuses": ["skipped"], "messageRegex": "(?s)ADVISORY.*"}
      ]
      """;

  private AllureCategories() {
  }
}
