package dev.imkit.suites.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imkit.reports.api.Level;
import dev.imkit.suites.api.Exchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status comparison and its levels: MUST where the contract fixes the answer, SHOULD where it does not. */
class StatusOracleTest {

  private static Exchange answer(String op, int status, String error, boolean inBody) {
    Map<String, List<String>> headers = error == null || inBody ? Map.of()
        : Map.of("X-Amzn-ErrorType", List.of(error + ":http://internal.amazon.com/coral/"));
    String body = error == null ? "{}" : inBody ? "{\"__type\":\"" + error + "\",\"message\":\"m\"}"
        : "{\"message\":\"m\"}";
    return new Exchange(op, "POST", "http://x/", Map.of(), "{}", status, headers, body, 0);
  }

  private static Divergence judge(String op, Exchange target, Exchange reference, Handle... named) {
    Step step = new Step(3, op, Draws.object(), List.of(target), List.of(reference));
    return catchThrowableOfType(() -> StatusOracle.judge(step, List.of(named)), Divergence.class);
  }

  private static Handle plan(boolean live) {
    Handle h = new Handle(Kind.PLAN, 1, null, null, null);
    h.createdAt(1, "CreateResponsePlan");
    if (!live) {
      h.gone(2, "DeleteResponsePlan");
    }
    return h;
  }

  @Test
  void theSameAnswerInEitherLegalFormPasses() {
    assertThatCode(() -> StatusOracle.judge(new Step(1, "GetResponsePlan", Draws.object(),
        List.of(answer("GetResponsePlan", 404, "ResourceNotFoundException", true)),
        List.of(answer("GetResponsePlan", 404, "ResourceNotFoundException", false))), List.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void aRefusalOfWhatTheReferenceAcceptsIsMustForAMissingLiveResourceOrAServerError() {
    Divergence lost = judge("GetResponsePlan", answer("GetResponsePlan", 404, "ResourceNotFoundException", false),
        answer("GetResponsePlan", 200, null, false), plan(true));
    assertThat(lost.level()).isEqualTo(Level.MUST);
    assertThat(lost.findingId()).isEqualTo("STATE-EXPLORE-REFUSED-GetResponsePlan-ResourceNotFoundException");
    assertThat(judge("GetResponsePlan", answer("GetResponsePlan", 500, "InternalServerException", false),
        answer("GetResponsePlan", 200, null, false)).level()).isEqualTo(Level.MUST);
    assertThat(judge("TagResource", answer("TagResource", 400, "ValidationException", false),
        answer("TagResource", 204, null, false)).level()).isEqualTo(Level.SHOULD);
  }

  @Test
  void readingWhatWasDeletedIsMustAndNamedForTheDelete() {
    Divergence d = judge("GetResponsePlan", answer("GetResponsePlan", 200, null, false),
        answer("GetResponsePlan", 404, "ResourceNotFoundException", false), plan(false));
    assertThat(d.level()).isEqualTo(Level.MUST);
    assertThat(d.findingId()).isEqualTo("STATE-EXPLORE-GONE-DeleteResponsePlan");
    assertThat(d.getMessage()).contains("deleted by step 2");
    // a second delete is not an operation whose missing resource the contract answers with 404
    assertThat(judge("DeleteResponsePlan", answer("DeleteResponsePlan", 204, null, false),
        answer("DeleteResponsePlan", 404, "ResourceNotFoundException", false), plan(false)).level())
        .isEqualTo(Level.SHOULD);
  }

  @Test
  void otherDifferencesAreShouldUnlessTheReferenceAnsweredAMissingResource() {
    assertThat(judge("UpdateResponsePlan", answer("UpdateResponsePlan", 204, null, false),
        answer("UpdateResponsePlan", 409, "ConflictException", false)).level()).isEqualTo(Level.SHOULD);
    assertThat(judge("GetResponsePlan", answer("GetResponsePlan", 400, "ValidationException", false),
        answer("GetResponsePlan", 404, "ResourceNotFoundException", false)).level()).isEqualTo(Level.MUST);
    assertThat(judge("CreateResponsePlan", answer("CreateResponsePlan", 200, null, false),
        answer("CreateResponsePlan", 201, null, false)).comparison()).isEqualTo(Comparison.SUCCESS_CODE);
  }
}
