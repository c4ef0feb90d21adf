package dev.imkit.reports.internal.curl;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.RunInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reproducer of {@link dev.imkit.reports.api.Reproducer}: a bash script of signed curl commands. */
public final class CurlScript {
  private static final String DEFAULT_ENDPOINT = "http://localhost:4566";
  /** Headers curl makes itself (signing, framing) or that must not be written out. */
  private static final Set<String> LEFT_OUT = Set.of("authorization", "x-amz-date", "x-amz-content-sha256",
      "x-amz-security-token", "host", "content-length", "connection", "user-agent", "accept-encoding",
      "amz-sdk-invocation-id", "amz-sdk-request", "transfer-encoding", "expect");
  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:ssm-incidents:[^\"&\\s,}\\]]+");
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
    header(s, r, run, calls.size());
    if (calls.stream().anyMatch(c -> Template.of(c.uri(), captures, true).encodes())) {
      s.append(URLENCODE).append('\n');
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

  private static void header(StringBuilder s, CheckResult r, RunInfo run, int calls) {
    s.append("# imkit reproducer of ").append(r.id()).append(r.seed().isEmpty() ? "" : " (seed " + r.seed() + ")")
        .append(": its ").append(calls).append(calls == 1 ? " call" : " calls")
        .append(", signed by curl itself (curl 7.75 or later).\n");
    if (!r.message().isEmpty()) {
      s.append("# ").append(Shell.comment(r.message(), 400)).append('\n');
    }
    if (r.category() == Category.SECURITY) {
      s.append("# The check sent a request signed wrongly or not at all on purpose; these are signed correctly.\n");
    }
    s.append("# Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN).\n");
    String endpoint = DEFAULT_ENDPOINT;
    if (run != null && run.emulator() != null) {
      s.append("# The run's target was the embedded emulator; start the same one (it accepts any keys):\n#   ")
          .append(emulatorCommand(run.emulator())).append('\n');
    } else if (run != null && run.target().matches("https?://.*")) {
      endpoint = run.target().replaceAll("/+$", "");
    }
    s.append("set -u\nENDPOINT=\"${IMKIT_ENDPOINT:-").append(Shell.insideDouble(endpoint)).append("}\"\n");
  }

  private static String emulatorCommand(RunInfo.EmbeddedEmulator emulator) {
    return "./imkit emulator --port 4566" + (emulator.revision().isEmpty() ? "" : " --revision " + emulator.revision())
        + (emulator.faults().isEmpty() ? "" : " --fault " + String.join(",", emulator.faults()));
  }

  private static void call(StringBuilder s, int i, ExchangeRecord e, List<Capture> captures, String region,
      boolean failing, StringBuilder sentBefore) {
    s.append("# ").append(i + 1).append(". ").append(e.operation().isEmpty() ? e.method() : e.operation())
        .append(" (").append(e.role().name().toLowerCase(Locale.ROOT)).append("): the run got ")
        .append(e.status() == 0 ? "no answer" : Integer.toString(e.status()))
        .append(failing ? "  <- the call the verdict rests on" : "").append('\n');
    foreignArns(s, e, captures, sentBefore);
    List<Capture> fromHere = captures.stream().filter(c -> c.from() == i).toList();
    String curl = curl(e, captures, region);
    if (fromHere.isEmpty()) {
      s.append(curl).append("\necho\n");
      return;
    }
    s.append('R').append(i + 1).append("=$(").append(curl).append(")\nprintf '%s\\n' \"$R").append(i + 1)
        .append("\"\n");
    fromHere.forEach(c -> s.append(c.assignment()).append('\n'));
  }

  private static String curl(ExchangeRecord e, List<Capture> captures, String region) {
    StringBuilder c = new StringBuilder("curl -sS -i --aws-sigv4 \"aws:amz:").append(region)
        .append(":ssm-incidents\" --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\" \\\n  ")
        .append("${AWS_SESSION_TOKEN:+-H \"X-Amz-Security-Token: $AWS_SESSION_TOKEN\"} \\\n  ");
    if (!e.method().equals("GET") || !e.requestBody().isEmpty()) {
      c.append("-X ").append(e.method()).append(' ');
    }
    c.append("\"$ENDPOINT").append(Template.of(path(e.uri()), captures, true).insideDouble()).append('"');
    e.requestHeaders().forEach((name, values) -> {
      if (!LEFT_OUT.contains(name.toLowerCase(Locale.ROOT)) && !values.contains("<redacted>")) {
        values.forEach(v -> c.append(" \\\n  -H ").append(Shell.single(name + ": " + v)));
      }
    });
    if (!e.requestBody().isEmpty()) {
      c.append(" \\\n  --data-binary ").append(Template.of(e.requestBody(), captures, false).singleQuoted());
    }
    return c.toString();
  }

  /** Notes ARNs a call sends that no earlier call of the sequence made: resources made earlier in the run. */
  private static void foreignArns(StringBuilder s, ExchangeRecord e, List<Capture> captures, StringBuilder before) {
    Matcher m = ARN.matcher(Capture.sentText(e));
    while (m.find()) {
      String arn = m.group();
      if (!before.toString().contains(arn) && captures.stream().noneMatch(c -> c.value().equals(arn))) {
        s.append("# Note: ").append(arn).append(" was made by an earlier call of the run, not by this sequence.\n");
      }
    }
  }

  /** The URI without its scheme and authority: what follows the endpoint. */
  static String path(String uri) {
    int scheme = uri.indexOf("://");
    if (scheme < 0) {
      return uri.startsWith("/") ? uri : "/" + uri;
    }
    int slash = uri.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : uri.substring(slash);
  }
}
