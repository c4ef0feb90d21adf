package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Shape;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges what a read shows of the sequence's resources, both sides' answers in symbols: a Get's resource member
 * by member, a list's resources (each as many times as the reference lists it, and their members), a resource's
 * tags.
 */
final class ReadOracle {
  /** The prefix of the key of an item that is not the sequence's. */
  static final String OTHER = "other:";
  private final Contract contract;
  private final Facts facts;
  private final Members members;

  ReadOracle(Contract contract, Facts facts) {
    this.contract = contract;
    this.facts = facts;
    this.members = new Members(contract, facts);
  }

  /** Throws a {@link Divergence} when the target shows the sequence's resources otherwise than the reference. */
  void judge(Step step, Prepared prepared, Model model) {
    Facts.Read read = facts.op(step.operation()).read();
    if (read == null) {
      return;
    }
    if (read.tags() != null) {
      tags(step, Rewrites.taggable(prepared.named()), model, read.tags());
    } else if (read.isList()) {
      list(step, model, read);
    } else {
      get(step, prepared.named(read.kind()), model, read);
    }
  }

  private void get(Step step, Handle resource, Model model, Facts.Read read) {
    JsonNode r = at(Wire.symbolic(body(step.last(Side.REFERENCE)), model, Side.REFERENCE), read.root());
    JsonNode t = at(Wire.symbolic(body(step.last(Side.TARGET)), model, Side.TARGET), read.root());
    String shape = rootShape(step.operation(), read.root());
    members.first(shape, r, t, resource.written()).ifPresent(d -> {
      throw member(step, resource, d);
    });
  }

  private void list(Step step, Model model, Facts.Read read) {
    Shape item = contract.shape(contract.shape(rootShape(step.operation(), read.items())).listMember());
    Map<String, List<JsonNode>> r = own(items(step, Side.REFERENCE, model, read), item, model, read);
    Map<String, List<JsonNode>> t = own(items(step, Side.TARGET, model, read), item, model, read);
    Map<String, Boolean> keys = new LinkedHashMap<>();
    r.keySet().forEach(k -> keys.put(k, true));
    t.keySet().forEach(k -> keys.put(k, true));
    for (String key : keys.keySet()) {
      int rc = r.getOrDefault(key, List.of()).size();
      int tc = t.getOrDefault(key, List.of()).size();
      if (rc != tc) {
        Handle h = handleOf(key, step.operation(), model, read);
        String what = rc == 0 ? "extra" : tc == 0 ? "missing" : "repeated";
        String cause = h == null || what.equals("repeated") ? step.operation()
            : !h.live() && !h.goneBy().isEmpty() ? h.goneBy() : h.lastWriter();
        cause = cause.isEmpty() ? step.operation() : cause;
        throw StatusOracle.diverge(Comparison.LISTED, Level.MUST, step, cause, what, (h == null ? "the item " + key
            : h.symbol() + " (" + h.story() + ")") + " is listed " + tc + " time(s) by the target, " + rc
            + " by the reference");
      }
    }
    for (Map.Entry<String, List<JsonNode>> e : r.entrySet()) {
      Handle h = handleOf(e.getKey(), step.operation(), model, read);
      members.first(item.name(), e.getValue().get(0), t.get(e.getKey()).get(0),
          h == null || read.byValue() ? null : h.written())
          .ifPresent(d -> {
            throw member(step, h, d);
          });
    }
  }

  private void tags(Step step, Handle resource, Model model, String member) {
    Map<String, String> r = tagMap(Wire.symbolic(body(step.last(Side.REFERENCE)), model, Side.REFERENCE), member);
    Map<String, String> t = tagMap(Wire.symbolic(body(step.last(Side.TARGET)), model, Side.TARGET), member);
    if (!r.equals(t)) {
      throw StatusOracle.diverge(Comparison.TAGS, Level.MUST, step, resource.tagsBy(),
          resource.kind().label().replace(' ', '-'),
          resource.symbol() + " (" + resource.story() + ") has the tags " + t + " on the target, " + r
              + " on the reference");
    }
  }

  private Map<String, String> tagMap(JsonNode answer, String member) {
    Map<String, String> tags = new TreeMap<>();
    answer.path(member).fields().forEachRemaining(e -> {
      if (!facts.reservedTag(e.getKey())) {
        tags.put(e.getKey(), e.getValue().asText());
      }
    });
    return tags;
  }

