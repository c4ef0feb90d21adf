package dev.imkit.cli.internal;

import dev.imkit.emulator.api.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FaultReproduction} of the faults that show across calls: STATE, IDEMPOTENCY, PAGINATION, REVISION
 * (every category not in {@link SingleAnswerFaultReproductionTest}).
 */
class SequenceFaultReproductionTest extends FaultReproduction {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.imkit.cli.internal.FaultReproduction#sequenceFaults")
  void theReportsReplayAndCurlReproducerFailAgain(Fault fault) throws Exception {
    reproduce(fault);
  }
}
