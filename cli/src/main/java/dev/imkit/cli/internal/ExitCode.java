package dev.imkit.cli.internal;

/** The exit codes of every command, as DESIGN.md sets them, so CI can gate on them. */
final class ExitCode {
  /** Everything passed, or only known failures (the baseline) failed. */
  static final int PASS = 0;
  /** At least one check failed that the baseline does not list. */
  static final int NEW_FAILURES = 1;
  /** A usage or configuration mistake: a flag, a revision, a URL, a file. */
  static final int USAGE = 2;
  /** The target did not answer. */
  static final int UNREACHABLE = 3;

  private ExitCode() {
  }
}
