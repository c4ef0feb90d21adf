package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The records this JVM published as report entries, by the JSON text of their entry: a listener in the same JVM
 * takes the typed record instead of parsing the text back (a check's record is published once and read by every
 * listener). The text is the key and is held weakly, so a record is kept only while its entry is being delivered;
 * a listener in another JVM, or one that kept only the text, parses it.
 */
public final class Handoff {
  private static final Map<String, CheckResult> PUBLISHED = Collections.synchronizedMap(new WeakHashMap<>());

  private Handoff() {
  }

  /** The record's JSON, remembered as published by this JVM. */
  public static String publish(CheckResult record) {
    String json = Json.write(record);
    PUBLISHED.put(json, record);
    return json;
  }

  /** The record published with this text, without parsing it when this JVM published it. */
  public static CheckResult take(String json) {
    CheckResult record = PUBLISHED.get(json);
    return record != null ? record : CheckResult.fromJson(json);
  }
}
