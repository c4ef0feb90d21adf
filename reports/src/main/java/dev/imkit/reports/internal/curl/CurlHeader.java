package dev.imkit.reports.internal.curl;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.RunInfo;

/** The top of a reproducer: what it reproduces, what it needs, and the target it runs against. */
final class CurlHeader {
  private static final String DEFAULT_ENDPOINT = "http://localhost:4566";

  private CurlHeader() {
  }

  static void write(StringBuilder s, CheckResult r, RunInfo run, int calls) {
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
}
