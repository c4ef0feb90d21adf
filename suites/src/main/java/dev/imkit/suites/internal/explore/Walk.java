package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A walk through a list page by page, spread over steps of a sequence with other steps in between: the input of
 * its first page (with symbols), each side's next token, the sequence's resources each side's pages showed, the
 * resources that existed when it began, and whether the sequence wrote anything while it went on.
 */
final class Walk {
  private final int number;
  private final String operation;
  private final ObjectNode input;
  private final Map<Side, String> tokens = new EnumMap<>(Side.class);
  private final Map<Side, Boolean> ended = new EnumMap<>(Side.class);
  private final Map<Side, Boolean> refused = new EnumMap<>(Side.class);
  private final Map<Side, List<String>> seen = new EnumMap<>(Side.class);
  private final Set<String> before;
  private final int firstStep;
  private int pages;

  Walk(int number, String operation, ObjectNode input, Set<String> before, int firstStep) {
    this.number = number;
    this.operation = operation;
    this.input = input;
    this.before = Set.copyOf(before);
    this.firstStep = firstStep;
    for (Side s : Side.values()) {
      seen.put(s, new ArrayList<>());
      ended.put(s, false);
      refused.put(s, false);
    }
  }

  int number() {
    return number;
  }

  String operation() {
    return operation;
  }

  /** The first page's input, with symbols. */
  ObjectNode input() {
    return input;
  }

  /** The step that asked for the first page. */
  int firstStep() {
    return firstStep;
  }

  /** The sequence's resources (symbols or values) that existed when the walk began. */
  Set<String> before() {
    return before;
  }

  /** The token {@code side} asks for its next page with; null after its last page. */
  String token(Side side) {
    return tokens.get(side);
  }

  boolean ended(Side side) {
    return ended.get(side);
  }

  /** Whether a page of {@code side}'s walk was refused (which ended it). */
  boolean refused(Side side) {
    return refused.get(side);
  }

  /** Whether both sides have had their last page (or a page was refused). */
  boolean over() {
    return ended(Side.TARGET) && ended(Side.REFERENCE);
  }

  /** Records a page {@code side} answered: its resources, its next token (null: the last page). */
  void page(Side side, List<String> resources, String next, boolean refused) {
    seen.get(side).addAll(resources);
    tokens.put(side, next);
    ended.put(side, refused || next == null);
    this.refused.put(side, refused);
    if (side == Side.TARGET) {
      pages++;
    }
  }

  /** What {@code side}'s pages showed of the sequence's resources, in order (a repeat shows twice). */
  List<String> seen(Side side) {
    return seen.get(side);
  }

  /** Pages of the target so far. */
  int pages() {
    return pages;
  }

  /** How the walk's next page appears in a step: the first page's input with a symbolic token. */
  ObjectNode nextInput(String tokenMember) {
    ObjectNode next = input.deepCopy();
    next.put(tokenMember, "⟨page " + (pages + 1) + " of walk " + number + "⟩");
    return next;
  }
}
