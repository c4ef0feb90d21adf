package dev.imkit.cli.internal;

import dev.imkit.emulator.api.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FaultReproduction} of the faults a single answer shows: PROTOCOL, SCHEMA, SDK, SECURITY, VALIDATION.
 */
class SingleAnswerFaultReproductionTest extends FaultReproduction {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.imkit.cli.internal.FaultReproduction#answerFaults")
  void theReportsReplayAndCurlReproducerFailAgain(Fault fault) throws Exception {
    reproduce(fault);
  }
}
