package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Violation;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one rule an invalid input breaks, as a validator reports it: the same pointer, rule, constraint and map
 * key as the expected {@link Violation}.
 *
 * @param kind how the rule is broken
 * @param pointer the concrete JSON pointer of the violation (map keys filled in, RFC 6901 escaped)
 * @param rule the schemas rule
 * @param constraint the rule as the contract states it, e.g. {@code 1..5}
 * @param mapKey for a broken map key, the key; else {@code null}
 * @param site the rule site this input was generated for
 */
@API(status = EXPERIMENTAL)
public record Label(BreakKind kind, String pointer, Rule rule, String constraint, String mapKey, RuleSite site) {

  /** The broken map key, if the break is in a key. */
  public Optional<String> key() {
    return Optional.ofNullable(mapKey);
  }

  /** Whether {@code v} is this label's violation: same pointer, rule and map key. */
  public boolean matches(Violation v) {
    return pointer.equals(v.pointer()) && rule == v.rule() && Objects.equals(mapKey, v.mapKey());
  }

  @Override
  public String toString() {
    return kind + " at '" + (pointer.isEmpty() ? "/" : pointer) + "'" + (mapKey == null ? "" : " key '" + mapKey + "'")
        + " (" + rule.keyword() + ": " + constraint + ")";
  }
}
