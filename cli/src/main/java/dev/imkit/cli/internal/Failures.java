package dev.imkit.cli.internal;

import dev.imkit.schemas.api.UnknownNameException;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.TargetUnreachableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns what went wrong into one line on standard error and an exit code: no stack trace reaches a user unless
 * they ask for it with {@code --debug}.
 */
final class Failures {
  private Failures() {
  }

  /** What went wrong, as the user sees it. */
  record Problem(int exitCode, String message) {
  }

  /** A mistake on the command line: unknown flag, missing value, bad number. */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println(prefix(cli) + e.getMessage() + " (see " + qualifiedName(cli) + " --help)");
    if (Debug.requested(args)) {
      Debug.print(cli.getErr(), e);
    }
    return ExitCode.USAGE;
  }

  /** An exception out of a command. */
  static int execution(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    Problem problem = classify(e);
    cli.getErr().println(prefix(cli) + problem.message());
    if (Debug.requested(cli)) {
      Debug.print(cli.getErr(), e);
    }
    return problem.exitCode();
  }

  static int exitCode(Throwable e) {
    return classify(e).exitCode();
  }

  /**
   * The exit code and line for {@code e}: the first cause in its chain written for users (configuration,
   * unknown name, usage, an unreadable or unwritable file); anything else is unexpected and shown as such.
   */
  static Problem classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TargetUnreachableException) {
        return new Problem(ExitCode.UNREACHABLE, t.getMessage());
      }
      if (t instanceof ConfigurationException || t instanceof UnknownNameException || t instanceof UsageException) {
        return new Problem(ExitCode.USAGE, t.getMessage());
      }
      if (t instanceof UncheckedIOException || t instanceof IOException) {
        return new Problem(ExitCode.USAGE, ioMessage(t));
      }
    }
    return new Problem(ExitCode.NEW_FAILURES, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static String ioMessage(Throwable t) {
    Throwable io = t instanceof UncheckedIOException u ? u.getCause() : t;
    String kind = io.getClass().getSimpleName().replace("Exception", "");
    return kind.equals("IO") ? String.valueOf(io.getMessage()) : kind + ": " + io.getMessage();
  }

  private static String prefix(CommandLine cli) {
    return qualifiedName(cli) + ": ";
  }

  private static String qualifiedName(CommandLine cli) {
    return cli.getParent() == null ? cli.getCommandName() : "imkit " + cli.getCommandName();
  }
}
