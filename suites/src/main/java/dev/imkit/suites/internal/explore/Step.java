package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import java.util.List;

/**
 * One step of a sequence as it ran: its number (from 1), the operation, the input with symbols for what the
 * sequence created and for the values unique to the run, and what each side was sent and answered (several
 * exchanges for a walk through pages).
 */
record Step(int number, String operation, ObjectNode input, List<Exchange> target, List<Exchange> reference) {

  /** The exchange a verdict on this step rests on: the last one (a failing page ends a walk). */
  Exchange last(Side side) {
    List<Exchange> calls = side == Side.TARGET ? target : reference;
    return calls.isEmpty() ? null : calls.get(calls.size() - 1);
  }

  /** {@code 3. DeleteResponsePlan {"arn":"⟨plan 1⟩"} -> target 204, reference 204}. */
  String line() {
    return number + ". " + operation + " " + shortly(input.toString()) + " -> target " + statuses(target)
        + ", reference " + statuses(reference);
  }

  private static String statuses(List<Exchange> calls) {
    if (calls.isEmpty()) {
      return "(not sent)";
    }
    StringBuilder s = new StringBuilder();
    for (Exchange x : calls) {
      s.append(s.length() == 0 ? "" : ",").append(x.status()).append(x.errorType().map(e -> " " + e).orElse(""));
    }
    return s.toString();
  }

  static String shortly(String text) {
    return dev.imkit.suites.internal.run.Texts.oneLine(text, 240);
  }
}
