package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * What a step was drawn as, before it meets the state of its sequence: a call of an operation (or the first or
 * next page of a walk), a valid input from the generators with placeholders where it names resources, and
 * choices that pick which resources and slots it uses when it runs (so a shrunk sequence still names resources
 * that exist in it).
 *
 * @param move a call, or the first or the next page of a walk page by page
 * @param operation the operation (for the next page: none, the walk knows it)
 * @param input a valid input with the placeholders of the resource kinds
 * @param choices non-negative numbers the step picks with
 */
record Draw(Move move, String operation, ObjectNode input, int[] choices) {

  /** What the step does. */
  enum Move { CALL, FIRST_PAGE, NEXT_PAGE }

  /** The {@code i}-th choice (0 when there are fewer). */
  int choice(int i) {
    return i < choices.length ? choices[i] : 0;
  }

  @Override
  public String toString() {
    return move + " " + operation + " " + Step.shortly(input.toString()) + " " + Arrays.toString(choices);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Draw d && d.move == move && d.operation.equals(operation) && d.input.equals(input)
        && Arrays.equals(d.choices, choices);
  }

  @Override
  public int hashCode() {
    return operation.hashCode() * 31 + Arrays.hashCode(choices);
  }
}
