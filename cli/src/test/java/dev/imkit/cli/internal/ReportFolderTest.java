package dev.imkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Results;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports never destroy: a run replaces only what the kit wrote, and only once it has results. */
class ReportFolderTest {
  @TempDir
  Path dir;

  private Cli.Outcome run(String... more) {
    String[] args = Stream.concat(Stream.of("run", "--only", "PROTO-SUCCESS-GetResponsePlan,PROTO-SUCCESS-ListTimelineEvents",
        "--report-dir", dir.toString()), Stream.of(more)).toArray(String[]::new);
    return Cli.run(args);
  }

  @Test
  void aRunThatFailsToStartLeavesThePreviousRunsFilesByteForByte() throws IOException {
    assertThat(run().exitCode()).isZero();
    Map<Path, byte[]> before = snapshot(dir);
    assertThat(before).containsKeys(dir.resolve("results.jsonl"), dir.resolve("report.html"),
        dir.resolve("run.json"), dir.resolve("junit/TEST-imkit.xml"));

    Cli.Outcome unreachable = run("--endpoint", "http://127.0.0.1:1", "--access-key-id", "AKID",
        "--secret-access-key", "secret-of-the-test");

    assertThat(unreachable.exitCode()).as(unreachable.err()).isEqualTo(3);
    assertThat(unreachable.errLines()).filteredOn(l -> l.startsWith("imkit run:")).singleElement().asString()
        .contains("cannot reach http://127.0.0.1:1");
    Map<Path, byte[]> after = snapshot(dir);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
  }

  @Test
  void theUsersOwnFilesInTheReportFolderAreKept() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
    Path environment = Files.writeString(Files.createDirectories(dir.resolve("allure-results"))
        .resolve("environment-of-mine.properties"), "team=incidents\n");
    Path junit = Files.writeString(Files.createDirectories(dir.resolve("junit")).resolve("TEST-mine.xml"), "<x/>");

    assertThat(run().exitCode()).isZero();
    List<Path> first = allureResults();
    assertThat(run().exitCode()).isZero();

    assertThat(Files.readString(notes)).isEqualTo("mine");
    assertThat(Files.readString(environment)).isEqualTo("team=incidents\n");
    assertThat(Files.readString(junit)).isEqualTo("<x/>");
    assertThat(first).hasSize(Results.read(dir).size());
    assertThat(allureResults()).as("the second run's Allure results, one per check").hasSize(first.size())
        .as("the first run's are gone").doesNotContainAnyElementsOf(first);
  }

  @Test
  void aReportOfSomeoneElseIsNeverOverwritten() throws IOException {
    Path theirs = Files.writeString(dir.resolve("report.html"), "<html><title>our dashboard</title></html>");

    Cli.Outcome outcome = run();

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.errLines()).singleElement().asString().contains(theirs.toString(),
        "was not written by imkit", "choose another --report-dir");
    assertThat(Files.readString(theirs)).isEqualTo("<html><title>our dashboard</title></html>");
    assertThat(dir.resolve("results.jsonl")).doesNotExist();
  }

  private List<Path> allureResults() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("allure-results"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList();
    }
  }

  private static Map<Path, byte[]> snapshot(Path root) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        files.put(f, Files.readAllBytes(f));
      }
    }
    return files;
  }
}
