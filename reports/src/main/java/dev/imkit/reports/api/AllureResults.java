package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.AllureMapping;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes check results as Allure 2 result files ({@code <uuid>-result.json} and text attachments), for
 * {@code allure generate}. Labels: suite and feature = category, story = each operation, tag = the target's
 * revision (and {@code since-<revision>}), severity = critical for MUST and minor for SHOULD. Statuses: PASS is
 * passed, FAIL failed, KNOWN failed and marked known, BLOCKED, ADVISORY and SKIP skipped (as JUnit sees them), each
 * with its status first in the message; {@code categories.json} makes each an Allure category. The request and
 * response the verdict rests on are attached as text. Only durations are recorded, so each result starts when written.
 *
 * <pre>{@code
 * AllureResults.write(Results.read(dir), dir.resolve("allure-results"));
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class AllureResults {
  private AllureResults() {
  }

  /**
   * Writes one Allure result per check into {@code directory} (created if missing).
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public static void write(List<CheckResult> results, Path directory) {
    AllureMapping.write(results, null, directory, System.currentTimeMillis());
  }
}
