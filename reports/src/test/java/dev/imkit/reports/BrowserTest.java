package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report in a real browser (headless Chromium): scripts run without console output, filters work. */
class BrowserTest {
  private static final Pattern HIDDEN_ROW = Pattern.compile("<tr class=\"check\"[^>]*hidden");

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
    assertThat(HIDDEN_ROW.matcher(page.dom()).find()).isFalse();
  }

  @Test
  void aFilterLinkShowsOnlyItsChecks() throws Exception {
    Chromium.Load failed = chromium.load(report.toUri() + "#filter:status=FAIL");
    Chromium.Load cell = chromium.load(report.toUri() + "#filter:op=StartIncident&cat=VALIDATION");

    assertThat(failed.console()).isEmpty();
    assertThat(failed.dom()).contains("Showing 2 of 42 checks");
    assertThat(HIDDEN_ROW.matcher(failed.dom()).results().count()).isEqualTo(40);
    assertThat(cell.dom()).contains("Showing 2 of 42 checks");
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
