package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.schemas.api.Rule;
import org.apiguardian.api.API;

/**
 * One place in an operation's input where one rule can be broken, e.g. {@code TOO_LONG} at {@code /title}.
 * Pointers are templates: list items are item {@code 0}, and a map's values are {@code *} (the concrete key
 * is only known in a generated document, see {@link Label#pointer()}).
 *
 * @param pointer the JSON pointer template of the value broken (for a missing member, where it should be; for
 *     a map key, the map)
 * @param kind how the rule is broken
 * @param constraint the rule as the contract states it, e.g. {@code 1..5}, a pattern or the enum values,
 *     written as the schemas validator writes {@code Violation.constraint()}
 * @param shape the shape whose rule it is (for a map key, the key shape)
 * @param binding where the top-level member containing the site travels
 */
@API(status = EXPERIMENTAL)
public record RuleSite(String pointer, BreakKind kind, String constraint, String shape, Binding binding) {

  /** The schemas rule broken at this site. */
  public Rule rule() {
    return kind.rule();
  }

  @Override
  public String toString() {
    return kind + " at " + (pointer.isEmpty() ? "/" : pointer) + " (" + shape + ": " + constraint + ")";
  }
}
