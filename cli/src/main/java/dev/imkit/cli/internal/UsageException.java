package dev.imkit.cli.internal;

/** A mistake the user can fix on the command line; its message is the one line they see (its trace: --debug). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
