package dev.imkit.emulator.support;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.schemas.api.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * One emulator (current revision, no fault) and one SDK client per test class; after the class, every answer
 * the client received is checked against the contract's schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SdkTestBase {
  protected final Recorder recorder = new Recorder();
  protected Emulator emulator;
  protected SsmIncidentsClient client;

  @BeforeAll
  void startEmulator() {
    emulator = Emulator.builder().start();
    client = Sdk.client(emulator, recorder);
  }

  @AfterAll
  void checkAnswersAndStop() {
    try {
      recorder.assertAllValid(Contract.current());
    } finally {
      client.close();
      emulator.close();
    }
  }
}
