package dev.imkit.cli.internal;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code --debug}: an error's stack trace after its one line, for a bug report or a cause the line does not
 * name. Users see the line alone by default.
 */
final class Debug {
  static final String OPTION = "--debug";

  private Debug() {
  }

  /** Whether {@code --debug} was given on the command line {@code cli} ran, before or after a subcommand. */
  static boolean requested(CommandLine cli) {
    CommandLine root = cli;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    for (ParseResult p = root.getParseResult(); p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(OPTION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code --debug} is among arguments that did not parse (so no parse result tells). */
  static boolean requested(String[] args) {
    List<String> all = List.of(args);
    int end = all.indexOf("--");
    return (end < 0 ? all : all.subList(0, end)).contains(OPTION);
  }

  /** Writes {@code e}'s stack trace and those of its causes, as the JVM would. */
  static void print(PrintWriter err, Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String heading = "";
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      err.println(heading + t);
      if (t.getStackTrace().length == 0) {
        err.println("\t(no stack trace: " + t.getClass().getSimpleName() + " is created without one)");
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
      heading = "Caused by: ";
    }
    err.flush();
  }
}
