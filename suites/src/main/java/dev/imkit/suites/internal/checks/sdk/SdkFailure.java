package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.suites.internal.run.CheckFailure;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** A check failure for an SDK call: the operation, the rule, and what the target answered as the SDK saw it. */
final class SdkFailure {
  private SdkFailure() {
  }

  static CheckFailure of(String operation, String rule, String expected, SdkException e) {
    return new CheckFailure(operation + ": " + rule + ": " + expected + "; the target answered " + answer(e));
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
