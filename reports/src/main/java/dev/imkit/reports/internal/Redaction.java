package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text bound for a report. The suites redact already; this is the second line of
 * defence, because a report is shared and a leaked secret key cannot be taken back.
 */
public final class Redaction {
  public static final String MASK = "<redacted>";
  /** Shorter secrets would mask ordinary words: they are refused when the listener is configured. */
  public static final int MIN_SECRET_LENGTH = 4;

  private static final List<Pattern> SECRET_VALUES = List.of(
      Pattern.compile("(?im)^(\\s*(?:authorization|x-amz-security-token|proxy-authorization)\\s*:\\s*)(\\S.*)$"),
      Pattern.compile("(?i)(\\bSignature=)([^&\\s,\"]+)"),
      Pattern.compile("(?i)(\\bX-Amz-(?:Signature|Security-Token|Credential)=)([^&\\s,\"]+)"),
      Pattern.compile("(?i)(\"(?:authorization|x-amz-security-token|secretAccessKey|sessionToken)\"\\s*:\\s*\")"
          + "((?:[^\"\\\\]|\\\\.)*)(?=\")"),
      Pattern.compile("(\\bAWS4-HMAC-SHA256\\s+)(Credential=\\S+)"));

  /** Every pattern above needs one of these words (in any case): text without any is left alone, unscanned. */
  private static final List<String> CLUES = List.of("authorization", "x-amz-", "signature=", "secretaccesskey",
      "sessiontoken", "aws4-hmac-sha256");

  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-amz-security-token",
      "proxy-authorization");

  private final Set<String> secrets;

  public Redaction(Set<String> secrets) {
    this.secrets = Set.copyOf(secrets);
  }

  /** The record with its message, request and response redacted and capped. */
  public CheckResult clean(CheckResult r) {
    List<ExchangeRecord> exchanges = r.exchanges().stream().map(this::clean).toList();
    return r.withText(Limits.cap(apply(r.message())), exchanges, r.notes().stream().map(this::apply).toList());
  }

  /** The exchange with secret header values masked, and its bodies and URI redacted and capped. */
  public ExchangeRecord clean(ExchangeRecord e) {
    return new ExchangeRecord(e.role(), e.operation(), e.method(), apply(e.uri()), headers(e.requestHeaders()),
        Limits.cap(apply(e.requestBody())), e.status(), headers(e.responseHeaders()),
        Limits.cap(apply(e.responseBody())), e.millis());
  }

  private Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.put(k, SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? List.of(MASK)
        : v.stream().map(this::apply).toList()));
    return out;
  }

  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    if (!hasClue(out)) {
      return out;
    }
    for (Pattern p : SECRET_VALUES) {
      out = maskGroup2(p, out);
    }
    return out;
  }

  private static boolean hasClue(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String clue : CLUES) { // a loop, not a stream: every header value and body of a run comes here
      if (lower.contains(clue)) {
        return true;
      }
    }
    return false;
  }

  private static String maskGroup2(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    m.reset();
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean alreadyMasked = m.group(2).equals(MASK);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (alreadyMasked ? m.group(2) : MASK)));
    }
    return m.appendTail(out).toString();
  }
}
