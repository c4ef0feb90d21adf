package dev.imkit.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs {@code imkit} in-process with captured output and a chosen environment. */
final class Cli {
  private Cli() {
  }

  /** What a command line produced. */
  record Outcome(int exitCode, String out, String err) {
    /** Standard error's lines. */
    java.util.List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Outcome run(String... args) {
    return run(Map.of(), args);
  }

  static Outcome run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Console(new PrintWriter(out, true), new PrintWriter(err, true), false, environment));
    return new Outcome(code, out.toString(), err.toString());
  }
}
