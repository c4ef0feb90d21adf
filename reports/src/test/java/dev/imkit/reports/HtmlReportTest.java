package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir
  Path dir;

  @Test
  void escapesHostileTextEverywhere() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Samples.coverage());

    assertThat(page).doesNotContain("<script>alert", "<img src=x", "onerror=alert(1)>");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        + " &amp; &quot;quoted&quot;");
    assertThat(Pattern.compile("<script>").matcher(page).results().count()).isEqualTo(1);
    assertThat(page).contains("\\u003cscript\\u003ealert('x')\\u003c/script\\u003e\\u003cimg src=x");
  }

  @Test
  void isSelfContained() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Samples.coverage());

    assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//");
    assertThat(page).doesNotContainPattern("(?i)<link|@import|url\\(");
    assertThat(page).contains("Content-Security-Policy", "default-src 'none'");
  }

  @Test
  void showsTheVerdictRunFactsAndFailuresFirstWithTheirReplayCommand() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Samples.coverage());

    assertThat(page).contains("<h1>FAIL</h1>", "46 checks: 37 passed, 3 failed, 3 blocked, 1 known failures, "
        + "1 advisories, 1 skipped", "http://127.0.0.1:4566", "2023-11-16 (detected)", "20261130", "12.5 s",
        "1840 (147.2 req/s)", "eu-west-1",
        "./imkit run --only VAL-ENUM-StartIncident-relatedItems.identifier.type --seed 20261130",
        "It stands on 601 of the contract&#39;s 801 rules (75.0%)", "2 rules no check covers",
        "3 checks were not judged (BLOCKED)");
    assertThat(page.indexOf("STATE-DynamicParameters-CreateResponsePlan"))
        .isLessThan(page.indexOf("PRO-CreateResponsePlan"));
    assertThat(page).containsPattern("<td class=\"fail\"><a href=\"#filter:op=StartIncident&amp;cat=VALIDATION\""
        + "[^>]*>1 / 1 / 0 / 0</a>");
    assertThat(page).containsPattern("<td class=\"v-pass\">PASS</td>(<td class=\"num\">[0-9]+</td>){6}");
  }

  @Test
  void theVerdictCausesAndFailuresComeBeforeEverythingElse() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Samples.coverage());

    int verdict = page.indexOf("<h1>FAIL</h1>");
    int causes = page.indexOf("<section id=\"causes\">");
    int failures = page.indexOf("<section id=\"failures\">");
    assertThat(verdict).isPositive().isLessThan(causes);
    assertThat(causes).isLessThan(failures);
    assertThat(failures).isLessThan(page.indexOf("<section id=\"run\">"))
        .isLessThan(page.indexOf("<section id=\"matrix\">")).isLessThan(page.indexOf("<section id=\"coverage\">"));
    String causesSection = page.substring(causes, failures);
    assertThat(causesSection).contains("Root causes (", "OPERATION MISSING", "PutResourcePolicy is not implemented",
        "1 failed, 3 blocked", Samples.MISSING).contains(Samples.BLOCKED);
    assertThat(causesSection.indexOf("OPERATION MISSING")).as("the biggest cause first")
        .isLessThan(causesSection.indexOf("RULE BROKEN"));
  }

  @Test
  void aCheckCountsOnceUnderItsPrimaryOperation() {
    CheckResult two = Samples.result("STATE-X", "STATE", "StartIncident", CheckStatus.PASS, "");
    CheckResult both = new CheckResult(two.id(), two.category(), java.util.List.of("StartIncident", "GetIncidentRecord"),
        two.rules(), two.level(), two.since(), two.revision(), two.status(), 1, "", null, java.util.List.of(), -1, "1", 2,
        "", java.util.List.of());

    String page = HtmlReport.render(Samples.run(), List.of(both), Optional.empty(), Coverage.unknown());

    assertThat(page).containsPattern("<tr><th>StartIncident</th>(<td class=\"empty\"></td>){3}<td class=\"pass\">")
        .doesNotContain("<tr><th>GetIncidentRecord</th>");
  }

  @Test
  void eachFailureCarriesItsCallsTheFailingOneOpenAndACurlReproducer() {
    String page = HtmlReport.render(Samples.run(), List.of(Samples.sequence()), Optional.empty(), Coverage.unknown());

    assertThat(page).contains("Calls (4)", "3. GetIncidentRecord (check): 500, the call the verdict rests on",
        "Reproduce with curl, without imkit", "--aws-sigv4 &quot;aws:amz:eu-west-1:ssm-incidents&quot;");
    assertThat(page).containsPattern("<details class=\"call\" open><summary>3\\. GetIncidentRecord");
    assertThat(page).containsPattern("<details class=\"call\"><summary>4\\. DeleteIncidentRecord");
  }

  @Test
  void coverageIsPerCategoryAgainstThatCategorysRulesAndListsWhatNoCheckCovers() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Samples.coverage());

    assertThat(page).contains("601 of the contract&#39;s 801 rules judged by this run (75.0%)",
        "198 more have checks that did not judge them here", "2 no check covers", "Share of its rules",
        "2 rules no check covers", "UpdateTimelineEventInput.eventReferences");
    assertThat(page).containsPattern("<td>SCHEMA</td><td class=\"num\">120</td><td class=\"num\">160</td>");
  }

  @Test
  void aBaselineSplitsNewFromKnownFailuresAndNamesTheFixedOnes() {
    Baseline baseline = Baseline.of(List.of("VAL-ENUM-StartIncident-relatedItems.identifier.type",
        "PAG-MaxResults-ListIncidentRecords", "PRO-StartIncident"));

    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.of(baseline), Samples.coverage());

    assertThat(page).contains("<h1>FAIL</h1>", "2 new failures, 2 known failures, 1 fixed (PRO-StartIncident",
        "New failures (2)", "Known failures (2)");
    assertThat(page.indexOf("New failures (2)")).isLessThan(page.indexOf("<section id=\"run\">"));
  }

  @Test
  void onlyKnownFailuresAndAdvisoriesPass() {
    List<CheckResult> results = Samples.results().stream()
        .filter(r -> r.status() != CheckStatus.FAIL && r.status() != CheckStatus.BLOCKED).toList();

    String page = HtmlReport.render(Samples.run(), results, Optional.empty(), Coverage.unknown());

    assertThat(page).contains("<h1>PASS</h1>", "No coverage figures were given");
  }

  @Test
  void blockedChecksAreNeverAPlainPass() {
    List<CheckResult> results = Samples.results().stream().filter(r -> r.status() != CheckStatus.FAIL).toList();

    String page = HtmlReport.render(Samples.run(), results, Optional.empty(), Coverage.unknown());

    assertThat(page).contains("<h1>BLOCKED</h1>", "3 blocked", "3 checks were not judged (BLOCKED)")
        .doesNotContain("<h1>PASS</h1>");
  }

  /**
   * The page cuts long messages (the table at 240 chars, failure lines at 180): a cut that fell between the two
   * halves of an emoji left half a character, which no UTF-8 file holds. The run's own writer turned it into '?';
   * {@code imkit report}, writing the same page from results.jsonl, failed with UnmappableCharacterException.
   */
  @Test
  void aMessageCutAtAnEmojiKeepsItWholeOrLeavesItOut() throws Exception {
    Path file = dir.resolve("emoji/report.html");
    String message = "y".repeat(179) + "\uD83D\uDE00" + "z".repeat(59) + "\uD83D\uDE00 and more after the cut";
    CheckResult cut = Samples.result("VAL-X", "VALIDATION", "StartIncident", CheckStatus.FAIL, message);

    HtmlReport.write(Samples.run(), List.of(cut), Optional.empty(), Coverage.unknown(), file);

    String page = Files.readString(file);
    assertThat(page).contains("<h1>FAIL</h1>", "y".repeat(179) + "…", "z".repeat(59) + "…").doesNotContain("\uFFFD");
    assertThat(page.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
        .as("no half character").isTrue();
  }

  @Test
  void aRunWithNothingCheckedIsNoPass() throws Exception {
    Path file = dir.resolve("out/report.html");

    HtmlReport.write(Samples.run(), List.of(Samples.result("SEC-X", "SECURITY", "StartIncident", CheckStatus.SKIP,
        "opt-in")), Optional.empty(), Coverage.unknown(), file);

    assertThat(Files.readString(file)).contains("<h1>NO RESULTS</h1>").doesNotContain("<h1>PASS</h1>");
  }

  @Test
  void aSuiteThatNeverStartedFailsTheRunWithoutAReplayCommand() {
    CheckResult unreachable = CheckResult.bare("ConformanceTest", CheckStatus.FAIL, 3,
        "IllegalStateException: connection refused");

    String page = HtmlReport.render(Samples.run(), List.of(unreachable), Optional.empty(), Coverage.unknown());

    assertThat(page).contains("<h1>FAIL</h1>", "connection refused", "Not a check: a test or suite that failed")
        .doesNotContain("./imkit run --only ConformanceTest");
  }

  @Test
  void aRunThatDidNotFinishIsIncompleteNeverAPass() {
    List<CheckResult> passed = Samples.results().stream().filter(r -> r.status() == CheckStatus.PASS).toList();

    String page = HtmlReport.render(Samples.killedRun(), passed, Optional.empty(), Coverage.unknown());

    assertThat(page).contains("<h1>INCOMPLETE</h1>", "INCOMPLETE RUN (killed or interrupted): " + passed.size()
        + " checks recorded", "unknown: the run did not finish").doesNotContain("<h1>PASS</h1>", "v-pass\"");
    assertThat(page).containsPattern("<td class=\"v-incomplete\">INCOMPLETE</td>");
  }

  @Test
  void aRunThatDidNotFinishStillFailsOnItsFailures() {
    String page = HtmlReport.render(Samples.killedRun(), Samples.results(), Optional.empty(), Coverage.unknown());

    assertThat(page).contains("<h1>FAIL</h1>", "INCOMPLETE RUN (killed or interrupted): 46 checks recorded");
  }

  @Test
  void aFinishedRunIsNotMarkedIncomplete() {
    String page = HtmlReport.render(Samples.run(), Samples.results(), Optional.empty(), Coverage.unknown());

    assertThat(page).doesNotContain("INCOMPLETE");
  }
}
