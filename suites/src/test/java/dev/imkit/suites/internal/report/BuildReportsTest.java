package dev.imkit.suites.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.Results;
import dev.imkit.suites.checks.ConformanceChecks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The reports of a build: the kit's checks only, every file, the seed and the verdict printed. */
class BuildReportsTest {
  @TempDir
  Path dir;

  /** A test of the build itself, which the kit's reports leave out. */
  static class BuildsOwnTest {
    @Test
    void passes() {
      assertThat(1).isOne();
    }
  }

  @Test
  void aBuildGetsTheKitsReportsOfTheKitsChecksOnly() throws Exception {
    String printed = run(ConformanceChecks.select(Category.PROTOCOL), selectClass(BuildsOwnTest.class));

    assertThat(Results.read(dir)).isNotEmpty().extracting(CheckResult::id).allMatch(id -> id.startsWith("PROTO-"));
    for (String file : new String[] {"run.json", "report.html", "junit/TEST-imkit.xml"}) {
      assertThat(dir.resolve(file)).exists();
    }
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"finished\":true", "\"verdict\":{");
    assertThat(printed).contains("imkit: checking the embedded emulator", "with seed ", "PASS: ",
        "report: " + dir.resolve("report.html"));
  }

  @Test
  void aBuildWithoutTheKitsChecksWritesNothing() throws Exception {
    String printed = run(selectClass(BuildsOwnTest.class));

    assertThat(dir).isEmptyDirectory();
    assertThat(printed).doesNotContain("imkit");
  }

  private String run(org.junit.platform.engine.DiscoverySelector... selectors) {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
          .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
              .configurationParameter("imkit.report-dir", dir.toString())
              .configurationParameter("imkit.only", "PROTO-SUCCESS-GetResponsePlan").build(), new BuildReports());
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
