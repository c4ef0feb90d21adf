package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What exploration knows of the operations beyond the catalogue, read once from {@code imkit/explore/operations.json}:
 * weights, the resources an input names, what a call creates, deletes and writes, and how reads show resources.
 */
final class Facts {
  private static final String FILE = "/imkit/explore/operations.json";
  private static final Facts LOADED = load();

  /** What one operation does to, and shows of, the resources of a sequence. */
  record Op(String name, int weight, List<Set<Kind>> needs, Creates creates, Kind deletes, Writes writes, Read read,
      List<ObjectNode> filters, boolean exclusive) {
  }

  /** A call that creates a resource of {@code kind}; its answer's {@code id} member identifies it. */
  record Creates(Kind kind, String id, Kind parent) {
  }

  /** Input members (paths, {@code /}-separated) and the paths of the resource they set; {@code always}: set anyway. */
  record Writes(Kind kind, Map<String, String> members, List<String> always) {
  }

  /**
   * How a read shows resources of {@code kind}: a Get's resource at {@code root} (empty: the whole answer), a list's
   * {@code items} identified by the member {@code identity} (empty: the item itself; {@code byValue}: a value the
   * client chose, else an identifier the server chose), or a resource's {@code tags} map.
   */
  record Read(Kind kind, String root, String items, String identity, boolean byValue, String tags) {
    boolean isList() {
      return items != null;
    }
  }

  private final Map<String, Op> operations;
  private final Set<String> serverChosen;
  private final Set<String> reservedTagKeys;
  private final List<String> reservedTagPrefixes;

  private Facts(Map<String, Op> operations, Set<String> serverChosen, Set<String> reservedTagKeys,
      List<String> reservedTagPrefixes) {
    this.operations = operations;
    this.serverChosen = serverChosen;
    this.reservedTagKeys = reservedTagKeys;
    this.reservedTagPrefixes = reservedTagPrefixes;
  }

  static Facts get() {
    return LOADED;
  }

  /** Every operation with facts, in the file's order. */
  Map<String, Op> operations() {
    return operations;
  }

  Op op(String name) {
    Op op = operations.get(name);
    if (op == null) {
      throw new IllegalArgumentException("no exploration facts for " + name);
    }
    return op;
  }

  /** Whether {@code Shape.member} is chosen by the server (never compared). */
  boolean serverChosen(String shape, String member) {
    return serverChosen.contains(shape + "." + member);
  }

  /** Whether a tag key is one no sequence writes (a live run's own tag, AWS's prefix). */
  boolean reservedTag(String key) {
    return reservedTagKeys.contains(key) || reservedTagPrefixes.stream().anyMatch(key::startsWith);
  }

  private static Facts load() {
    try (InputStream in = Facts.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Op> ops = new LinkedHashMap<>();
      root.path("operations").fields().forEachRemaining(e -> ops.put(e.getKey(), op(e.getKey(), e.getValue())));
      Set<String> chosen = Set.copyOf(texts(root.path("serverChosen").path("members")));
      JsonNode tags = root.path("reservedTagKeys");
      return new Facts(Map.copyOf(ops), chosen, Set.copyOf(texts(tags.path("keys"))), texts(tags.path("prefixes")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  private static Op op(String name, JsonNode o) {
    List<Set<Kind>> needs = new ArrayList<>();
    for (JsonNode n : o.path("needs")) {
      needs.add(n.asText().equals("taggable") ? EnumSet.of(Kind.PLAN, Kind.INCIDENT)
          : EnumSet.of(Kind.named(n.asText())));
    }
    JsonNode c = o.path("creates");
    Creates creates = c.isMissingNode() ? null : new Creates(Kind.named(c.path("kind").asText()),
        c.path("id").asText(), c.has("parent") ? Kind.named(c.path("parent").asText()) : null);
    JsonNode w = o.path("writes");
    Writes writes = null;
    if (!w.isMissingNode()) {
      Map<String, String> members = new LinkedHashMap<>();
      w.path("members").fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue().asText()));
      writes = new Writes(Kind.named(w.path("kind").asText()), members, texts(w.path("always")));
    }
    JsonNode r = o.path("read");
    Read read = r.isMissingNode() ? null : new Read(r.has("kind") ? Kind.named(r.path("kind").asText()) : null,
        r.has("root") ? r.path("root").asText() : null, r.has("items") ? r.path("items").asText() : null,
        r.path("identity").asText(""), r.path("byValue").asBoolean(false),
        r.has("tags") ? r.path("tags").asText() : null);
    List<ObjectNode> filters = new ArrayList<>();
    o.path("filters").forEach(f -> filters.add((ObjectNode) f));
    return new Op(name, o.path("weight").asInt(1), List.copyOf(needs), creates,
        o.has("deletes") ? Kind.named(o.path("deletes").asText()) : null, writes, read, List.copyOf(filters),
        o.path("exclusive").asBoolean(false));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }
}
