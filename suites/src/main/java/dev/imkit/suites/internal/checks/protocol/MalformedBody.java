package dev.imkit.suites.internal.checks.protocol;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Map;

/**
 * {@code PROTO-BODY-NOT-JSON} and {@code PROTO-BODY-CONTENT-TYPE}: a body that is not JSON is the client's
 * fault, a 4xx (HTTP semantics, RFC 9110 15.5); a JSON body labelled {@code text/plain} may be served or
 * refused, but is never a server error. Both are sent to ListResponsePlans, which changes nothing.
 */
final class MalformedBody {
  private static final String PATH = "/listResponsePlans";

  private MalformedBody() {
  }

  static Check notJson() {
    CheckInfo info = new CheckInfo("PROTO-BODY-NOT-JSON", Category.PROTOCOL, List.of("ListResponsePlans"),
        List.of("restJson1#body"), Level.MUST, first(), false,
        "a body labelled application/json that is not JSON is refused with a 4xx, never served nor a 5xx");
    return new Check(info, context -> {
      Exchange answer = context.target().send("POST", PATH,
          Map.of("Content-Type", List.of("application/json")), "{\"maxResults\": 5,", true);
      if (answer.status() < 400 || answer.status() > 499) {
        throw CheckFailure.of(answer, "restJson1 body (malformed JSON)",
            "expected a 4xx refusal of a body that is not JSON");
      }
    });
  }

  static Check wrongContentType() {
    CheckInfo info = new CheckInfo("PROTO-BODY-CONTENT-TYPE", Category.PROTOCOL, List.of("ListResponsePlans"),
        List.of("restJson1#Content-Type"), Level.MUST, first(), false,
        "a JSON body labelled text/plain is served or refused with a 4xx, never a 5xx");
    return new Check(info, context -> {
      Exchange answer = context.target().send("POST", PATH, Map.of("Content-Type", List.of("text/plain")),
          "{}", true);
      if (answer.status() >= 500) {
        throw CheckFailure.of(answer, "restJson1 Content-Type (request)",
            "expected a success or a 4xx for a body with the wrong media type, not a server error");
      }
    });
  }

  private static String first() {
    return Revisions.all().get(0).name();
  }
}
