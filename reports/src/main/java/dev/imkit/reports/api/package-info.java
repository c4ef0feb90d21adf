/**
 * Conformance results: the {@link dev.imkit.reports.api.CheckResult} record, the JUnit Platform
 * {@link dev.imkit.reports.api.ResultsListener} that writes {@code results.jsonl} as checks finish, the
 * self-contained {@link dev.imkit.reports.api.HtmlReport}, {@link dev.imkit.reports.api.AllureResults} and
 * {@link dev.imkit.reports.api.Baseline} comparison.
 *
 * <pre>{@code
 * launcher.execute(request, ResultsListener.writingTo(dir));
 * List<CheckResult> results = Results.read(dir);
 * HtmlReport.write(run, results, Optional.empty(), coverage, dir.resolve("report.html"));
 * AllureResults.write(results, dir.resolve("allure-results"));
 * }</pre>
 */
package dev.imkit.reports.api;
