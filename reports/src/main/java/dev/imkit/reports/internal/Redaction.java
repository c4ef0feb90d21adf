package dev.imkit.reports.internal;

import dev.imkit.reports.api.CheckResult;
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

  private final Set<String> secrets;

  public Redaction(Set<String> secrets) {
    this.secrets = Set.copyOf(secrets);
  }

  /** The record with its message, request and response redacted and capped. */
  public CheckResult clean(CheckResult r) {
    return new CheckResult(r.id(), r.category(), r.operations(), r.rules(), r.level(), r.since(), r.revision(),
        r.status(), r.durationMillis(), Limits.cap(apply(r.message())), Limits.cap(apply(r.request())),
        Limits.cap(apply(r.response())), r.seed(), r.requests());
  }

  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    for (Pattern p : SECRET_VALUES) {
      out = maskGroup2(p, out);
    }
    return out;
  }

  private static String maskGroup2(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean alreadyMasked = m.group(2).equals(MASK);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (alreadyMasked ? m.group(2) : MASK)));
    }
    return m.appendTail(out).toString();
  }
}
