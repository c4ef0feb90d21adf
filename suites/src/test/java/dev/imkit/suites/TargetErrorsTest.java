package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.reports.api.Category;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A target the kit cannot use stops every check class with one clear line, before any check runs. */
class TargetErrorsTest {

  @Test
  void anUnreachableEndpointIsOneLine() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Runs.Outcome outcome = Runs.run(Map.of("imkit.endpoint", "http://127.0.0.1:" + port,
        "imkit.access-key-id", "AKID", "imkit.secret-access-key", "secret"), Category.PROTOCOL);
    assertThat(outcome.passed()).isEmpty();
    assertThat(outcome.failedContainers().values()).singleElement().asString()
        .startsWith("cannot reach http://127.0.0.1:" + port).contains("is the server running");
  }

  @Test
  void anUnknownFaultNamesTheFaults() {
    Runs.Outcome outcome = Runs.run(Map.of("imkit.emulator.faults", "no-such-fault"), Category.PROTOCOL);
    assertThat(outcome.failedContainers().values()).singleElement().asString()
        .startsWith("imkit.emulator.faults: unknown fault 'no-such-fault'; the faults are ").contains("iso-timestamps");
  }

  @Test
  void wrongCredentialsAreNamed() {
    // the embedded emulator verifies signatures with its own keys: other keys are refused at the first request
    Runs.Outcome outcome = Runs.run(Map.of("imkit.access-key-id", "AKIDOTHER", "imkit.secret-access-key", "x"),
        Category.PROTOCOL);
    assertThat(outcome.failedContainers().values()).singleElement().asString()
        .startsWith("the target refused the credentials or region");
  }
}
