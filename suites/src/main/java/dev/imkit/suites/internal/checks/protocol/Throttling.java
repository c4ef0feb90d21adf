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

/**
 * {@code PROTO-THROTTLE-LOW-RATE}: ten sequential reads, five a second, are not throttled. SHOULD only: the
 * documentation sets no request rate below which a service must not throttle, and a real account may be
 * throttled because of other clients. A throttling answer's form (429 ThrottlingException) is a MUST judged by
 * {@code PROTO-MODELED-ERRORS-*} whenever one is seen. Against the embedded emulator the run started, which counts
 * calls and times none, the ten calls go back to back: the same answers, without 1.8 s of waiting.
 */
final class Throttling {
  static final int CALLS = 10;
  static final long PAUSE_MILLIS = 200;

  private Throttling() {
  }

  static Check check() {
    CheckInfo info = new CheckInfo("PROTO-THROTTLE-LOW-RATE", Category.PROTOCOL, List.of("ListResponsePlans"),
        List.of("ThrottlingException"), Level.SHOULD, Revisions.all().get(0).name(), false,
        CALLS + " sequential ListResponsePlans calls, one every " + PAUSE_MILLIS + " ms, are not throttled");
    return new Check(info, Throttling::run).judgingAnyAnswer();
  }

  private static void run(CheckContext context) throws InterruptedException {
    long pause = context.target().countsNotTimes() ? 0 : PAUSE_MILLIS;
    if (pause == 0) {
      context.note("the calls went back to back: the run's own embedded emulator counts calls and times none");
    }
    for (int i = 0; i < CALLS; i++) {
      if (i > 0) {
        Thread.sleep(pause);
      }
      // sent once: the kit retries throttled answers everywhere else, which would hide them here
      Exchange answer = context.target().callOnce("ListResponsePlans", JsonNodeFactory.instance.objectNode());
      boolean throttled = answer.status() == 429
          || answer.errorType().filter("ThrottlingException"::equals).isPresent();
      if (throttled) {
        throw CheckFailure.of(answer, "ThrottlingException at a low rate", "expected call " + (i + 1) + " of "
            + CALLS + " (one every " + pause + " ms, none in parallel) not to be throttled");
      }
    }
  }
}
