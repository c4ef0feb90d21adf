package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer the AWS SDK cannot parse is an answer: a target writing the integer {@code impact} as {@code 3.0}
 * (which the SDK's JSON reader refuses where the model says integer) fails SDK-CALL with that answer, not as a
 * target that did not answer. Before, the parser's I/O error made it a no-answer cause.
 */
class SdkUnparsableAnswerTest {
  @Test
  void anAnswerTheSdkCannotParseIsReportedAsTheTargetsAnswerNotAsNoAnswer() throws IOException {
    try (Emulator emulator = Emulator.builder().start();
        Proxy proxy = new Proxy(emulator.uri(), r -> r, a -> PoorTargetTest.route("GetIncidentRecord")
            .test(a.request().method() + " " + a.request().pathAndQuery()) && a.status() == 200
            ? a.with(200, a.headers(), a.body().replaceAll("(\"impact\"\\s*:\\s*)(\\d+)", "$1$2.0")) : a)) {
      Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", proxy.uri().toString(), "imkit.access-key-id",
          "AKIDPROXY", "imkit.secret-access-key", "secret", "imkit.only", "SDK-CALL-GetIncidentRecord"));

      CheckResult call = outcome.records().stream().filter(r -> r.id().equals("SDK-CALL-GetIncidentRecord"))
          .findFirst().orElseThrow();
      assertThat(call.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(call.cause()).isNull();
      assertThat(call.message()).startsWith("GetIncidentRecord: the SDK's GetIncidentRecord call")
          .contains("an answer the SDK could not use");
      assertThat(call.exchanges().get(call.failing()).responseBody()).contains("\"impact\":3.0");
    }
  }
}
