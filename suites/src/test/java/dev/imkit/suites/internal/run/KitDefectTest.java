package dev.imkit.suites.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An exception of the kit's own is reported as a defect of imkit, with the exception and where it happened. */
class KitDefectTest {
  @Test
  void namesTheKitTheExceptionAndTheKitsFrames() {
    String message = KitDefect.describe(new IllegalArgumentException("the control 'x' does not host /y"));

    assertThat(message).startsWith("the kit failed while judging this check (a defect of imkit, not a verdict on")
        .contains("java.lang.IllegalArgumentException: the control 'x' does not host /y")
        .contains(" at dev.imkit.suites.internal.run.KitDefectTest.namesTheKitTheExceptionAndTheKitsFrames(");
  }
}
