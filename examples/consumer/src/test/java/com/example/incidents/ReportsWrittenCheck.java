package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not something a user writes: the example checks, after its tests ran ({@code verify} phase, see the pom), that
 * the build got the kit's reports and that surefire named each test case by its check ID.
 */
class ReportsWrittenCheck {
  private static final Path REPORTS = Path.of("target", "imkit");

  @Test
  void theBuildWroteTheKitsReports() throws IOException {
    for (String file : List.of("results.jsonl", "run.json", "report.html", "junit/TEST-imkit.xml")) {
      assertTrue(Files.isRegularFile(REPORTS.resolve(file)), "missing " + REPORTS.resolve(file));
    }
    try (Stream<Path> allure = Files.list(REPORTS.resolve("allure-results"))) {
      assertTrue(allure.anyMatch(f -> f.getFileName().toString().endsWith("-result.json")), "no Allure results");
    }
    String run = Files.readString(REPORTS.resolve("run.json"));
    assertTrue(run.contains("\"seed\":\"") && run.contains("\"verdict\":{"), run);
  }

  @Test
  void surefireNamesEachTestCaseByItsCheckId() throws IOException {
    StringBuilder xml = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("target", "surefire-reports"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".xml")).toList()) {
        xml.append(Files.readString(f));
      }
    }
    assertTrue(xml.toString().contains("<testcase name=\"PROTO-SUCCESS-GetResponsePlan\""), "no check ID as a name");
    assertTrue(xml.toString().contains("<testcase name=\"VAL-ENUM-"), "no VALIDATION check ID as a name");
    assertFalse(xml.toString().matches("(?s).*<testcase name=\"[a-z]+\\(Target\\)\\[[0-9]+\\]\".*"),
        "an index as a test name");
  }
}
