package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.run.NoAnswer;
import dev.imkit.suites.internal.session.Recorder;
import java.io.IOException;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** A check failure for an SDK call: the operation, the rule, and what the target answered as the SDK saw it. */
final class SdkFailure {
  private SdkFailure() {
  }

  /** The failure, resting on the SDK's last call as {@link SdkRecording} recorded it. */
  static CheckFailure of(String operation, String rule, String expected, SdkException e) {
    String message = operation + ": " + rule + ": " + expected + "; the target answered " + answer(e);
    Recorder.Recording recording = Recorder.current();
    List<Exchange> calls = recording == null ? List.of() : recording.exchanges();
    return calls.isEmpty() ? new CheckFailure(message) : new CheckFailure(message, calls.get(calls.size() - 1));
  }

  /**
   * Blocks the check when the SDK's call was throttled even after its retries (429 or a throttling error): the
   * call could not be judged, as {@code Causes.throttled} says.
   */
  static void throwIfThrottled(String operation, SdkException e) {
    if (e instanceof AwsServiceException s && (s.statusCode() == 429 || s.isThrottlingException())) {
      Recorder.Recording recording = Recorder.current();
      List<Exchange> calls = recording == null ? List.of() : recording.exchanges();
      throw new dev.imkit.suites.internal.run.Blocked(calls.isEmpty()
          ? dev.imkit.suites.internal.run.Causes.throttled(operation, answer(e))
          : dev.imkit.suites.internal.run.Causes.throttled(operation, calls.get(calls.size() - 1)));
    }
  }

  /**
   * Throws {@link NoAnswer} when the SDK got no answer (an I/O error: refused, reset, timed out). An answer the SDK
   * got and could not parse fails with an I/O error too (its JSON parser's), but the target answered: the check
   * reports that answer.
   */
  static void throwIfUnanswered(SdkClient client, String operation, SdkException e) {
    if (e instanceof AwsServiceException || client.answered()) {
      return;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        throw new NoAnswer(operation, "no answer to the SDK's " + operation + " call: " + io, io);
      }
    }
  }

  /**
   * {@code 404 ResourceNotFoundException (SDK exception ResourceNotFoundException): message}; when the SDK found no
   * error name or message in the answer, it says so and shows the body it got.
   */
  static String answer(SdkException e) {
    if (e instanceof AwsServiceException s) {
      AwsErrorDetails d = s.awsErrorDetails();
      String code = d == null || d.errorCode() == null ? "with no error name the SDK could read" : d.errorCode();
      String message = d == null ? null : d.errorMessage();
      String body = d == null || d.rawResponse() == null ? "" : d.rawResponse().asUtf8String().strip();
      String detail = message != null ? ": " + message
          : body.isEmpty() ? ", no message and an empty body" : ", no message; body " + shortly(body);
      return s.statusCode() + " " + code + " (SDK exception " + e.getClass().getSimpleName() + ")" + detail;
    }
    return "an answer the SDK could not use (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
  }

  private static String shortly(String body) {
    return dev.imkit.suites.internal.run.Texts.oneLine(body, 300);
  }
}
