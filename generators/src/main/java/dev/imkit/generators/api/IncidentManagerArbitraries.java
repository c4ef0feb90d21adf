package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.internal.Edges;
import dev.imkit.generators.internal.Generators;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
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

  /**
   * The operation's controls: valid inputs of typical values that host every rule site and every boundary's
   * place, the base control (required members only) first. Deterministic: the same at every call and in every
   * run, apart from references the context supplies.
   */
  public List<Control> controls(String operation) {
    return generators.controls(operation);
  }

  /**
   * A copy of the input of the operation's base control (the first of {@link #controls}: required members only),
   * without planning the full controls.
   */
  public ObjectNode baseInput(String operation) {
    return generators.baseInput(operation);
  }

  /** The control (of {@link #controls}) that hosts {@code place}, a pointer template. */
  public Control controlFor(String operation, String place) {
    return controls(operation).stream().filter(c -> c.hosts(place)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(operation + " has no control hosting " + place));
  }

  /** The control a rule site is broken in (of {@link #controls}). */
  public Control controlFor(String operation, RuleSite site) {
    return controlFor(operation, controlPlace(operation, site));
  }

  /**
   * The base control with only {@code place} added: when a full control is refused, the controls of its places
   * one by one tell which place the target refuses.
   */
  public Control alone(String operation, String place) {
    return generators.alone(operation, place);
  }

  /**
   * Why no valid input can host {@code place}, if none can: the model allows it, the documentation does not (no
   * documented filter key of ListTimelineEvents is compared with integers). Checks there cannot be judged.
   */
  public java.util.Optional<String> unreachable(String operation, String place) {
    return generators.unreachable(operation, place);
  }

  /** The place (pointer template) a control must host for {@code site} of {@code operation} to be broken in it. */
  public String controlPlace(String operation, RuleSite site) {
    return generators.controlPlace(operation, site);
  }

  /**
   * Inputs that are {@code control} with exactly the rule of {@code site} broken and nothing else changed: the
   * broken value, the missing member, the list or map made too short or too long from the control's own elements.
   */
  public Arbitrary<InvalidInput> invalidInput(String operation, RuleSite site, Control control) {
    return generators.invalidInput(operation, site, control);
  }

  /** The valid extremes of every constrained place of the operation's input. */
  public List<Boundary> boundaries(String operation) {
    return generators.boundaries(operation);
  }

  /** {@code control} with {@code edge} of {@code boundary} in its place (a related item's type kept fitting). */
  public ObjectNode withEdge(Control control, Boundary boundary, Edge edge) {
    return Edges.apply(control, boundary, edge);
  }

  /** {@code control}'s input with {@code value} at {@code place}, a pointer template it hosts. */
  public ObjectNode withValue(Control control, String place, JsonNode value) {
    return Edges.withValue(control, place, value);
  }

  /**
   * The pointer template of a concrete pointer into {@code operation}'s input ({@code /tags/Owner} is
   * {@code /tags/*}), or empty when it names no place of the input.
   */
  public java.util.Optional<String> template(String operation, String pointer) {
    return generators.template(operation, pointer);
  }

  /** The places (pointer templates) of {@code operation}'s input where {@code shape} has {@code member}. */
  public List<String> placesOf(String operation, String shape, String member) {
    return generators.placesOf(operation, shape, member);
  }

  /**
   * A copy of {@code document} with fresh values where each call needs its own: the idempotency token, names that
   * must be unique, what identifies an added item (lengths kept); places in {@code keep} stay as they are.
   */
  public ObjectNode fresh(String operation, ObjectNode document, Set<String> keep, Random random) {
    return generators.fresh(operation, document, keep, random);
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
