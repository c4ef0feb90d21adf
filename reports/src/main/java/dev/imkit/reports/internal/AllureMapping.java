package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.Reproducer;
import dev.imkit.reports.api.RunInfo;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One {@link CheckResult} as an Allure {@link TestResult}, written as Allure's own writer would, plus the
 * folder's {@code categories.json} (new failures, blocked checks, known failures, advisories as Allure
 * categories) and {@code environment.properties} (the run).
 */
public final class AllureMapping {
  private AllureMapping() {
  }

  /** Writes the results; returns every file written. */
  public static List<Path> write(List<CheckResult> results, RunInfo run, Path directory, long startMillis) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory + ": " + e.getMessage(), e);
    }
    AllureFiles writer = new AllureFiles(directory);
    List<Path> written = new ArrayList<>();
    for (CheckResult r : results) {
      TestResult test = toAllure(r, startMillis);
      if (r.status().isDeviation() || r.status() == CheckStatus.BLOCKED) {
        attach(writer, test, "Request the verdict rests on", r.request(), written);
        attach(writer, test, "Response the verdict rests on", r.response(), written);
        if (r.exchanges().size() > 1) {
          attach(writer, test, "The check's calls, in order", sequence(r), written);
        }
      }
      if (r.status().isDeviation() && run != null) {
        attach(writer, test, "Reproducer (curl)", Reproducer.curl(r, run), written);
      }
      written.add(writer.write(test));
    }
    written.add(text(directory.resolve("categories.json"), AllureCategories.JSON));
    if (run != null) {
      written.add(text(directory.resolve("environment.properties"), environment(run)));
    }
    return written;
  }

  static TestResult toAllure(CheckResult r, long startMillis) {
    String category = r.category() == null ? "UNCATEGORIZED" : r.category().name();
    return new TestResult().setUuid(UUID.randomUUID().toString())
        .setHistoryId(UUID.nameUUIDFromBytes(r.id().getBytes(StandardCharsets.UTF_8)).toString())
        .setTestCaseId(r.id()).setName(r.id()).setFullName(JUnitXml.className(r) + "." + r.id())
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
    r.operations().stream().limit(1).forEach(o -> labels.add(label("story", o)));
    if (!r.revision().isEmpty()) {
      labels.add(label("tag", r.revision()));
    }
    if (!r.since().isEmpty()) {
      labels.add(label("tag", "since-" + r.since()));
    }
    if (r.status() != CheckStatus.PASS && r.status() != CheckStatus.FAIL) {
      labels.add(label("tag", r.status().name().toLowerCase(Locale.ROOT)));
    }
    labels.add(label("severity", r.level() == Level.SHOULD ? "minor" : "critical"));
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
    String message = r.status() == CheckStatus.FAIL || r.status() == CheckStatus.PASS ? r.message()
        : JUnitXml.reason(r);
    boolean replay = r.status().isDeviation() || r.status() == CheckStatus.BLOCKED;
    return new StatusDetails().setKnown(r.status() == CheckStatus.KNOWN)
        .setMessage(message + (replay && r.category() != null ? "\nReplay: " + r.replayCommand() : ""));
  }

  private static String sequence(CheckResult r) {
    List<String> calls = new ArrayList<>();
    for (int i = 0; i < r.exchanges().size(); i++) {
      var e = r.exchanges().get(i);
      calls.add("# " + (i + 1) + ". " + e.operation() + " (" + e.role().name().toLowerCase(Locale.ROOT) + ")"
          + (i == r.failing() ? "  <- the call the verdict rests on" : "") + "\n" + e.describeRequest() + "\n\n"
          + e.describeResponse());
    }
    return String.join("\n\n", calls);
  }

  private static String environment(RunInfo run) {
    return List.of("imkit.target=" + run.target(), "imkit.revision=" + run.revision(), "imkit.seed=" + run.seed(),
        "imkit.region=" + run.region(), "imkit.profile=" + run.profile(), "imkit.version=" + run.kitVersion())
        .stream().map(l -> l.replace("\\", "\\\\").replace("\n", " ")).collect(Collectors.joining("\n", "", "\n"));
  }

  private static Path text(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void attach(AllureFiles writer, TestResult test, String name, String text, List<Path> written) {
    if (text.isEmpty()) {
      return;
    }
    String source = UUID.randomUUID() + "-attachment.txt";
    written.add(writer.attachment(source, text));
    test.getAttachments().add(new Attachment().setName(name).setSource(source).setType("text/plain"));
  }
}
