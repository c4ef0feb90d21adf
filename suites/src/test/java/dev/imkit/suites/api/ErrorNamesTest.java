package dev.imkit.suites.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** restJson1 error identification: the header, a body code or a body __type, normalised; one name or none. */
class ErrorNamesTest {

  @Test
  void valuesAreNormalisedAsTheSdksDo() {
    assertThat(ErrorNames.normalise("ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon/"))
        .isEqualTo("ResourceNotFoundException");
    assertThat(ErrorNames.normalise("aws.ssm.incidents#ValidationException")).isEqualTo("ValidationException");
    assertThat(ErrorNames.normalise("com.amazonaws.ssmincidents#ConflictException:http://x/y"))
        .isEqualTo("ConflictException");
    assertThat(ErrorNames.normalise("ThrottlingException,Other")).isEqualTo("ThrottlingException");
    assertThat(ErrorNames.normalise(" ")).isNull();
    assertThat(ErrorNames.normalise(null)).isNull();
  }

  @Test
  void anyOnePlaceNamesTheError() {
    assertThat(error(Map.of("x-amzn-errortype", "ValidationException"), "{\"message\":\"m\"}").errorType())
        .contains("ValidationException");
    assertThat(error(Map.of(), "{\"code\":\"ValidationException\",\"message\":\"m\"}").errorType())
        .contains("ValidationException");
    assertThat(error(Map.of(), "{\"__type\":\"com.amazonaws.ssmincidents#ValidationException\"}").errorType())
        .contains("ValidationException");
    assertThat(error(Map.of("X-Amzn-ErrorType", "ValidationException:http://x"),
        "{\"__type\":\"aws#ValidationException\",\"code\":\"ValidationException\"}").errorType())
        .contains("ValidationException");
  }

  @Test
  void noNameOrTwoNamesAreNoName() {
    Exchange none = error(Map.of(), "{\"message\":\"m\"}");
    assertThat(none.errorType()).isEmpty();
    assertThat(none.errorNames().unnamed()).isTrue();
    Exchange two = error(Map.of("X-Amzn-ErrorType", "ValidationException"), "{\"__type\":\"ConflictException\"}");
    assertThat(two.errorType()).isEmpty();
    assertThat(two.errorNames().contradictory()).isTrue();
    assertThat(two.answerLine()).startsWith("400 (two error names: X-Amzn-ErrorType ValidationException, "
        + "__type ConflictException)");
  }

  @Test
  void aSuccessBodyNamesNoError() {
    Exchange ok = new Exchange("ListResponsePlans", "POST", "http://h/listResponsePlans", Map.of(), "{}", 200,
        Map.of(), "{\"code\":\"ValidationException\"}", 1);
    assertThat(ok.errorType()).isEmpty();
  }

  @Test
  void anAnswerThatIsNotJsonShowsItsMediaType() {
    Exchange html = new Exchange(null, "POST", "http://h/x", Map.of(), "{}", 501,
        Map.of("Content-Type", List.of("text/html")), "<html>no</html>", 1);
    assertThat(html.answerLine()).isEqualTo("501 text/html <html>no</html>");
  }

  private static Exchange error(Map<String, String> headers, String body) {
    Map<String, List<String>> h = new java.util.HashMap<>();
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return new Exchange("GetResponsePlan", "GET", "http://h/getResponsePlan", Map.of(), "", 400, h, body, 1);
  }
}
