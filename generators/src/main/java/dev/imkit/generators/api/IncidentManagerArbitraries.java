package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.internal.Generators;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for the Incident Manager contract at one revision, derived from its shapes: valid inputs of
 * every operation, values of every shape, and invalid inputs that break exactly one labelled rule.
 * Immutable and thread-safe; generators are built on first use and cached.
 *
 * <pre>{@code
 * IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision("2022-05-12");
 * Arbitrary<ObjectNode> starts = im.validInput("StartIncident");
 * Arbitrary<InvalidInput> broken = im.invalidInput("CreateResponsePlan", BreakKind.TOO_LONG, BreakKind.PATTERN_MISMATCH);
 * List<RuleSite> sites = im.ruleSites("CreateResponsePlan");   // e.g. TOO_FEW_ENTRIES at /actions/0/ssmAutomation/dynamicParameters
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class IncidentManagerArbitraries {
  private static final Map<String, IncidentManagerArbitraries> DEFAULTS = new ConcurrentHashMap<>();

  private final Contract contract;
  private final GenerationContext context;
  private final Generators generators;

  private IncidentManagerArbitraries(Contract contract, GenerationContext context) {
    this.contract = contract;
    this.context = context;
    this.generators = new Generators(contract, context);
  }

  /** The arbitraries of the current revision, with the default (lenient) context. */
  public static IncidentManagerArbitraries current() {
    return forRevision(Revisions.current().name());
  }

  /** The arbitraries of a revision; {@code UnknownNameException} listing the valid names if there is none. */
  public static IncidentManagerArbitraries forRevision(String revision) {
    String name = Revisions.named(revision).name();
    return DEFAULTS.computeIfAbsent(name, n -> new IncidentManagerArbitraries(Contract.at(n),
        GenerationContext.defaults()));
  }

  /** A copy that generates in {@code context} (references, account, region, name prefix). */
  public IncidentManagerArbitraries withContext(GenerationContext context) {
    return new IncidentManagerArbitraries(contract, Objects.requireNonNull(context, "context"));
  }

  /** The revision generated for. */
  public String revision() {
    return contract.revision().name();
  }

  public GenerationContext context() {
    return context;
  }

  /** The names of the operations at this revision. */
  public List<String> operations() {
    return contract.operations().stream().map(Operation::name).toList();
  }

  /**
   * Valid logical inputs of an operation (members bound to the URI and query string included), each of which
   * validates at this revision; {@code UnknownNameException} listing the operations if there is none.
   */
  public Arbitrary<ObjectNode> validInput(String operation) {
    return generators.validInput(operation);
  }

  /** Inputs that break exactly one rule, at any of the operation's {@link #ruleSites rule sites}. */
  public Arbitrary<InvalidInput> invalidInput(String operation) {
    return generators.invalidInput(operation, site -> true, "of any kind");
  }

  /** Inputs that break exactly one rule of one of the given kinds. */
  public Arbitrary<InvalidInput> invalidInput(String operation, BreakKind... kinds) {
    Set<BreakKind> wanted = kinds.length == 0 ? EnumSet.allOf(BreakKind.class) : EnumSet.copyOf(Arrays.asList(kinds));
    return generators.invalidInput(operation, site -> wanted.contains(site.kind()), "of kinds " + wanted);
  }

  /** Inputs that break exactly the rule of {@code site} (one of {@link #ruleSites}). */
  public Arbitrary<InvalidInput> invalidInput(String operation, RuleSite site) {
    return generators.invalidInput(operation, site::equals, site.toString());
  }

  /** The places where one rule of the operation's input can be broken, in document order. */
  public List<RuleSite> ruleSites(String operation) {
    return generators.ruleSites(operation);
  }

  /** Valid values of any shape at this revision, e.g. {@code DynamicSsmParameters}. */
  public Arbitrary<JsonNode> value(String shape) {
    return generators.value(shape);
  }

  @Override
  public String toString() {
    return "IncidentManagerArbitraries[" + revision() + ", " + context + "]";
  }
}
