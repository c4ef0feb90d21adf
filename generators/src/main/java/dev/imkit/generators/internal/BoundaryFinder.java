package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.generators.api.Boundary;
import dev.imkit.generators.api.Edge;
import dev.imkit.generators.api.EdgeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Documented;
import dev.imkit.schemas.api.DocumentedFilter;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The valid extremes of every constrained place of an operation's input. Places whose values the documentation
 * ties to something beyond their shape are left out: references to existing resources, tokens and ARNs of other
 * services (their length says nothing of what a server accepts), and the places {@link DomainTable} marks as
 * depending on the target's state. A related item's type and value are varied together, so each pair fits.
 */
final class BoundaryFinder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Lists and maps larger than this are not filled to their maximum: no such limit exists in this contract. */
  private static final int LARGEST = 500;

  private final Contract contract;
  private final Operation op;
  private final GenBuilder builder;
  private final Domain domain;
  private final References refs;

  BoundaryFinder(Contract contract, Operation op, GenBuilder builder, Domain domain, References refs) {
    this.contract = contract;
    this.op = op;
    this.builder = builder;
    this.domain = domain;
    this.refs = refs;
  }

  List<Boundary> find() {
    List<Boundary> out = new ArrayList<>();
    for (Place p : Templates.of(contract.shapes(), contract.shape(op.input()))) {
      if (p.pointer().isEmpty() || skipped(p)) {
        continue;
      }
      boundary(p).ifPresent(out::add);
    }
    return out;
  }

  private boolean skipped(Place p) {
    String pointer = p.pointer().replace("/{key}", "");
    if (!Documented.filters(op.name()).isEmpty() && pointer.startsWith("/filters/0/")) {
      return true;
    }
    if (DomainTable.stateful(op, p.pointer()) || DomainTable.notSent(op, pointer)
        || DomainTable.idempotencyToken(op, pointer) || DomainTable.reference(op, pointer) != null
        || dev.imkit.schemas.api.Resources.reference(op.name(), pointer).isPresent()) {
      return true;
    }
    boolean query = !p.pointer().isEmpty() && op.query().containsKey(Docs.steps(p.pointer()).get(0));
    return query && p.shape().kind() == ShapeKind.LIST && p.shape().min().orElse(0) == 0;
  }

  private java.util.Optional<Boundary> boundary(Place p) {
    Shape s = p.shape();
    if (p.parent() != null && p.parent().name().equals("ItemIdentifier")) {
      return identifier(p);
    }
    if (s.name().equals("Filter") && !Documented.filters(op.name()).isEmpty()) {
      return filters(p);
    }
    List<Edge> edges = new ArrayList<>();
    EdgeKind kind;
    switch (s.kind()) {
      case STRING -> {
        if (p.pointer().endsWith("/{key}")) {
          kind = EdgeKind.KEY_LENGTH;
        } else {
          kind = EdgeKind.LENGTH;
        }
        if (s.min().isEmpty() && s.max().isEmpty() || !lengthJudged(p)) {
          return java.util.Optional.empty();
        }
        lengths(p, edges);
      }
      case ENUM -> {
        kind = EdgeKind.ENUM;
        s.enumValues().forEach(v -> edges.add(new Edge(v, TextNode.valueOf(v))));
      }
      case INTEGER -> {
        kind = EdgeKind.RANGE;
        s.min().ifPresent(v -> edges.add(new Edge(v + " (the minimum)", IntNode.valueOf((int) v))));
        s.max().ifPresent(v -> edges.add(new Edge(v + " (the maximum)", IntNode.valueOf((int) v))));
      }
      case UNION -> {
        kind = EdgeKind.UNION;
        for (Member m : s.members().values()) {
          ObjectNode union = JSON.objectNode();
          union.set(m.name(), typical(builder.child(p, m), 0));
          edges.add(new Edge("member " + m.name(), union));
        }
      }
      case LIST -> {
        kind = EdgeKind.ITEMS;
        sizes(p, edges, false);
      }
      case MAP -> {
        kind = EdgeKind.ENTRIES;
        sizes(p, edges, true);
      }
      default -> {
        return java.util.Optional.empty();
      }
    }
    edges.removeIf(e -> !valid(s, kind, e.value()));
    return edges.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new Boundary(op.name(), p.pointer(), kind, constraint(s, kind), s.name(), edges));
  }

  /** Strings whose length is the rule: free text, names, patterns; not ARNs of other services or regions. */
  private boolean lengthJudged(Place p) {
    Gen hooked = domain.hook(op, refs, new Place(p.shape(), p.pointer(), p.parent(), p.member()));
    return hooked == null || domain.sized(p, 0, 1) != null || DomainTable.uniqueName(op, p.pointer());
  }

  /**
   * The shortest and longest strings. A name that must be unique per call keeps its shortest edge only when that
   * leaves room for a unique value (8 characters).
   */
  private void lengths(Place p, List<Edge> edges) {
    Shape s = p.shape();
    int lo = (int) s.min().orElse(0);
    long hi = s.max().orElse(-1);
    if (!DomainTable.uniqueName(op, p.pointer()) || lo >= 8) {
      add(edges, lo == 0 ? "an empty string" : characters(lo) + " (the minimum)", string(p, lo), lo);
    }
    if (hi > lo && hi <= 1_000_000) {
      add(edges, characters((int) hi) + " (the maximum)", string(p, (int) hi), (int) hi);
    }
  }

  private static void add(List<Edge> edges, String label, JsonNode value, int length) {
    if (value != null && value.isTextual() && value.asText().codePointCount(0, value.asText().length()) == length) {
      edges.add(new Edge(label, value));
    }
  }

  private static String characters(int n) {
    return n + (n == 1 ? " character" : " characters");
  }

  /** A valid string of exactly {@code length} code points for the place, or null if none can be made. */
  private JsonNode string(Place p, int length) {
    Gen sized = domain.sized(p, length, length);
    Shape s = p.shape();
    if (sized == null && s.pattern().isPresent()
        && !PatternCache.SHARED.matchable(s.pattern().get(), length, length)) {
      return null;
    }
    Gen gen = sized != null ? sized : builder.string(s, length, length);
    try {
      return gen.next(run(length));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void sizes(Place p, List<Edge> edges, boolean map) {
    Shape s = p.shape();
    int lo = (int) s.min().orElse(0);
    long hi = s.max().orElse(-1);
    String unit = map ? "entries" : "items";
    edges.add(new Edge(lo == 0 ? (map ? "no entries (an empty map)" : "no items (an empty list)")
        : lo + " " + unit + " (the minimum)", container(p, lo, map)));
    if (hi > lo && hi <= LARGEST) {
      edges.add(new Edge(hi + " " + unit + " (the maximum)", container(p, (int) hi, map)));
    }
  }

  /** A list or map of {@code n} typical elements (distinct where the shape asks, and map keys always). */
  private JsonNode container(Place p, int n, boolean map) {
    Set<JsonNode> seen = new HashSet<>();
    Place element = map ? builder.entry(p) : builder.item(p);
    ObjectNode object = JSON.objectNode();
    ArrayNode array = JSON.arrayNode();
    for (int i = 0; i < n; i++) {
      if (map) {
        Gen key = builder.valid(builder.key(p), 0, true);
        object.set(Distinct.next(key, varied(i), seen, "keys of " + p.shape().name()).asText(), typical(element, i));
      } else if (p.shape().uniqueItems()) {
        array.add(Distinct.next(builder.valid(element, 0, true), varied(i), seen, "items of " + p.shape().name()));
      } else {
        array.add(typical(element, i));
      }
    }
    return map ? object : array;
  }

  /** A related item's identifier, its type and value varied together: every type with a value that fits it. */
  private java.util.Optional<Boundary> identifier(Place p) {
    String identifier = p.pointer().substring(0, p.pointer().lastIndexOf('/'));
    Shape types = contract.shape("ItemIdentifier");
    Shape values = contract.shape(types.members().get("value").target());
    List<Edge> edges = new ArrayList<>();
    EdgeKind kind;
    if ("type".equals(p.member())) {
      kind = EdgeKind.ENUM;
      for (String type : p.shape().enumValues()) {
        fitting(values, type).ifPresent(member -> edges.add(new Edge(type, pair(identifier, values, type, member))));
      }
    } else if ("value".equals(p.member())) {
      kind = EdgeKind.UNION;
      for (String member : values.members().keySet()) {
        List<String> fits = new ArrayList<>(ItemIdentifierGen.TYPES_BY_VALUE.getOrDefault(member, List.of()));
        fits.retainAll(contract.shape("ItemType").enumValues());
        if (!fits.isEmpty()) {
          edges.add(new Edge("member " + member + " (type " + fits.get(0) + ")",
              pair(identifier, values, fits.get(0), member)));
        }
      }
    } else {
      return java.util.Optional.empty();
    }
    Shape shape = "type".equals(p.member()) ? p.shape() : values;
    edges.removeIf(e -> !contract.validator().shape("ItemIdentifier", e.value()).valid());
    return edges.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Boundary(op.name(), identifier,
        kind, constraint(shape, kind), shape.name(), edges));
  }

  /** Each documented filter key, with a condition and values that fit it. */
  private java.util.Optional<Boundary> filters(Place p) {
    List<DocumentedFilter> keys = Documented.filters(op.name());
    FilterGen gen = new FilterGen(keys, new TextGen(1, 40));
    List<Edge> edges = new ArrayList<>();
    for (DocumentedFilter key : keys) {
      edges.add(new Edge("key " + key.key(), gen.forKey(key, run(key.key().hashCode()))));
    }
    edges.removeIf(e -> !contract.validator().shape("Filter", e.value()).valid());
    return java.util.Optional.of(new Boundary(op.name(), p.pointer(), EdgeKind.ENUM,
        "documented keys: " + String.join(", ", keys.stream().map(DocumentedFilter::key).toList()), "Filter",
        edges));
  }

  private java.util.Optional<String> fitting(Shape values, String type) {
    for (Map.Entry<String, List<String>> e : ItemIdentifierGen.TYPES_BY_VALUE.entrySet()) {
      if (e.getValue().contains(type) && values.members().containsKey(e.getKey())) {
        return java.util.Optional.of(e.getKey());
      }
    }
    return java.util.Optional.empty();
  }

  private JsonNode pair(String identifier, Shape values, String type, String member) {
    Place valuePlace = new Place(values, identifier + "/value", contract.shape("ItemIdentifier"), "value");
    ObjectNode o = JSON.objectNode().put("type", type);
    ObjectNode value = o.putObject("value");
    value.set(member, typical(builder.child(valuePlace, values.members().get(member)), 0));
    return o;
  }

  private JsonNode typical(Place p, int salt) {
    return builder.valid(p, 0, true).next(run(salt));
  }

  /** Varied valid values, for keys and items that must differ from each other (typical ones are all alike). */
  private Run varied(long salt) {
    Source source = Source.random(new Random(0x5EEDL ^ op.name().hashCode() ^ (salt * 0x9E3779B97F4A7C15L)));
    return Run.of(source, refs.pick(source));
  }

  private Run run(long salt) {
    Source source = Source.typical(0x5EEDL ^ op.name().hashCode() ^ (salt * 0x9E3779B97F4A7C15L));
    return Run.of(source, refs.pick(source));
  }

  private boolean valid(Shape s, EdgeKind kind, JsonNode value) {
    return contract.validator().shape(s.name(), value).valid();
  }

  private static String constraint(Shape s, EdgeKind kind) {
    return switch (kind) {
      case ENUM -> String.join(", ", s.enumValues());
      case UNION -> "one of " + String.join(", ", s.members().keySet());
      default -> s.min().orElse(0) + ".." + (s.max().isPresent() ? String.valueOf(s.max().getAsLong()) : "");
    };
  }
}
