package dev.imkit.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Allure result files ({@code <uuid>-result.json}) and attachments, as Allure's own writer lays them out,
 * with this module's JSON generator: Allure's writer brings a second, shaded Jackson whose start-up (a mapper, its
 * bean serializers) cost a run's end about a third of a second. Only the fields the kit sets are written; empty
 * lists are written as Allure writes them, absent values are left out.
 */
final class AllureFiles {
  private final Path directory;

  AllureFiles(Path directory) {
    this.directory = directory;
  }

  /** Writes the result as {@code <uuid>-result.json}; returns the file. */
  Path write(TestResult test) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(bytes)) {
      result(g, test);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Allure result of " + test.getName(), e);
    }
    return file(test.getUuid() + "-result.json", bytes.toByteArray());
  }

  /** Writes a text attachment under {@code source}; returns the file. */
  Path attachment(String source, String text) {
    return file(source, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String name, byte[] content) {
    Path file = directory.resolve(name);
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void result(JsonGenerator g, TestResult t) throws IOException {
    g.writeStartObject();
    text(g, "uuid", t.getUuid());
    text(g, "historyId", t.getHistoryId());
    text(g, "testCaseId", t.getTestCaseId());
    text(g, "fullName", t.getFullName());
    g.writeArrayFieldStart("titlePath");
    for (String title : t.getTitlePath()) {
      g.writeString(title);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("labels");
    for (Label l : t.getLabels()) {
      pair(g, l.getName(), l.getValue());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    g.writeEndArray();
    text(g, "name", t.getName());
    text(g, "status", t.getStatus() == null ? null : t.getStatus().value());
    details(g, t.getStatusDetails());
    text(g, "stage", t.getStage() == null ? null : t.getStage().value());
    text(g, "description", t.getDescription());
    g.writeArrayFieldStart("steps");
    g.writeEndArray();
    attachments(g, t.getAttachments());
    g.writeArrayFieldStart("parameters");
    for (Parameter p : t.getParameters()) {
      pair(g, p.getName(), p.getValue());
    }
    g.writeEndArray();
    number(g, "start", t.getStart());
    number(g, "stop", t.getStop());
    g.writeEndObject();
  }

  private static void details(JsonGenerator g, StatusDetails d) throws IOException {
    if (d == null) {
      return;
    }
    g.writeObjectFieldStart("statusDetails");
    g.writeBooleanField("known", d.isKnown());
    g.writeBooleanField("muted", d.isMuted());
    g.writeBooleanField("flaky", d.isFlaky());
    text(g, "message", d.getMessage());
    text(g, "trace", d.getTrace());
    g.writeEndObject();
  }

  private static void attachments(JsonGenerator g, List<Attachment> attachments) throws IOException {
    g.writeArrayFieldStart("attachments");
    for (Attachment a : attachments) {
      g.writeStartObject();
      text(g, "name", a.getName());
      text(g, "source", a.getSource());
      text(g, "type", a.getType());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void pair(JsonGenerator g, String name, String value) throws IOException {
    g.writeStartObject();
    text(g, "name", name);
    text(g, "value", value);
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void number(JsonGenerator g, String field, Long value) throws IOException {
    if (value != null) {
      g.writeNumberField(field, value);
    }
  }
}
