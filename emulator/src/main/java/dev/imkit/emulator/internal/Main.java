package dev.imkit.emulator.internal;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code java -jar imkit-emulator.jar}: runs the emulator until SIGTERM or Ctrl-C. */
public final class Main {
  /** Exit code of a usage mistake. */
  static final int USAGE_ERROR = 2;

  private Main() {
  }

  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    if (code >= 0) {
      System.exit(code);
    }
  }

  /** Runs the command; returns an exit code, or -1 when a server was started and runs on. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("imkit-emulator: " + e.getMessage() + " (see --help)");
      return USAGE_ERROR;
    }
    if (parsed.help()) {
      out.println(Arguments.USAGE);
      return 0;
    }
    if (parsed.listFaults()) {
      for (Fault f : Fault.values()) {
        out.printf("%-34s %-12s %s%n", f.id(), f.category(), f.description());
      }
      for (FaultComposite c : FaultComposite.values()) {
        out.printf("%-34s %-12s %s (%s)%n", c.id(), "COMPOSITE", c.description(),
            String.join(", ", c.faults().stream().map(Fault::id).toList()));
      }
      return 0;
    }
    Emulator emulator;
    try {
      emulator = parsed.config().start();
    } catch (UncheckedIOException e) {
      err.println("imkit-emulator: " + e.getMessage());
      return 1;
    }
    // the server's dispatcher thread keeps the JVM alive; SIGTERM runs this hook and ends it
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "imkit-emulator-shutdown"));
    out.println("listening on " + emulator.uri());
    out.flush();
    return -1;
  }
}
