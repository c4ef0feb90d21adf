package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Locale;

/**
 * {@code PROTO-CONTENT-TYPE} and {@code PROTO-REQUEST-ID}: answers with a JSON body, success or error, are
 * labelled {@code application/json} (restJson1); every answer carries a request id (AWS practice, SHOULD).
 * Both judge a list (success) and a get of a missing plan (error): read calls only.
 */
final class ContentType {
  private static final List<String> OPERATIONS = List.of("ListResponsePlans", "GetResponsePlan");

  private ContentType() {
  }

  static Check contentType() {
    CheckInfo info = new CheckInfo("PROTO-CONTENT-TYPE", Category.PROTOCOL, OPERATIONS,
        List.of("restJson1#Content-Type"), Level.MUST, first(), false,
        "answers with a JSON body (a success and an error) have the media type application/json");
    return new Check(info, context -> {
      for (Exchange answer : twoAnswers(context)) {
        String type = answer.header("Content-Type").orElse("");
        if (hasBody(answer) && !mediaType(type).equals("application/json")) {
          throw CheckFailure.of(answer, "restJson1 Content-Type", "expected Content-Type application/json on a "
              + "JSON answer, not '" + type + "'");
        }
      }
    }).judgingAnyAnswer();
  }

  static Check requestId() {
    CheckInfo info = new CheckInfo("PROTO-REQUEST-ID", Category.PROTOCOL, OPERATIONS,
        List.of("aws#x-amzn-RequestId"), Level.SHOULD, first(), false,
        "every answer, success or error, carries an x-amzn-RequestId header for support cases and logs");
    return new Check(info, context -> {
      for (Exchange answer : twoAnswers(context)) {
        boolean present = answer.header("x-amzn-RequestId").or(() -> answer.header("x-amz-request-id"))
            .filter(v -> !v.isBlank()).isPresent();
        if (!present) {
          throw CheckFailure.of(answer, "x-amzn-RequestId", "expected an x-amzn-RequestId header");
        }
      }
    }).judgingAnyAnswer();
  }

  private static List<Exchange> twoAnswers(CheckContext context) {
    Exchange list = context.target().call("ListResponsePlans", JsonNodeFactory.instance.objectNode());
    Exchange missing = context.target().call("GetResponsePlan",
        MissingResource.input("GetResponsePlan", context).orElseThrow());
    return List.of(list, missing);
  }

  private static boolean hasBody(Exchange answer) {
    return answer.responseBody() != null && !answer.responseBody().isBlank();
  }

  /** The media type without parameters ({@code ; charset=UTF-8}), lower case. */
  static String mediaType(String header) {
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private static String first() {
    return Revisions.all().get(0).name();
  }
}
