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
    assertThat(page.dom()).contains("data-ready=\"yes\"", "Showing 42 of 42 checks");
    assertThat(ROW.matcher(page.dom()).results().count()).isEqualTo(42);
    assertThat(page.dom()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(page.dom()).contains("<section id=\"matrix\">").containsPattern(MATRIX_CELL);
    assertThat(failures(page)).hasSize(4).noneMatch(f -> f.contains("hidden"))
        .anyMatch(f -> f.contains("data-status=\"FAIL\"") && f.contains(" open"))
        .anyMatch(f -> f.contains("data-status=\"KNOWN\"")).anyMatch(f -> f.contains("data-status=\"ADVISORY\""));
    assertThat(page.dom()).contains("STATE-DynamicParameters-CreateResponsePlan",
        "./imkit run --only VAL-ENUM-StartIncident-relatedItems.identifier.type --seed 20261130");
  }

  @Test
  void aFilterLinkShowsOnlyItsChecks() throws Exception {
    Chromium.Load failed = chromium.load(report.toUri() + "#filter:status=FAIL");
    Chromium.Load cell = chromium.load(report.toUri() + "#filter:op=StartIncident&cat=VALIDATION");

    assertThat(failed.console()).isEmpty();
    assertThat(failed.dom()).contains("Showing 2 of 42 checks");
    assertThat(ROW.matcher(failed.dom()).results().count()).isEqualTo(2);
    assertThat(failed.dom()).containsPattern("<tr class=\"check\"><td class=\"st st-fail\">FAIL</td><td><code>"
        + "STATE-DynamicParameters-CreateResponsePlan</code>");
    assertThat(cell.dom()).contains("Showing 2 of 42 checks");
    assertThat(failures(failed)).filteredOn(f -> !f.contains("hidden")).hasSize(2)
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
    assertThat(all.dom()).contains("Showing 1242 of 1242 checks (the first 500 listed)", ">Show 500 more</button>");
    assertThat(cell.dom()).contains("Showing 1200 of 1242 checks (the first 500 listed)");
    assertThat(cell.dom()).containsPattern("<button type=\"button\" id=\"more\">Show 500 more</button>");
  }

  /** The opening tags of the failure entries, as the browser left them. */
  private static List<String> failures(Chromium.Load page) {
    return FAILURE.matcher(page.dom()).results().map(m -> m.group()).toList();
  }

  @Test
  void takesAScreenshot() throws Exception {
    Path png = Path.of(System.getProperty("imkit.screenshot", "target/report.png"));

    chromium.screenshot(report.toUri().toString(), png, 1280, 1600);

    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
