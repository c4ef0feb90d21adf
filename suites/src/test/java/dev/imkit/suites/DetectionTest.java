package dev.imkit.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.session.RevisionDetector;
import dev.imkit.suites.internal.session.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The emulator run as each revision is detected as that revision, except where no request can tell it from the
 * next one; then the later of the two is detected, and the reason is given here.
 */
class DetectionTest {

  @ParameterizedTest(name = "emulator at {0} is detected as {1}")
  @CsvSource({
      "2021-05-11, 2021-05-11",
      // 2021-10-28 adds ConflictException.retryAfter (an answer member) and a longer nextToken (opaque tokens)
      "2021-08-04, 2021-10-28",
      "2021-10-28, 2021-10-28",
      // 2022-03-16 changes IncidentRecordSource.invokedBy, which only answers carry
      "2022-02-07, 2022-03-16",
      "2022-03-16, 2022-03-16",
      "2022-05-12, 2022-05-12",
      "2022-07-05, 2022-07-05",
      // 2022-11-02 adds CreateReplicationSetInput.tags: probes never create the account's only replication set
      "2022-10-13, 2022-11-02",
      "2022-11-02, 2022-11-02",
      "2022-11-11, 2022-11-11",
      "2022-11-16, 2022-11-16",
      "2023-03-28, 2023-03-28",
      "2023-11-16, 2023-11-16"})
  void detected(String emulatorRevision, String detected) {
    try (Run run = Run.open(Settings.defaults().with(Settings.EMULATOR_REVISION, emulatorRevision))) {
      assertThat(run.target().revision().name()).isEqualTo(detected);
    }
  }

  /**
   * A run does not probe the fault-free embedded emulator at the current revision (nothing newer can be found):
   * the probes, sent anyway, find that revision; with a revision fault the run does probe, and finds an older one.
   */
  @ParameterizedTest
  @CsvSource({"'', 2023-11-16, 2023-11-16", "reject-involved-resource, 2022-03-16, 2022-03-16"})
  void theCurrentEmbeddedEmulatorIsProbedOnlyWithFaults(String faults, String detected, String held) {
    try (Run run = Run.open(Settings.defaults().with(Settings.EMULATOR_FAULTS, faults))) {
      assertThat(RevisionDetector.detect(run.target()).name()).isEqualTo(detected);
      assertThat(run.target().revision().name()).isEqualTo(held);
    }
  }

  @ParameterizedTest
  @CsvSource({"2022-03-16", "2023-11-16"})
  void aClaimedRevisionIsNotProbed(String claimed) {
    try (Run run = Run.open(Settings.defaults().with(Settings.REVISION, claimed))) {
      assertThat(run.target().revision().name()).isEqualTo(claimed);
    }
  }
}
