package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Advisory;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.List;

/** The state of one validation: where in the document it is, and what it found so far. */
final class Walk {
  private final ArrayList<Object> path = new ArrayList<>();
  private List<Violation> violations;
  private List<Advisory> advisories;

  void enter(String member) {
    path.add(member);
  }

  void enter(int index) {
    path.add(index);
  }

  void leave() {
    path.remove(path.size() - 1);
  }

  /** The JSON pointer of the current position. */
  String pointer() {
    return Pointers.of(path);
  }

  void violation(Rule rule, Shape shape, JsonNode value) {
    add(Messages.violation(pointer(), rule, shape, value, null, List.of()));
  }

  void keyViolation(Rule rule, Shape keyShape, JsonNode key) {
    add(Messages.violation(pointer(), rule, keyShape, key, key.asText(), List.of()));
  }

  void add(Violation v) {
    if (violations == null) {
      violations = new ArrayList<>(4);
    }
    violations.add(v);
  }

  void advisory(Advisory.Kind kind, String member, String message) {
    if (advisories == null) {
      advisories = new ArrayList<>(2);
    }
    advisories.add(new Advisory(Pointers.child(pointer(), member), kind, message));
  }

  ValidationReport report() {
    return new ValidationReport(violations == null ? List.of() : violations,
        advisories == null ? List.of() : advisories);
  }
}
