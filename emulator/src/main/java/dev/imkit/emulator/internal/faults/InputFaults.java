package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Violation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Faults of input validation: rules not enforced, rules of an older revision, valid input refused, invalid input
 * answered with another error; and members accepted but ignored.
 */
final class InputFaults {
  /** The length valid names may have and these refuse beyond (the model allows up to 200). */
  static final int NAME_LIMIT = 128;

  private InputFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.ofEntries(
        Map.entry(Fault.ACCEPT_UNKNOWN_ENUM, c -> ignoring(Rule.ENUM)),
        Map.entry(Fault.IGNORE_REQUIRED, c -> ignoring(Rule.REQUIRED)),
        Map.entry(Fault.IGNORE_LENGTH, c -> ignoring(Rule.MIN_LENGTH, Rule.MAX_LENGTH)),
        Map.entry(Fault.IGNORE_PATTERN, c -> ignoring(Rule.PATTERN)),
        Map.entry(Fault.IGNORE_RANGE, c -> ignoring(Rule.MINIMUM, Rule.MAXIMUM)),
        Map.entry(Fault.IGNORE_COLLECTION_SIZE, c -> ignoring(Rule.MIN_ITEMS, Rule.MAX_ITEMS, Rule.MIN_ENTRIES,
            Rule.MAX_ENTRIES)),
        Map.entry(Fault.ACCEPT_UNION_TWO_MEMBERS, c -> new InputHook() {
          @Override
          public boolean excuses(Violation v, JsonNode input) {
            return v.rule() == Rule.UNION && input.at(v.pointer()).size() > 1;
          }
        }),
        Map.entry(Fault.VALIDATION_AS_500, c -> new InputHook() {
          @Override
          public ApiError refusal(ApiError standard) {
            return Errors.internal("An internal error occurred while processing the request");
          }
        }),
        Map.entry(Fault.REFUSE_EMPTY_TITLE, InputFaults::titles),
        Map.entry(Fault.REFUSE_LONG_NAMES, InputFaults::names),
        Map.entry(Fault.REJECT_INVOLVED_RESOURCE, OldItemTypes::new),
        Map.entry(Fault.OLD_CONTACTS_PATTERN, OldContactsPattern::new),
        Map.entry(Fault.LOSE_TITLE_OVERRIDE, c -> new IgnoredMembers("StartIncident", "/title")),
        Map.entry(Fault.RELATED_ITEM_REMOVE_IGNORED, c -> new IgnoredMembers("UpdateRelatedItems",
            "/relatedItemsUpdate/itemToRemove")),
        Map.entry(Fault.FILTERS_IGNORED, c -> new IgnoredMembers("ListIncidentRecords", "/filters")),
        Map.entry(Fault.SORT_IGNORED, c -> new IgnoredMembers("ListTimelineEvents", "/sortBy", "/sortOrder")));
  }

  /** Empty titles refused where the model allows them (IncidentTitle, RelatedItemTitleString: 0 to 200). */
  static StricterLength titles(Contract c) {
    return new StricterLength(c, s -> s.name().contains("Title") && s.min().orElse(0) == 0, 1, null);
  }

  /** Names longer than {@value #NAME_LIMIT} refused where the model allows up to 200 (plan, display, PagerDuty). */
  static StricterLength names(Contract c) {
    return new StricterLength(c, s -> s.name().contains("Name") && s.max().orElse(0) > NAME_LIMIT, null,
        NAME_LIMIT);
  }

  private static InputHook ignoring(Rule... rules) {
    Set<Rule> ignored = EnumSet.of(rules[0], rules);
    return new InputHook() {
      @Override
      public boolean excuses(Violation v, JsonNode input) {
        return ignored.contains(v.rule());
      }
    };
  }
}
