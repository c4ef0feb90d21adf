package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A resource of a sequence, by its symbol ({@code ⟨plan 2⟩}): the identifier each side gave it, whether it still
 * exists (as the reference says), the paths of it the sequence wrote, and the tag keys it set.
 */
final class Handle {
  private final Kind kind;
  private final int number;
  private final Handle parent;
  private final Map<Side, String> ids = new EnumMap<>(Side.class);
  private final Set<String> written = new LinkedHashSet<>();
  private final Set<String> tagKeys = new LinkedHashSet<>();
  private final JsonNode value;
  private final String nameSlot;
  private final Map<String, String> writtenBy = new java.util.HashMap<>();
  private boolean live = true;
  private int createdAt;
  private int goneAt;
  private String createdBy = "";
  private String goneBy = "";
  private String tagsBy = "";
  private String lastWriter = "";
  private boolean shared;
  private int touched;

  Handle(Kind kind, int number, Handle parent, JsonNode value, String nameSlot) {
    this.kind = kind;
    this.number = number;
    this.parent = parent;
    this.value = value;
    this.nameSlot = nameSlot;
  }

  Kind kind() {
    return kind;
  }

  Handle parent() {
    return parent;
  }

  /** How steps and messages name it: {@code ⟨plan 2⟩}. */
  String symbol() {
    return "⟨" + kind.label() + " " + number + "⟩";
  }

  /** The identifier {@code side} gave it, or null. */
  String id(Side side) {
    return ids.get(side);
  }

  void id(Side side, String id) {
    ids.put(side, id);
  }

  /** For resources a client identifies (related items): the identifying value, symbols in it. */
  JsonNode value() {
    return value;
  }

  /** The name slot of a plan ({@code ⟨name 1⟩}), so a later plan can take the same name; else null. */
  String nameSlot() {
    return nameSlot;
  }

  boolean live() {
    return live && (parent == null || parent.live());
  }

  /** Marks it deleted by step {@code step}, a call of {@code operation} (as the reference says). */
  void gone(int step, String operation) {
    live = false;
    goneAt = step;
    goneBy = operation;
  }

  void createdAt(int step, String operation) {
    createdAt = step;
    createdBy = operation;
    touched = step;
  }

  /** Records that step {@code step} changed it (created, wrote, tagged). */
  void touch(int step) {
    touched = Math.max(touched, step);
  }

  /** The last step that changed it (0: none of this sequence). */
  int touched() {
    return touched;
  }

  /** The operation that deleted it, or its parent (the cause of a finding about it), else empty. */
  String goneBy() {
    return !goneBy.isEmpty() || parent == null ? goneBy : parent.goneBy();
  }

  /** Marks it a resource of the backdrop: every sequence reads it, none changes it. */
  void share() {
    shared = true;
  }

  /** Whether it belongs to the backdrop (no step may change it). */
  boolean shared() {
    return shared;
  }

  /** Records that {@code operation} wrote {@code path}. */
  void wrote(String path, String operation) {
    written.add(path);
    writtenBy.put(path, operation);
    lastWriter = operation;
  }

  /** The operation that last wrote it, else the one that created it. */
  String lastWriter() {
    return lastWriter.isEmpty() ? createdBy : lastWriter;
  }

  /** The operation that last wrote {@code path} (or a whole or part of it), else the one that created it. */
  String writer(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    String found = null;
    int longest = -1;
    for (Map.Entry<String, String> w : writtenBy.entrySet()) {
      String k = w.getKey();
      boolean related = p.equals(k) || p.startsWith(k + "/") || k.startsWith(p + "/");
      if (related && k.length() > longest) {
        found = w.getValue();
        longest = k.length();
      }
    }
    return found != null ? found : createdBy;
  }

  /** The operation that last set its tags, else the one that created it. */
  String tagsBy() {
    return tagsBy.isEmpty() ? createdBy : tagsBy;
  }

  void tagsBy(String operation) {
    tagsBy = operation;
  }

  /** The step that created it (0: there before the sequence). */
  int createdAt() {
    return createdAt;
  }

  /** Its story in a few words, e.g. {@code created by step 1, deleted by step 3}. */
  String story() {
    String made = shared ? "the backdrop's" : createdAt == 0 ? "there before the sequence"
        : "created by step " + createdAt;
    if (goneAt > 0) {
      return made + ", deleted by step " + goneAt;
    }
    return parent != null && !parent.live() ? made + ", its " + parent.kind().label() + " deleted" : made;
  }

  /** The paths of this resource the sequence wrote (read back at MUST level). */
  Set<String> written() {
    return written;
  }

  /** The tag keys the sequence set on it and did not remove. */
  Set<String> tagKeys() {
    return tagKeys;
  }

  @Override
  public String toString() {
    return symbol();
  }
}
