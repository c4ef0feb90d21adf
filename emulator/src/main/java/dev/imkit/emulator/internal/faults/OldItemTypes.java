package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The ItemType enum as it was before INVOLVED_RESOURCE was added, found in the revision history (never written
 * out by hand): that value is refused as an unknown enum value. A no-op at revisions that predate it anyway.
 */
final class OldItemTypes implements InputHook {
  private static final String INVOLVED = "INVOLVED_RESOURCE";

  private final Contract before;

  OldItemTypes(Contract contract) {
    Revision added = firstAdding(INVOLVED);
    this.before = added != null && contract.revision().isAtLeast(added) ? Contract.at(previous(added)) : null;
  }

  @Override
  public List<Violation> extra(String operation, JsonNode input) {
    List<Violation> extra = new ArrayList<>();
    if (before != null && before.findOperation(operation).isPresent()) {
      for (Violation v : before.validator().input(operation, input).violations()) {
        if (v.rule() == Rule.ENUM && INVOLVED.equals(input.at(v.pointer()).asText())) {
          extra.add(v);
        }
      }
    }
    return extra;
  }

  private static Revision firstAdding(String value) {
    for (Revision r : Revisions.all()) {
      if (r.changes().stream().anyMatch(c -> c.kind() == ChangeKind.ADD_ENUM_VALUES && "ItemType".equals(c.shape())
          && c.values().contains(value))) {
        return r;
      }
    }
    return null;
  }

  private static Revision previous(Revision r) {
    List<Revision> all = Revisions.all();
    return all.get(Math.max(0, all.indexOf(r) - 1));
  }
}
