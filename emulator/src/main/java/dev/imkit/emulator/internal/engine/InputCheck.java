package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates an operation's logical input against the contract at the emulator's revision, then bends the
 * verdict as the active faults say. Invalid input ends in a ValidationException with a {@code fieldList}.
 */
final class InputCheck {
  private final Contract contract;
  private final Faults faults;
  private final Set<Rule> ignored;
  private final OldRules oldRules;

  InputCheck(Contract contract, Faults faults) {
    this.contract = contract;
    this.faults = faults;
    this.ignored = ignoredRules(faults);
    this.oldRules = new OldRules(contract, faults);
  }

  /** Throws the ValidationException (or, with a fault, the InternalServerException) the input deserves. */
  void check(String operation, JsonNode input) {
    List<Violation> violations = contract.validator().input(operation, input).violations();
    if (faults.any()) {
      violations = bend(operation, input, violations);
    }
    if (violations.isEmpty()) {
      return;
    }
    if (faults.has(Fault.VALIDATION_AS_500)) {
      throw Errors.internal("An internal error occurred while processing the request");
    }
    throw Errors.validation(violations);
  }

  private List<Violation> bend(String operation, JsonNode input, List<Violation> violations) {
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      if (!ignored.contains(v.rule()) && !twoMemberUnion(v, input) && !oldRules.excuses(v)) {
        kept.add(v);
      }
    }
    kept.addAll(oldRules.extraViolations(operation, input));
    return kept;
  }

  private boolean twoMemberUnion(Violation v, JsonNode input) {
    return v.rule() == Rule.UNION && faults.has(Fault.ACCEPT_UNION_TWO_MEMBERS) && input.at(v.pointer()).size() > 1;
  }

  private static Set<Rule> ignoredRules(Faults faults) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    if (faults.has(Fault.ACCEPT_UNKNOWN_ENUM)) {
      rules.add(Rule.ENUM);
    }
    if (faults.has(Fault.IGNORE_REQUIRED)) {
      rules.add(Rule.REQUIRED);
    }
    if (faults.has(Fault.IGNORE_LENGTH)) {
      rules.addAll(List.of(Rule.MIN_LENGTH, Rule.MAX_LENGTH));
    }
    if (faults.has(Fault.IGNORE_PATTERN)) {
      rules.add(Rule.PATTERN);
    }
    if (faults.has(Fault.IGNORE_RANGE)) {
      rules.addAll(List.of(Rule.MINIMUM, Rule.MAXIMUM));
    }
    if (faults.has(Fault.IGNORE_COLLECTION_SIZE)) {
      rules.addAll(List.of(Rule.MIN_ITEMS, Rule.MAX_ITEMS, Rule.MIN_ENTRIES, Rule.MAX_ENTRIES));
    }
    return rules;
  }
}
