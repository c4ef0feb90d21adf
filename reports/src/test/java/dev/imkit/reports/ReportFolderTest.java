package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.reports.api.ReportFolder;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder shared with its user: the kit removes only what it wrote, and only when a run claims the folder. */
class ReportFolderTest {
  @TempDir
  Path dir;

  @Test
  void aClaimRemovesWhatTheLastRunWroteAndNothingElse() throws Exception {
    Path mine = Files.writeString(Files.createDirectories(dir.resolve("allure-results")).resolve("mine.json"), "{}");
    ReportFolder first = ReportFolder.at(dir);
    first.claim();
    first.write("allure-results/a-result.json", "{}");
    first.write("report.html", "<title>imkit PASS</title>");

    ReportFolder second = ReportFolder.at(dir);
    assertThat(dir.resolve("allure-results/a-result.json")).exists();
    second.claim();

    assertThat(dir.resolve("allure-results/a-result.json")).doesNotExist();
    assertThat(dir.resolve("report.html")).doesNotExist();
    assertThat(Files.readString(mine)).isEqualTo("{}");
  }

  @Test
  void forgettingAFolderRemovesOnlyTheKitsFilesInIt() throws Exception {
    ReportFolder folder = ReportFolder.at(dir);
    folder.write("allure-results/a-result.json", "{}");
    folder.write("results.jsonl", "{\"id\":\"X\"}\n");

    folder.forget("allure-results");

    assertThat(dir.resolve("allure-results/a-result.json")).doesNotExist();
    assertThat(dir.resolve("results.jsonl")).exists();
  }

  @Test
  void aManifestThatPointsOutsideTheFolderIsIgnored() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "keep");
    Path folder = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(folder.resolve(ReportFolder.MANIFEST), "../outside.txt\n/etc/hostname\n");

    ReportFolder.at(folder).claim();

    assertThat(Files.readString(outside)).isEqualTo("keep");
  }

  @Test
  void aFileOfTheKitsNamesThatTheKitDidNotWriteIsRefused() throws Exception {
    Files.writeString(dir.resolve("run.json"), "{\"ours\":true}");

    assertThatThrownBy(() -> ReportFolder.at(dir).checkWritable()).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(dir.resolve("run.json") + " was not written by imkit");
    assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo("{\"ours\":true}");
  }
}
