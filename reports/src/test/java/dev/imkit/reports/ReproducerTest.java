package dev.imkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.Reproducer;
import dev.imkit.reports.api.RunInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curl reproducer's text; the CLI's FaultReproduction tests run reproducers against the emulator. */
class ReproducerTest {
  @TempDir
  Path dir;

  @Test
  void oneSignedCurlPerCallUpToTheFailingOneWithTheRunsRegionAndNoCredentials() {
    String script = Reproducer.curl(Samples.sequence(), Samples.run());

    assertThat(script).startsWith("#!/usr/bin/env bash\n# imkit reproducer of STATE-READ-GetIncidentRecord (seed 7)"
        + ": its 3 calls").contains("ENDPOINT=\"${IMKIT_ENDPOINT:-http://127.0.0.1:4566}\"");
    assertThat(script.split("curl -sS -i --aws-sigv4 \"aws:amz:eu-west-1:ssm-incidents\" --user "
        + "\"\\$AWS_ACCESS_KEY_ID:\\$AWS_SECRET_ACCESS_KEY\"", -1)).hasSize(4);
    assertThat(script).contains("# 3. GetIncidentRecord (check): the run got 500  <- the call the verdict rests on")
        .doesNotContain("deleteIncidentRecord", "<redacted>", "Authorization");
  }

  @Test
  void theJsonBodiesAreSentAsTheyWereWithValuesTheTargetChoseReadFromItsAnswers() {
    String script = Reproducer.curl(Samples.sequence(), Samples.run());

    assertThat(script).contains("--data-binary '{\"name\":\"plan-1\",\"incidentTemplate\":{\"title\":\"it'\\''s down\","
        + "\"impact\":3}}'");
    assertThat(script).contains("V1=$(printf '%s' \"$R1\" | grep -oE '\"arn\" *: *\"[^\"]*\"'",
        "BODY='{\"responsePlanArn\":\"'\"$V1\"'\"}'", "V2=$(printf '%s' \"$R2\" | grep -oE '\"incidentRecordArn\"",
        "\"$ENDPOINT/getIncidentRecord?arn=$(urlencode \"$V2\")\"");
    assertThat(script).doesNotContain("9f8e7d6c\"", "response-plan/plan-1\"}'");
  }

  @Test
  void theEmbeddedEmulatorIsNamedWithItsFaultsAndAnEndpointIsTheDefault() {
    RunInfo embedded = new RunInfo("the embedded emulator", "2023-11-16", true, "full", "7", "x", Instant.EPOCH, 0,
        0, "", true, "us-east-1", new RunInfo.EmbeddedEmulator("2022-05-12", List.of("delete-keeps")));

    assertThat(Reproducer.curl(Samples.sequence(), embedded))
        .contains("#   ./imkit emulator --port 4566 --revision 2022-05-12 --fault delete-keeps",
            "ENDPOINT=\"${IMKIT_ENDPOINT:-http://localhost:4566}\"", "aws:amz:us-east-1:ssm-incidents");
    assertThat(Reproducer.curl(Samples.results().get(0), embedded)).isEmpty();
  }

  @Test
  void bashReadsIt() throws Exception {
    Path script = Files.writeString(dir.resolve("repro.sh"), Reproducer.curl(Samples.sequence(), Samples.run()));
    Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void aQueryIsSentInSigV4sOrderAndAHostileBodyStaysQuoted() {
    CheckResult hostile = Samples.results().stream().filter(x -> x.id().startsWith("STATE-Dynamic")).findFirst()
        .orElseThrow();
    ExchangeRecord get = new ExchangeRecord(ExchangeRecord.Role.CHECK, "GetTimelineEvent", "GET",
        "http://127.0.0.1:4566/getTimelineEvent?incidentRecordArn=arn%3Aaws%3Ax&eventId=e-1", Map.of(), "", 404,
        Map.of(), "", 1);
    CheckResult unsorted = new CheckResult("STATE-X", Category.STATE, List.of("GetTimelineEvent"), List.of(),
        Level.MUST, "2021-05-11", "2023-11-16", CheckStatus.FAIL, 1, "", null, List.of(get), 0, "1", 1, "", List.of());

    assertThat(Reproducer.curl(hostile, Samples.run()))
        .contains("--data-binary '{\"title\":\"<script>alert('\\''x'\\'')</script>");
    assertThat(Reproducer.curl(unsorted, Samples.run()))
        .contains("\"$ENDPOINT/getTimelineEvent?eventId=e-1&incidentRecordArn=arn%3Aaws%3Ax\"",
            "-H 'x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'")
        .doesNotContain("-X GET");
  }
}
