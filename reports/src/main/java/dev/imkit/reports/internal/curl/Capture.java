package dev.imkit.reports.internal.curl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.internal.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value the target chose (an incident's ARN, a page token) that a later call of the sequence sends: the script
 * reads it from the earlier answer as it runs, since the same target gives another value each time.
 *
 * @param from the index of the call whose answer holds it
 * @param variable the shell variable that holds it
 * @param key the JSON member it is the value of
 * @param occurrence which {@code "key":"..."} pair of the answer, counting from 1
 * @param value the value the run saw
 */
record Capture(int from, String variable, String key, int occurrence, String value) {
  private static final int SHORTEST = 6;

  /** The values of {@code calls}' answers that later calls send and no earlier call sent. */
  static List<Capture> of(List<ExchangeRecord> calls) {
    List<Capture> captures = new ArrayList<>();
    StringBuilder sent = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      sent.append(sentText(calls.get(i))).append('\n');
      String later = later(calls, i + 1);
      for (Map.Entry<String, String> member : strings(calls.get(i).responseBody())) {
        String value = member.getValue();
        boolean seen = captures.stream().anyMatch(c -> c.value.equals(value));
        if (value.length() >= SHORTEST && !seen && later.contains(value) && !sent.toString().contains(value)) {
          int occurrence = occurrence(calls.get(i).responseBody(), member.getKey(), value);
          if (occurrence > 0) {
            captures.add(new Capture(i, "V" + (captures.size() + 1), member.getKey(), occurrence, value));
          }
        }
      }
    }
    return captures;
  }

  /** What a call sent, its URI decoded. */
  static String sentText(ExchangeRecord e) {
    return decode(e.uri()) + "\n" + e.requestBody();
  }

  static String decode(String uri) {
    try {
      return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return uri;
    }
  }

  private static String later(List<ExchangeRecord> calls, int from) {
    StringBuilder s = new StringBuilder();
    calls.subList(from, calls.size()).forEach(e -> s.append(sentText(e)).append('\n'));
    return s.toString();
  }

  /** Every string member of a JSON answer, depth first, with simple values only (no quote, backslash or control). */
  private static List<Map.Entry<String, String>> strings(String body) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (body == null || !body.stripLeading().startsWith("{")) {
      return out;
    }
    try {
      collect(Json.MAPPER.readTree(body), out);
    } catch (java.io.IOException | RuntimeException e) {
      return out;
    }
    return out;
  }

  private static void collect(JsonNode node, List<Map.Entry<String, String>> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getValue().isTextual() && f.getValue().asText().matches("[^\"\\\\\\p{Cntrl}]+")) {
          out.add(Map.entry(f.getKey(), f.getValue().asText()));
        } else {
          collect(f.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  /** Which {@code "key": "..."} pair of the body holds {@code value} (1 for the first), 0 if the text has none. */
  private static int occurrence(String body, String key, String value) {
    Matcher m = Pattern.compile(pattern(key)).matcher(body);
    for (int n = 1; m.find(); n++) {
      if (m.group(1).equals(value)) {
        return n;
      }
    }
    return 0;
  }

  /** The pattern that finds the pair, here as {@link #grep()} finds it in the script. */
  private static String pattern(String key) {
    return "\"" + keyPattern(key) + "\" *: *\"([^\"]*)\"";
  }

  private static String keyPattern(String key) {
    return key.replaceAll("[^A-Za-z0-9_]", ".");
  }

  /** The shell line that sets the variable from the answer held in {@code R<from>}. */
  String assignment() {
    return variable + "=$(printf '%s' \"$R" + (from + 1) + "\" | grep -oE " + grep() + " | sed -n '" + occurrence
        + "p' | sed -E 's/.*: *\"([^\"]*)\"$/\\1/')";
  }

  private String grep() {
    return Shell.single("\"" + keyPattern(key) + "\" *: *\"[^\"]*\"");
  }
}
