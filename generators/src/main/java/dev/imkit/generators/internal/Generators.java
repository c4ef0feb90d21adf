package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
