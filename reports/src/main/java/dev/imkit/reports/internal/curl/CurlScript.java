package dev.imkit.reports.internal.curl;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.RunInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The reproducer of {@link dev.imkit.reports.api.Reproducer}: a bash script of signed curl commands. */
public final class CurlScript {
  /** Headers curl makes itself (signing, framing) or that must not be written out. */
  private static final Set<String> LEFT_OUT = Set.of("authorization", "x-amz-date", "x-amz-content-sha256",
      "x-amz-security-token", "host", "content-length", "connection", "user-agent", "accept-encoding",
      "amz-sdk-invocation-id", "amz-sdk-request", "transfer-encoding", "expect");
  private static final String SHA256 = "sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum;"
      + " else shasum -a 256; fi | cut -d' ' -f1; }";
  private static final String URLENCODE = "urlencode() { local s=\"$1\" out=\"\" c i; for ((i = 0; i < ${#s}; i++));"
      + " do c=\"${s:i:1}\"; case \"$c\" in [a-zA-Z0-9.~_-]) out+=\"$c\" ;; *) printf -v c '%%%02X' \"'$c\";"
      + " out+=\"$c\" ;; esac; done; printf '%s' \"$out\"; }";

  private CurlScript() {
  }

  public static String of(CheckResult r, RunInfo run) {
    List<ExchangeRecord> calls = r.failing() >= 0 ? r.exchanges().subList(0, r.failing() + 1) : r.exchanges();
    if (calls.isEmpty()) {
      return "";
    }
    List<Capture> captures = Capture.of(calls);
    StringBuilder s = new StringBuilder("#!/usr/bin/env bash\n");
    CurlHeader.write(s, r, run, calls.size());
    if (calls.stream().anyMatch(c -> Template.of(Paths.sorted(c.uri()), captures, true).encodes())) {
      s.append(URLENCODE).append('\n');
    }
    if (calls.stream().anyMatch(c -> Template.of(c.requestBody(), captures, false).captures())) {
      s.append(SHA256).append('\n');
    }
    String region = run == null || run.region().isEmpty() ? "us-east-1" : run.region();
    StringBuilder sent = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      s.append('\n');
      call(s, i, calls.get(i), captures, region, i == r.failing(), sent);
      sent.append(Capture.sentText(calls.get(i))).append(calls.get(i).responseBody()).append('\n');
    }
    return s.toString();
  }

  private static void call(StringBuilder s, int i, ExchangeRecord e, List<Capture> captures, String region,
      boolean failing, StringBuilder sentBefore) {
    s.append("# ").append(i + 1).append(". ").append(e.operation().isEmpty() ? e.method() : e.operation())
        .append(" (").append(e.role().name().toLowerCase(Locale.ROOT)).append("): the run got ")
        .append(e.status() == 0 ? "no answer" : Integer.toString(e.status()))
        .append(failing ? "  <- the call the verdict rests on" : "").append('\n');
    Notes.write(s, e, captures, sentBefore.toString());
    List<Capture> fromHere = captures.stream().filter(c -> c.from() == i).toList();
    Template body = Template.of(e.requestBody(), captures, false);
    if (body.captures()) {
      s.append("BODY=").append(body.singleQuoted()).append('\n');
    }
    String curl = curl(e, captures, region, body);
    if (fromHere.isEmpty()) {
      s.append(curl).append("\necho\n");
      return;
    }
    s.append('R').append(i + 1).append("=$(").append(curl).append(")\nprintf '%s\\n' \"$R").append(i + 1)
        .append("\"\n");
    fromHere.forEach(c -> s.append(c.assignment()).append('\n'));
  }

  private static String curl(ExchangeRecord e, List<Capture> captures, String region, Template body) {
    StringBuilder c = new StringBuilder("curl -sS -i --aws-sigv4 \"aws:amz:").append(region)
        .append(":ssm-incidents\" --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\" \\\n  ")
        .append("${AWS_SESSION_TOKEN:+-H \"X-Amz-Security-Token: $AWS_SESSION_TOKEN\"} \\\n  ");
    if (!e.method().equals("GET") || !e.requestBody().isEmpty()) {
      c.append("-X ").append(e.method()).append(' ');
    }
    c.append("\"$ENDPOINT").append(Template.of(Paths.sorted(e.uri()), captures, true).insideDouble()).append('"');
    e.requestHeaders().forEach((name, values) -> {
      if (!LEFT_OUT.contains(name.toLowerCase(Locale.ROOT)) && !values.contains("<redacted>")) {
        values.forEach(v -> c.append(" \\\n  -H ").append(Shell.single(name + ": " + v)));
      }
    });
    // signed as the AWS SDK signs, with the payload's hash, which some servers (the imkit emulator) require
    c.append(" \\\n  -H ").append(body.captures() ? "\"x-amz-content-sha256: $(printf '%s' \"$BODY\" | sha256)\""
        : Shell.single("x-amz-content-sha256: " + Paths.sha256(e.requestBody())));
    if (body.captures()) {
      c.append(" \\\n  --data-binary \"$BODY\"");
    } else if (!e.requestBody().isEmpty()) {
      c.append(" \\\n  --data-binary ").append(body.singleQuoted());
    }
    return c.toString();
  }
}
