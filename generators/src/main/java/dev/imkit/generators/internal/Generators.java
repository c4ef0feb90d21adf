package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.BreakKind;
import dev.imkit.generators.api.Control;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.InvalidInput;
import dev.imkit.generators.api.Label;
import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.generators.api.RuleSite;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;

/** The generators of one revision in one context; builds each operation's generators once, on first use. */
public final class Generators {
  private static final List<String> ITEM_TYPES = List.of("ANALYSIS", "INCIDENT", "METRIC", "PARENT", "ATTACHMENT",
      "OTHER");

  private final Contract contract;
  private final GenerationContext ctx;
  private final Domain domain;
  private final PatternCache patterns = PatternCache.SHARED;
  private final Map<String, Arbitrary<ObjectNode>> valid = new ConcurrentHashMap<>();
  private final Map<String, Arbitrary<JsonNode>> values = new ConcurrentHashMap<>();
  private final Map<String, List<Site>> sites = new ConcurrentHashMap<>();
  private final Map<String, List<Control>> controls = new ConcurrentHashMap<>();
  private final Map<String, List<Boundary>> boundaries = new ConcurrentHashMap<>();
  private final Map<String, java.util.Optional<String>> unreachable = new ConcurrentHashMap<>();

  public Generators(Contract contract, GenerationContext ctx) {
    this.contract = contract;
    this.ctx = ctx;
    this.domain = new Domain(contract, ctx);
  }

  public Arbitrary<ObjectNode> validInput(String operation) {
    Operation op = contract.operation(operation);
    return valid.computeIfAbsent(op.name(), name -> {
      References refs = references(op);
      Gen gen = builder(op, refs).root(input(op), null);
      Program<ObjectNode> program = source -> (ObjectNode) gen.next(Run.of(source, refs.pick(source)));
      return new ChoiceArbitrary<>(List.of(program), widestUnion(input(op)), "valid " + name + " inputs at "
          + revision());
    });
  }

  public Arbitrary<JsonNode> value(String shapeName) {
    Shape shape = contract.shape(shapeName);
    return values.computeIfAbsent(shape.name(), name -> {
      References refs = new References(ctx, Set.of(), itemTypes());
      Gen gen = builder(null, refs).root(shape, null);
      Program<JsonNode> program = source -> gen.next(Run.of(source, References.Picked.NONE));
      return new ChoiceArbitrary<>(List.of(program), widestUnion(shape), "values of " + name + " at " + revision());
    });
  }

  public List<RuleSite> ruleSites(String operation) {
    return sites(contract.operation(operation)).stream().map(Site::rule).toList();
  }

  /** Invalid inputs breaking one of the sites {@code filter} accepts; each try picks one such site. */
  public Arbitrary<InvalidInput> invalidInput(String operation, Predicate<RuleSite> filter, String what) {
    Operation op = contract.operation(operation);
    References refs = references(op);
    GenBuilder builder = builder(op, refs);
    List<Program<InvalidInput>> programs = new ArrayList<>();
    for (Site site : sites(op)) {
      if (filter.test(site.rule())) {
        Gen gen = builder.root(input(op), site);
        programs.add(source -> {
          Run run = Run.of(source, refs.pick(source));
          ObjectNode doc = (ObjectNode) gen.next(run);
          return new InvalidInput(op.name(), revision(), doc, label(site, run.trace));
        });
      }
    }
    if (programs.isEmpty()) {
      throw new IllegalArgumentException(op.name() + " has no rule site " + what + " at revision " + revision()
          + "; its kinds are " + sites(op).stream().map(s -> s.kind().name()).distinct().toList());
    }
    return new ChoiceArbitrary<>(programs, 0, "invalid " + op.name() + " inputs (" + what + ") at " + revision());
  }

  /**
   * The pointer templates where a domain hook replaces schema-driven generation of valid values ({@code {key}}
   * marks map keys), each with what replaces it: {@code not sent} (the member is left out), {@code reference}
   * or {@code realistic}. There, values are meaningful rather than spread over the whole contract.
   */
  public Map<String, String> hookedPointers(String operation) {
    Operation op = contract.operation(operation);
    References refs = references(op);
    Map<String, String> hooked = new LinkedHashMap<>();
    for (Place place : Templates.of(contract.shapes(), input(op))) {
      Gen g = domain.hook(op, refs, place);
      if (g != null) {
        boolean reference = DomainTable.reference(op, place.pointer()) != null;
        hooked.put(place.pointer(), g instanceof Absent ? "not sent" : reference ? "reference" : "realistic");
      }
    }
    return hooked;
  }

  public String revision() {
    return contract.revision().name();
  }

  /** The valid extremes of every constrained place of the operation's input. */
  public List<Boundary> boundaries(String operation) {
    Operation op = contract.operation(operation);
    return boundaries.computeIfAbsent(op.name(), name -> {
      References refs = references(op);
      return List.copyOf(new BoundaryFinder(contract, op, builder(op, refs), domain, refs).find());
    });
  }

  /** The operation's controls: the base, then as few full ones as host every site and every boundary's place. */
  public List<Control> controls(String operation) {
    Operation op = contract.operation(operation);
    return controls.computeIfAbsent(op.name(), name -> {
      Set<String> places = new LinkedHashSet<>();
      sites(op).forEach(site -> places.add(controlPlace(op.name(), site.rule())));
      boundaries(op.name()).forEach(b -> places.add(b.place()));
      return List.copyOf(planner(op).plan(List.copyOf(places)));
    });
  }

  /** Why no valid input can host {@code place} of the operation, if none can (see {@link ControlPlanner}). */
  public java.util.Optional<String> unreachable(String operation, String place) {
    return unreachable.computeIfAbsent(operation + " " + place,
        k -> planner(contract.operation(operation)).unreachable(place));
  }

