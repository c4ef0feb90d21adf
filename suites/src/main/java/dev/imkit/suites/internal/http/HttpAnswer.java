package dev.imkit.suites.internal.http;

import java.util.List;
import java.util.Map;

/** What came back for an {@link HttpCall}. */
public record HttpAnswer(int status, Map<String, List<String>> headers, String body) {
}
