package dev.imkit.reports.internal;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.RunInfo;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The run as JUnit XML, written from the records rather than by JUnit's legacy listener, whose names for dynamic
 * tests are indexes ({@code state(Target)[4]}) that shift with the selection and the revision. Each test case is
 * named by its check ID, its class name the check class of its category (as a consumer's surefire report names
 * it); FAIL is a failure, every other status that is not PASS a skipped test whose message says why (BLOCKED with
 * its root cause).
 */
public final class JUnitXml {
  private JUnitXml() {
  }

  public static String of(List<CheckResult> results, RunInfo run) {
    Map<String, List<CheckResult>> suites = new LinkedHashMap<>();
    results.forEach(r -> suites.computeIfAbsent(className(r), k -> new java.util.ArrayList<>()).add(r));
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "imkit");
      counts(x, results);
      for (Map.Entry<String, List<CheckResult>> suite : suites.entrySet()) {
        suite(x, suite.getKey(), suite.getValue(), run);
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return text + "\n";
  }

  /**
   * The check class and the record's category, as JUnit nests the check: {@code
   * dev.imkit.suites.checks.ConformanceChecks.STATE}.
   */
  static String className(CheckResult r) {
    Category c = r.category();
    return c == null ? "imkit" : "dev.imkit.suites.checks.ConformanceChecks." + c.name();
  }

  private static void suite(XMLStreamWriter x, String name, List<CheckResult> results, RunInfo run)
      throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", name);
    counts(x, results);
    if (run != null) {
      x.writeAttribute("timestamp", run.start().toString());
      x.writeCharacters("\n    ");
      x.writeStartElement("properties");
      property(x, "imkit.target", run.target());
      property(x, "imkit.revision", run.revision());
      property(x, "imkit.seed", run.seed());
      property(x, "imkit.profile", run.profile());
      x.writeEndElement();
    }
    for (CheckResult r : results) {
      testcase(x, name, r);
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, String className, CheckResult r) throws XMLStreamException {
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("name", r.id());
    x.writeAttribute("classname", className);
    x.writeAttribute("time", String.format(Locale.ROOT, "%.3f", r.durationMillis() / 1000.0));
    if (r.status() == CheckStatus.FAIL) {
      x.writeStartElement("failure");
      x.writeAttribute("message", clean(firstLine(r.message())));
      x.writeAttribute("type", "imkit.FAIL");
      x.writeCharacters(clean(r.message() + (r.category() == null ? "" : "\nReplay: " + r.replayCommand())));
      x.writeEndElement();
    } else if (r.status() != CheckStatus.PASS) {
      x.writeStartElement("skipped");
      x.writeAttribute("message", clean(reason(r)));
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  /** Why a check that did not pass or fail ended as it did, its status first. */
  static String reason(CheckResult r) {
    String prefix = switch (r.status()) {
      case BLOCKED -> "BLOCKED";
      case KNOWN -> "KNOWN FAILURE (in the baseline)";
      case ADVISORY -> "ADVISORY (SHOULD, not failing the run)";
      default -> "";
    };
    String why = r.status() == CheckStatus.BLOCKED && r.cause() != null ? "by " + r.cause().summary()
        + (r.cause().reportedBy().isEmpty() ? "" : " (" + r.cause().reportedBy() + ")") : r.message();
    if (prefix.isEmpty() || why.startsWith(prefix)) {
      return why;
    }
    return prefix + (why.startsWith("by ") ? " " : ": ") + why;
  }

  private static void counts(XMLStreamWriter x, List<CheckResult> results) throws XMLStreamException {
    long failures = results.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
    long skipped = results.stream().filter(r -> r.status() != CheckStatus.FAIL && r.status() != CheckStatus.PASS)
        .count();
    long millis = results.stream().mapToLong(CheckResult::durationMillis).sum();
    x.writeAttribute("tests", Integer.toString(results.size()));
    x.writeAttribute("failures", Long.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", Long.toString(skipped));
    x.writeAttribute("time", String.format(Locale.ROOT, "%.3f", millis / 1000.0));
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", clean(value));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** Characters XML 1.0 cannot hold become U+FFFD. */
  private static String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
          || c >= 0x10000;
      s.appendCodePoint(ok ? c : 0xFFFD);
    });
    return s.toString();
  }
}