  /**
   * The pointer template of a concrete pointer into the operation's input ({@code 0} for any list index,
   * {@code *} for any map key), or empty when it names no place of the input.
   */
  public java.util.Optional<String> template(String operation, String pointer) {
    Shape s = input(contract.operation(operation));
    StringBuilder out = new StringBuilder();
    for (String step : Docs.steps(pointer)) {
      switch (s.kind()) {
        case LIST -> {
          out.append("/0");
          s = contract.shape(s.listMember());
        }
        case MAP -> {
          out.append("/*");
          s = contract.shape(s.mapValue());
        }
        case STRUCTURE, UNION -> {
          if (!s.members().containsKey(step)) {
            return java.util.Optional.empty();
          }
          out.append('/').append(Pointer.escape(step));
          s = contract.shape(s.members().get(step).target());
        }
        default -> {
          return java.util.Optional.empty();
        }
      }
    }
    return java.util.Optional.of(out.toString());
  }

  /** The places (pointer templates) of the operation's input where {@code shape} has {@code member}. */
  public List<String> placesOf(String operation, String shape, String member) {
    return Templates.of(contract.shapes(), input(contract.operation(operation))).stream()
        .filter(p -> p.parent() != null && p.parent().name().equals(shape) && member.equals(p.member()))
        .map(Place::pointer).toList();
  }

  /** The input of the base control (the first of {@link #controls}), without planning the others. */
  public ObjectNode baseInput(String operation) {
    List<Control> planned = controls.get(operation);
    return planned != null ? planned.get(0).input() : planner(contract.operation(operation)).typical(List.of());
  }

  /** The base control with only {@code place} added. */
  public Control alone(String operation, String place) {
    return planner(contract.operation(operation)).alone(place);
  }

  /**
   * The place a site's control must have: the structure a member belongs to, for a missing member, one clients
   * do not send (a related item's generatedId) or a page token (only the server issues one), else the site itself.
   */
  public String controlPlace(String operation, RuleSite site) {
    Operation op = contract.operation(operation);
    boolean token = op.paginator().map(pg -> site.pointer().equals("/" + pg.inputToken())).orElse(false);
    boolean member = site.kind() == BreakKind.MISSING_REQUIRED || token
        || DomainTable.notSent(op, site.pointer());
    return member ? site.pointer().substring(0, site.pointer().lastIndexOf('/')) : site.pointer();
  }

  /** Inputs that are {@code control} with exactly the rule of {@code site} broken. */
  public Arbitrary<InvalidInput> invalidInput(String operation, RuleSite site, Control control) {
    Operation op = contract.operation(operation);
    Site found = sites(op).stream().filter(x -> x.rule().equals(site)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(site + " is not a rule site of " + op.name()));
    if (!control.hosts(controlPlace(operation, site))) {
      throw new IllegalArgumentException("the control '" + control.name() + "' of " + op.name()
          + " does not host " + controlPlace(operation, site));
    }
    Shape host = shapeAt(op, found.path());
    return invalidInput(operation, site::equals, site.toString()).map(inv -> Grafter.graft(control, found, host, inv));
  }

  /** A copy of {@code document} with fresh values where each call needs its own (tokens, unique names). */
  public ObjectNode fresh(String operation, ObjectNode document, Set<String> keep, Random random) {
    return Fresh.values(contract.operation(operation), ctx, document, keep, random);
  }

  private ControlPlanner planner(Operation op) {
    References refs = references(op);
    return new ControlPlanner(contract, op, builder(op, refs), refs);
  }

  /** The shape at a site's path: for a map key break, the map. */
  private Shape shapeAt(Operation op, List<String> path) {
    Shape s = input(op);
    for (String step : path) {
      s = switch (s.kind()) {
        case LIST -> contract.shape(s.listMember());
        case MAP -> contract.shape(s.mapValue());
        default -> s.members().containsKey(step) ? contract.shape(s.members().get(step).target()) : s;
      };
    }
    return s;
  }

  private List<Site> sites(Operation op) {
    return sites.computeIfAbsent(op.name(), name -> {
      GenBuilder builder = builder(op, references(op));
      return new SiteFinder(contract.shapes(), new BreakGens(builder, patterns, contract.shapes()), op)
          .find(input(op));
    });
  }

  private static Label label(Site site, Run.Trace trace) {
    RuleSite r = site.rule();
    String key = r.kind().isKeyBreak() ? trace.brokenKey : null;
    return new Label(r.kind(), Pointer.fill(r.pointer(), trace.keysOnPath), r.rule(), r.constraint(), key, r);
  }

  private GenBuilder builder(Operation op, References refs) {
    return new GenBuilder(contract, domain, op, refs, patterns);
  }

  private References references(Operation op) {
    Set<ReferenceKind> kinds = EnumSet.noneOf(ReferenceKind.class);
    for (Place place : Templates.of(contract.shapes(), input(op))) {
      ReferenceKind k = DomainTable.reference(op, place.pointer());
      if (k != null) {
        kinds.add(k);
      }
    }
    return new References(ctx, kinds, itemTypes());
  }

  private List<String> itemTypes() {
    return contract.shapes().containsKey("ItemType") ? contract.shape("ItemType").enumValues() : ITEM_TYPES;
  }

  private int widestUnion(Shape root) {
    return Templates.of(contract.shapes(), root).stream().map(Place::shape)
        .filter(s -> s.kind() == ShapeKind.UNION).mapToInt(s -> s.members().size())
        .max().orElse(1);
  }

  private Shape input(Operation op) {
    return contract.shape(op.input());
  }
}
