package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Baseline;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.ReportFolder;
import dev.imkit.reports.api.RunFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML of a run: test cases named by check ID; BLOCKED a skipped test naming its root cause. */
class JUnitXmlTest {
  @TempDir
  Path dir;

  @Test
  void everyCheckIsATestCaseNamedByItsIdInItsCategorysClass() throws Exception {
    RunFiles.write(ReportFolder.at(dir), Samples.run(), Samples.results(), Optional.empty(), Coverage.unknown());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve(RunFiles.JUNIT).toFile());
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(Samples.results().size());
    Element blocked = testcase(cases, Samples.BLOCKED.get(0));
    assertThat(blocked.getAttribute("classname")).isEqualTo("dev.imkit.suites.checks.ConformanceChecks.STATE");
    assertThat(((Element) blocked.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("BLOCKED by PutResourcePolicy is not implemented by the target: a valid call answered 404 "
            + "UnknownOperationException (PROTO-SUCCESS-PutResourcePolicy)");
    Element failed = testcase(cases, "VAL-ENUM-StartIncident-relatedItems.identifier.type");
    assertThat(failed.getElementsByTagName("failure").item(0).getTextContent()).contains("got 200",
        "Replay: ./imkit run --only VAL-ENUM-StartIncident-relatedItems.identifier.type --seed 20261130");
    assertThat(((Element) testcase(cases, "PAG-MaxResults-ListIncidentRecords").getElementsByTagName("skipped")
        .item(0)).getAttribute("message")).startsWith("KNOWN FAILURE (in the baseline): ");
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("6");
  }

  @Test
  void aBaselineMakesItsFailuresSkippedKnownFailures() throws Exception {
    RunFiles.write(ReportFolder.at(dir), Samples.run(), Samples.results(),
        Optional.of(Baseline.of(java.util.List.of(Samples.MISSING))), Coverage.unknown());

    String xml = Files.readString(dir.resolve(RunFiles.JUNIT));
    assertThat(xml).contains("<testcase name=\"" + Samples.MISSING + "\"",
        "<skipped message=\"KNOWN FAILURE (in the baseline): PutResourcePolicy: success code");
  }

  private static Element testcase(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no test case " + name);
  }
}