  /** The items of every page {@code side} answered, in symbols. */
  private List<JsonNode> items(Step step, Side side, Model model, Facts.Read read) {
    List<JsonNode> items = new ArrayList<>();
    for (Exchange page : side == Side.TARGET ? step.target() : step.reference()) {
      Wire.symbolic(body(page), model, side).path(read.items()).forEach(items::add);
    }
    return items;
  }

  /** The sequence's resources among {@code items}, by symbol (or, for values the client chose, by value). */
  Map<String, List<JsonNode>> own(List<JsonNode> items, Shape item, Model model, Facts.Read read) {
    Map<String, List<JsonNode>> own = new LinkedHashMap<>();
    for (JsonNode i : items) {
      JsonNode id = read.identity().isEmpty() ? i : i.path(read.identity());
      String key;
      if (read.byValue()) {
        key = members.canonical(contract.shape(item.members().get(read.identity()).target()), id);
      } else {
        Handle h = id.isTextual() ? model.bySymbol(id.textValue()) : null;
        key = h != null && h.kind() == read.kind() ? h.symbol() : null;
      }
      if (key != null) {
        own.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return own;
  }

  /**
   * The keys of the items on one page, in order: a resource of the sequence by its key ({@link #own}), any other
   * item by its identifier as given, prefixed {@value #OTHER}.
   */
  List<String> keys(String operation, JsonNode page, Model model, Facts.Read read) {
    Shape item = contract.shape(contract.shape(rootShape(operation, read.items())).listMember());
    List<String> keys = new ArrayList<>();
    for (JsonNode i : page.path(read.items())) {
      Map<String, List<JsonNode>> own = own(List.of(i), item, model, read);
      JsonNode id = read.identity().isEmpty() ? i : i.path(read.identity());
      keys.add(own.isEmpty() ? OTHER + id.asText(id.toString()) : own.keySet().iterator().next());
    }
    return keys;
  }

  /** The resource of the sequence a list shows with {@code key} (the latest with that value), or null. */
  Handle handleOf(String key, String operation, Model model, Facts.Read read) {
    if (!read.byValue()) {
      return model.bySymbol(key);
    }
    Handle found = null;
    for (Handle h : model.all(read.kind())) {
      if (key.equals(key(operation, h, read))) {
        found = h;
      }
    }
    return found;
  }

  /** The key of a resource of the sequence as lists show it: its symbol, or the value that identifies it. */
  String key(String operation, Handle h, Facts.Read read) {
    if (!read.byValue()) {
      return h.symbol();
    }
    Shape item = contract.shape(contract.shape(rootShape(operation, read.items())).listMember());
    return members.canonical(contract.shape(item.members().get(read.identity()).target()), h.value());
  }

  /** The name of the shape at {@code member} of the operation's output ({@code ""}: the output itself). */
  String rootShape(String operation, String member) {
    Shape output = contract.shape(contract.operation(operation).output());
    return member == null || member.isEmpty() ? output.name() : output.members().get(member).target();
  }

  private static Divergence member(Step step, Handle h, Members.Difference d) {
    String who = h == null ? "an item" : h.symbol() + " (" + h.story() + ")";
    String wrote = d.level() == Level.MUST ? ", a member the sequence wrote" : "";
    String cause = h != null && d.level() == Level.MUST ? h.writer(d.path()) : step.operation();
    return new Divergence(Comparison.MEMBER, d.level(), cause, d.idPath(), step.operation() + " (step "
        + step.number() + "): " + who + " at " + d.path() + wrote + ": the target reads " + shown(d.target())
        + ", the reference " + shown(d.reference()), step, StatusOracle.answers(step));
  }

  private static String shown(JsonNode value) {
    return Members.empty(value) ? "nothing" : Step.shortly(value.toString());
  }

  private static JsonNode at(JsonNode answer, String root) {
    return root == null || root.isEmpty() ? answer : answer.path(root);
  }

  static JsonNode body(Exchange answer) {
    JsonNode json = answer == null ? null : answer.jsonOrNull();
    return json == null ? Draws.object() : json;
  }
}
