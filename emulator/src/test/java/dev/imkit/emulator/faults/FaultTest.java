package dev.imkit.emulator.faults;

import static dev.imkit.emulator.support.Raw.encode;
import static dev.imkit.emulator.support.Raw.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultCategory;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Raw;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/** Every fault changes behaviour in a way a client can observe; each scenario fails without its fault. */
class FaultTest {

  @Test
  void thereAreAtLeastThirtyFaultsCoveringEveryCategoryWithStableNames() {
    assertThat(Fault.values()).hasSizeGreaterThanOrEqualTo(30);
    Set<FaultCategory> covered = Arrays.stream(Fault.values()).map(Fault::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FaultCategory.class)));
    assertThat(covered).containsExactlyInAnyOrder(FaultCategory.values());
    assertThat(Fault.ids()).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*")).doesNotHaveDuplicates();
    assertThat(Fault.named("success-200-everywhere")).isEqualTo(Fault.SUCCESS_200_EVERYWHERE);
    assertThatThrownBy(() -> Fault.named("no-such-fault")).hasMessageContaining("valid faults: success-200");
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void theFaultDeviatesAndTheCorrectEmulatorDoesNot(Fault fault) {
    FaultScenario scenario = FaultScenarios.ALL.get(fault);
    assertThat(scenario).as("a scenario for " + fault.id()).isNotNull();
    assertThat(run(scenario, fault, true)).as(fault.id() + " shows its deviation").isTrue();
    assertThat(run(scenario, null, false)).as("without " + fault.id() + " there is no deviation").isFalse();
  }

  /** Runs a scenario; returns whether the deviation was seen. */
  private static boolean run(FaultScenario scenario, Fault fault, boolean faulty) {
    var builder = scenario.configure(Emulator.builder());
    if (faulty) {
      builder = builder.fault(fault);
    }
    Recorder recorder = new Recorder();
    try (Emulator e = builder.start(); SsmIncidentsClient c = Sdk.client(e, recorder)) {
      return scenario.deviates(new FaultScenario.Env(e, c, new Raw(e)));
    }
  }

  /** Helpers the scenarios share. */
  static final class Steps {
    private Steps() {
    }

    static String plan(FaultScenario.Env env, String name) {
      return env.client().createResponsePlan(Fixtures.fullPlan(name)).arn();
    }

    static String incident(FaultScenario.Env env, String plan) {
      return env.client().startIncident(r -> r.responsePlanArn(plan)).incidentRecordArn();
    }

    static Raw.Answer missingPlan(FaultScenario.Env env) {
      return env.raw().get("/getResponsePlan?arn=" + encode("arn:aws:ssm-incidents::123456789012:response-plan/x"));
    }

    static Raw.Answer createRaw(FaultScenario.Env env, String body) {
      return env.raw().post("/createResponsePlan", json(body));
    }

    static Raw.Answer unsigned(FaultScenario.Env env) {
      return env.raw().send(HttpRequest.newBuilder(env.emulator().uri().resolve("/listResponsePlans"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    }
  }
}
