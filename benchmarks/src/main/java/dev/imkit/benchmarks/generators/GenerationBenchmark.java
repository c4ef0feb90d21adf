package dev.imkit.benchmarks.generators;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generated inputs per second, driven as jqwik drives an arbitrary during a property: its generator at the
 * default generation size (1,000, jqwik's default number of tries) asked for one shrinkable after another
 * from one seeded {@link Random}, each value taken once. {@code validInput}: a valid input; {@code
 * invalidInputValidated}: an invalid input (any rule site, chosen per try) plus its validation with the fast
 * validator, as a conformance check would do. Run single-threaded ({@code -t 1}) to read the figure per core.
 * The seeded {@code java.util.Random} is slower than the XOR-shift generator jqwik itself uses, so these
 * figures are, if anything, low.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GenerationBenchmark {
  private static final int GEN_SIZE = 1000;

  @Param({"StartIncident", "CreateResponsePlan"})
  public String operation;

  private RandomGenerator<ObjectNode> valid;
  private RandomGenerator<InvalidInput> invalid;
  private Validator validator;
  private Random random;

  @Setup
  public void setUp() {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.current();
    valid = im.validInput(operation).generator(GEN_SIZE);
    invalid = im.invalidInput(operation).generator(GEN_SIZE);
    validator = Contract.current().validator();
    random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      InvalidInput in = invalid.next(random).value();
      if (validator.input(operation, in.document()).violations().size() != 1) {
        throw new IllegalStateException("not broken exactly once: " + in);
      }
    }
  }

  @Benchmark
  public ObjectNode validInput() {
    return valid.next(random).value();
  }

  @Benchmark
  public ValidationReport invalidInputValidated() {
    InvalidInput in = invalid.next(random).value();
    return validator.input(operation, in.document());
  }
}
