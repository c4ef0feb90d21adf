package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.run.NoAnswer;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** A check failure for an SDK call: the operation, the rule, and what the target answered as the SDK saw it. */
final class SdkFailure {
  private SdkFailure() {
  }

  static CheckFailure of(String operation, String rule, String expected, SdkException e) {
    return new CheckFailure(operation + ": " + rule + ": " + expected + "; the target answered " + answer(e));
  }

  /** Throws {@link NoAnswer} when the SDK got no answer (an I/O error: refused, reset, timed out). */
  static void throwIfUnanswered(String operation, SdkException e) {
    if (e instanceof AwsServiceException) {
      return;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        throw new NoAnswer(operation, "no answer to the SDK's " + operation + " call: " + io, io);
      }
    }
  }

  /** {@code 404 ResourceNotFoundException (SDK exception ResourceNotFoundException): message}. */
  static String answer(SdkException e) {
    if (e instanceof AwsServiceException s) {
      String code = s.awsErrorDetails() == null ? "?" : s.awsErrorDetails().errorCode();
      return s.statusCode() + " " + code + " (SDK exception " + e.getClass().getSimpleName() + "): "
          + (s.awsErrorDetails() == null ? e.getMessage() : s.awsErrorDetails().errorMessage());
    }
    return "an answer the SDK could not use (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
  }
}
