package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One {@link CheckResult} as an Allure {@link TestResult}, written with Allure's own file writer. */
public final class AllureMapping {
  private AllureMapping() {
  }

  public static void write(List<CheckResult> results, Path directory, long startMillis) {
    FileSystemResultsWriter writer = new FileSystemResultsWriter(directory);
    for (CheckResult r : results) {
      TestResult test = toAllure(r, startMillis);
      if (r.status().isDeviation() || r.status() == CheckStatus.BLOCKED) {
        attach(writer, test, "Request the verdict rests on", r.request());
        attach(writer, test, "Response the verdict rests on", r.response());
      }
      writer.write(test);
    }
  }

  static TestResult toAllure(CheckResult r, long startMillis) {
    String category = r.category() == null ? "UNCATEGORIZED" : r.category().name();
    return new TestResult().setUuid(UUID.randomUUID().toString())
        .setHistoryId(UUID.nameUUIDFromBytes(r.id().getBytes(StandardCharsets.UTF_8)).toString())
        .setTestCaseId(r.id()).setName(r.id()).setFullName("imkit." + category + "." + r.id())
        .setDescription(r.message()).setLabels(labels(r, category))
        .setParameters(List.of(new Parameter().setName("seed").setValue(r.seed()),
            new Parameter().setName("revision").setValue(r.revision())))
        .setStatus(status(r.status())).setStatusDetails(details(r)).setStage(Stage.FINISHED)
        .setStart(startMillis).setStop(startMillis + r.durationMillis());
  }

  private static List<Label> labels(CheckResult r, String category) {
    List<Label> labels = new ArrayList<>();
    labels.add(label("parentSuite", "imkit"));
    labels.add(label("suite", category));
    labels.add(label("feature", category));
    r.operations().forEach(o -> labels.add(label("story", o)));
    if (!r.revision().isEmpty()) {
      labels.add(label("tag", r.revision()));
    }
    if (!r.since().isEmpty()) {
      labels.add(label("tag", "since-" + r.since()));
    }
    if (r.status() == CheckStatus.ADVISORY || r.status() == CheckStatus.BLOCKED) {
      labels.add(label("tag", r.status().name().toLowerCase(java.util.Locale.ROOT)));
    }
    labels.add(label("severity", "SHOULD".equals(r.levelName()) ? "minor" : "critical"));
    labels.add(label("framework", "imkit"));
    return labels;
  }

  private static Label label(String name, String value) {
    return new Label().setName(name).setValue(value);
  }

  static Status status(CheckStatus status) {
    return switch (status) {
      case PASS -> Status.PASSED;
      case FAIL, KNOWN -> Status.FAILED;
      case SKIP, ADVISORY, BLOCKED -> Status.SKIPPED;
    };
  }

  private static StatusDetails details(CheckResult r) {
    String prefix = switch (r.status()) {
      case KNOWN -> "KNOWN FAILURE (in the baseline): ";
      case ADVISORY -> "ADVISORY (SHOULD, not failing the run): ";
      case BLOCKED -> "BLOCKED (not judged: another deviation of the target stands in the way): ";
      default -> "";
    };
    return new StatusDetails().setKnown(r.status() == CheckStatus.KNOWN)
        .setMessage(prefix + r.message() + (r.status().isDeviation() ? "\nReplay: " + r.replayCommand() : ""));
  }

  private static void attach(FileSystemResultsWriter writer, TestResult test, String name, String text) {
    if (text.isEmpty()) {
      return;
    }
    String source = UUID.randomUUID() + "-attachment.txt";
    writer.write(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    test.getAttachments().add(new Attachment().setName(name).setSource(source).setType("text/plain"));
  }
}
