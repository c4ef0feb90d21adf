package dev.imkit.emulator.wire;

import static dev.imkit.emulator.support.Raw.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Raw;
import org.junit.jupiter.api.Test;

/** Operations left out answer exactly as unknown paths do; the others are unaffected; unknown names refused. */
class MissingOperationsTest {

  @Test
  void anOperationLeftOutAnswersAsAnUnknownPath() {
    try (Emulator e = Emulator.builder().missingOperations("ListIncidentFindings", "CreateTimelineEvent").start()) {
      Raw raw = new Raw(e);
      Raw.Answer left = raw.post("/listIncidentFindings", json("{'incidentRecordArn':'arn:aws:ssm-incidents:"
          + "us-east-1:123456789012:incident-record/p/x'}"));
      Raw.Answer unknown = raw.post("/launchRocket", "{}");
      assertThat(left.status()).isEqualTo(unknown.status()).isEqualTo(404);
      assertThat(left.header("X-Amzn-ErrorType")).isEqualTo(unknown.header("X-Amzn-ErrorType"))
          .isEqualTo("UnknownOperationException");
      assertThat(left.json().get("message").asText()).contains("POST /listIncidentFindings");
      assertThat(raw.post("/createTimelineEvent", "{}").status()).isEqualTo(404);
      assertThat(raw.post("/listResponsePlans", "{}").status()).isEqualTo(200);
    }
    assertThat(Emulator.builder().missingOperations("ListIncidentFindings").missingOperations())
        .containsExactly("ListIncidentFindings");
  }

  @Test
  void anUnknownOperationNameIsRefused() {
    assertThatThrownBy(() -> Emulator.builder().missingOperations("LaunchRocket"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LaunchRocket");
  }
}
