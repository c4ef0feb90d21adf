package dev.imkit.suites.internal.checks.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.schemas.api.Operation;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.ErrorNames;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.suites.internal.checks.validation.Breaks;
import dev.imkit.suites.internal.run.Advisory;
import dev.imkit.suites.internal.run.Blocked;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Random;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException;

/**
 * {@code SDK-ERROR-<Op>}: a request that breaks one input rule is refused, and the SDK maps the refusal to the
 * typed exception of the error the target named ({@code ValidationException}, not the generic
 * {@link SsmIncidentsException}), which happens only when the error name is one the model knows.
 */
final class SdkError {
  /** Rules whose broken values the SDK still sends as they are (a missing or empty URI label it would refuse). */
  private static final BreakKind[] SENDABLE = {BreakKind.UNKNOWN_ENUM_VALUE, BreakKind.TOO_LONG,
      BreakKind.PATTERN_MISMATCH, BreakKind.ABOVE_MAXIMUM, BreakKind.BELOW_MINIMUM};

  private SdkError() {
  }

  static Check check(Operation op) {
    CheckInfo info = new CheckInfo("SDK-ERROR-" + op.name(), Category.SDK, List.of(op.name()),
        List.of(op.name() + "#errors"), Level.MUST, op.introducedIn(), !op.readonly(),
        "the AWS SDK for Java v2 maps " + op.name() + "'s refusal of invalid input to the typed exception");
    return new Check(info, context -> run(context, op));
  }

  private static void run(CheckContext context, Operation op) throws Exception {
    Optional<Breaks.Broken> broken = Breaks.first(context, op.name(), Set.of(SENDABLE));
    ObjectNode invalid = broken.map(Breaks.Broken::input).orElseGet(() -> missing(context, op));
    try (SdkClient client = new SdkClient(context.target())) {
      try {
        client.call(op.name(), invalid);
      } catch (AwsServiceException e) {
        judge(op, e);
        return;
      } catch (SdkException e) {
        SdkFailure.throwIfUnanswered(client, op.name(), e);
        SdkFailure.throwIfThrottled(op.name(), e);
        throw SdkFailure.of(op.name(), "error envelope", "the SDK must read the refusal of " + invalid, e);
      }
    }
    String judgedBy = broken.map(Breaks.Broken::checkId).orElse("PROTO-NOTFOUND-" + op.name());
    throw new Blocked(new Cause("accepted:" + judgedBy, CauseKind.RULE_BROKEN, op.name() + " accepted an invalid "
        + "input, so there was no error for the SDK to map: " + abbreviated(invalid.toString()), judgedBy));
  }

  private static String abbreviated(String text) {
    return dev.imkit.suites.internal.run.Texts.cut(text, 300);
  }

  private static void judge(Operation op, AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    boolean typed = e.getClass() != SsmIncidentsException.class && e.getClass().getSimpleName().equals(code);
    if (typed) {
      return;
    }
    Exchange answer = answer(e);
    ErrorNames names = answer.errorNames();
    if (names.name().filter(op::models).isPresent()) {
      // the answer names a modeled error in a form restJson1 clients must read (the PROTOCOL checks judge the
      // form); this SDK reads fewer: the header's value cut at ':' only, __type cut at '#', never a body code
      throw new Advisory("the target names " + names.name().get() + " as " + rawNames(answer) + ", legal in "
          + "restJson1, which the AWS SDK for Java v2 does not read: its callers get no typed exception. "
          + "X-Amzn-ErrorType: " + names.name().get() + " is read by every SDK"
          + (names.inHeader() ? "" : " (PROTO-ERRORS-TYPE-HEADER reports the missing header)"));
    }
    throw SdkFailure.of(op.name(), "modeled error names " + op.errors(), "the SDK must map the error to its "
        + "typed exception (e.g. ValidationException), which needs an error name the model knows", e);
  }

  /** The places that name the error, as sent: {@code X-Amzn-ErrorType: a#B, __type "B"}. */
  private static String rawNames(Exchange answer) {
    List<String> parts = new ArrayList<>();
    answer.header("X-Amzn-ErrorType").ifPresent(v -> parts.add("X-Amzn-ErrorType: " + v));
    JsonNode body = answer.jsonOrNull();
    for (String member : List.of("code", "__type")) {
      if (body != null && body.path(member).isTextual()) {
        parts.add("body " + member + " \"" + body.get(member).textValue() + "\"");
      }
    }
    return String.join(", ", parts);
  }

  /** The SDK's error answer as an exchange, read the way the PROTOCOL checks read answers. */
  private static Exchange answer(AwsServiceException e) {
    if (e.awsErrorDetails() == null || e.awsErrorDetails().rawResponse() == null) {
      return new Exchange(null, "", "", Map.of(), "", e.statusCode(), Map.of(), "", 0);
    }
    return new Exchange(null, "", "", Map.of(), "", e.statusCode(),
        e.awsErrorDetails().sdkHttpResponse() == null ? Map.of() : e.awsErrorDetails().sdkHttpResponse().headers(),
        e.awsErrorDetails().rawResponse().asUtf8String(), 0);
  }

  /**
   * For an operation with no site the SDK sends broken (only a required URI label), a valid input naming a
   * resource that does not exist, which the target refuses with ResourceNotFoundException.
   */
  private static ObjectNode missing(CheckContext context, Operation op) {
    var arbitraries = context.arbitraries(GenerationContext.defaults());
    return arbitraries.validInput(op.name()).generator(1000).next(new Random(context.seed())).value();
  }
}
