package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report in a real browser (headless Chromium): scripts run without console output, filters work. */
class BrowserTest {
  private static final Pattern ROW = Pattern.compile("<tr class=\"check\">");
  private static final Pattern FAILURE = Pattern.compile("<details class=\"check failure\"[^>]*>");
  private static final Pattern MATRIX_CELL = Pattern.compile("<td class=\"fail\"><a href=\"#filter:op=StartIncident"
      + "&amp;cat=VALIDATION\"[^>]*>1 / 1 / 0 / 0</a></td>");

  @TempDir
  Path dir;
  Chromium chromium;
  Path report;

  @BeforeEach
  void renderTheReport() {
    Optional<Path> binary = Chromium.find();
    assumeTrue(binary.isPresent(), "no chromium binary on the PATH (install Debian's chromium, or set "
        + "IMKIT_CHROMIUM): the browser checks of report.html are skipped");
    chromium = new Chromium(binary.get(), dir);
    report = dir.resolve("report.html");
    HtmlReport.write(Samples.run(), Samples.results(),
        Optional.of(Baseline.of(List.of("PAG-MaxResults-ListIncidentRecords"))), Samples.coverage(), report);
  }

  @Test
  void theConsoleCheckCatchesAPageWithAScriptError() throws Exception {
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, "<html><body><script>notAFunction();</script></body></html>");

    assertThat(chromium.load(broken.toUri().toString()).console()).anyMatch(l -> l.contains("ReferenceError"));
  }

  @Test
  void loadsWithoutConsoleOutputAndRunsItsScript() throws Exception {
    Chromium.Load page = chromium.load(report.toUri().toString());

    assertThat(page.console()).isEmpty();
    assertThat(page.dom()).contains("data-ready=\"yes\"", "Showing 46 of 46 checks");
    assertThat(ROW.matcher(page.dom()).results().count()).isEqualTo(46);
    assertThat(page.dom()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(page.dom()).contains("<section id=\"matrix\">").containsPattern(MATRIX_CELL);
    assertThat(failures(page)).hasSize(8).noneMatch(f -> f.contains("hidden"))
        .anyMatch(f -> f.contains("data-status=\"FAIL\"")).anyMatch(f -> f.contains("data-status=\"BLOCKED\""))
        .anyMatch(f -> f.contains("data-status=\"KNOWN\"")).anyMatch(f -> f.contains("data-status=\"ADVISORY\""));
    assertThat(page.dom()).contains("STATE-DynamicParameters-CreateResponsePlan",
        "./imkit run --only VAL-ENUM-StartIncident-relatedItems.identifier.type --seed 20261130");
  }

  @Test
  void aFilterLinkShowsOnlyItsChecks() throws Exception {
    Chromium.Load failed = chromium.load(report.toUri() + "#filter:status=FAIL");
    Chromium.Load cell = chromium.load(report.toUri() + "#filter:op=StartIncident&cat=VALIDATION");

    assertThat(failed.console()).isEmpty();
    assertThat(failed.dom()).contains("Showing 3 of 46 checks");
    assertThat(ROW.matcher(failed.dom()).results().count()).isEqualTo(3);
    assertThat(failed.dom()).containsPattern("<tr class=\"check\"><td class=\"st st-fail\">FAIL</td><td><code>"
        + "STATE-DynamicParameters-CreateResponsePlan</code>");
    assertThat(cell.dom()).contains("Showing 2 of 46 checks");
    assertThat(failures(failed)).filteredOn(f -> !f.contains("hidden")).hasSize(3)
        .allMatch(f -> f.contains("data-status=\"FAIL\""));
  }

  @Test
  void aLargeRunIsListedAPageAtATime() throws Exception {
    List<CheckResult> many = new ArrayList<>(Samples.results());
    for (int i = 0; i < 1_200; i++) {
      many.add(Samples.result("SCH-Output-" + i, "SCHEMA", "GetIncidentRecord", CheckStatus.PASS, ""));
    }
    Path large = dir.resolve("large.html");
    HtmlReport.write(Samples.run(), many, Optional.empty(), Samples.coverage(), large);

    Chromium.Load all = chromium.load(large.toUri().toString());
    Chromium.Load cell = chromium.load(large.toUri() + "#filter:op=GetIncidentRecord");

    assertThat(all.console()).isEmpty();
    assertThat(ROW.matcher(all.dom()).results().count()).isEqualTo(500);
    assertThat(all.dom()).contains("Showing 1246 of 1246 checks (the first 500 listed)", ">Show 500 more</button>");
    assertThat(cell.dom()).contains("Showing 1200 of 1246 checks (the first 500 listed)");
    assertThat(cell.dom()).containsPattern("<button type=\"button\" id=\"more\">Show 500 more</button>");
  }

  /** The opening tags of the failure entries, as the browser left them. */
  private static List<String> failures(Chromium.Load page) {
    return FAILURE.matcher(page.dom()).results().map(m -> m.group()).toList();
  }

  @Test
  void takesAScreenshot() throws Exception {
    Path png = Path.of(System.getProperty("imkit.screenshot", "target/report.png"));

    chromium.screenshot(report.toUri().toString(), png, 1400, 1000);

    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  /** At 1,400 px nothing scrolls sideways, with every failure, call and reproducer opened. */
  @Test
  void nothingScrollsSidewaysAt1400Pixels() throws Exception {
    List<CheckResult> results = new ArrayList<>(Samples.results());
    results.add(Samples.sequence());
    results.add(Samples.result("VAL-PATTERN-CreateResponsePlan-incidentTemplate.notificationTargets[].snsTopicArn"
        + "-with-a-very-long-rule-site-name", "VALIDATION", "CreateResponsePlan", CheckStatus.FAIL, "x".repeat(3000)));
    Path page = dir.resolve("wide.html");
    HtmlReport.write(Samples.run(), results, Optional.empty(), Samples.coverage(), page);
    String measured = Files.readString(page).replace("</body>", "<script>document.querySelectorAll('details')"
        + ".forEach(function (d) { d.open = true; }); document.body.setAttribute('data-scroll-width', "
        + "String(document.documentElement.scrollWidth));</script></body>");
    Files.writeString(page, measured);

    Chromium.Load load = chromium.load(page.toUri().toString(), 1400);

    assertThat(load.console()).isEmpty();
    assertThat(load.dom()).containsPattern("data-scroll-width=\"(1[0-3][0-9][0-9]|[0-9]{1,3})\"");
  }

  /** The first screen (1,400 x 900) holds the verdict, the root causes and the new failures. */
  @Test
  void theFirstScreenHoldsTheVerdictCausesAndFailures() throws Exception {
    String measured = Files.readString(report).replace("</body>", "<script>var f = document.getElementById("
        + "'failures'); document.body.setAttribute('data-failures-top', String(Math.round(f.getBoundingClientRect()"
        + ".top)));</script></body>");
    Path page = dir.resolve("first-screen.html");
    Files.writeString(page, measured);

    Chromium.Load load = chromium.load(page.toUri().toString(), 1400);

    assertThat(load.dom()).containsPattern("data-failures-top=\"([0-7][0-9]{2}|[0-9]{1,2})\"");
  }
}
