package dev.imkit.generators;

import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.InvalidInputFor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.EdgeCasesMode;

/**
 * Properties that fail for any document longer than 120 characters, so that jqwik shrinks a failing sample
 * through many candidates (not just to the simplest document, which passes); run by {@link ShrinkingTest}
 * through the engine test kit, never by the build's own test run (the class name is not a test class name).
 */
class DeliberatelyFailingProperties {
  static final List<InvalidInput> SEEN = new CopyOnWriteArrayList<>();
  static final List<InvalidInput> FAILED = new CopyOnWriteArrayList<>();

  @Property(tries = 100, seed = "11", shrinking = ShrinkingMode.FULL, edgeCases = EdgeCasesMode.NONE)
  void createResponsePlan(@ForAll @InvalidInputFor(operation = "CreateResponsePlan") InvalidInput in) {
    fail(in);
  }

  @Property(tries = 100, seed = "12", shrinking = ShrinkingMode.FULL, edgeCases = EdgeCasesMode.NONE)
  void startIncident(@ForAll @InvalidInputFor(operation = "StartIncident", revision = "2022-05-12") InvalidInput in) {
    fail(in);
  }

  @Property(tries = 100, seed = "13", shrinking = ShrinkingMode.FULL, edgeCases = EdgeCasesMode.NONE)
  void createReplicationSet(@ForAll @InvalidInputFor(operation = "CreateReplicationSet") InvalidInput in) {
    fail(in);
  }

  private static void fail(InvalidInput in) {
    SEEN.add(in);
    if (in.document().toString().length() > 120) {
      FAILED.add(in);
      throw new AssertionError("failing on purpose, so that jqwik shrinks");
    }
  }
}
