package dev.imkit.emulator.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.hooks.InputHook;
import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import dev.imkit.schemas.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Engagements checked with the SsmContactsArn pattern as it was before it was made stricter, found in the
 * revision history: the current pattern's violations are excused, the old one's added. A no-op at revisions
 * that predate the change.
 */
final class OldContactsPattern implements InputHook {
  private static final String CONTACTS = "SsmContactsArn";

  private final Contract contract;
  private final String currentPattern;
  private final EcmaPattern oldPattern;

  OldContactsPattern(Contract contract) {
    this.contract = contract;
    Change stricter = patternChange();
    boolean applies = stricter != null && contract.revision().isAtLeast(revisionOf(stricter));
    this.currentPattern = applies ? contract.shape(CONTACTS).pattern().orElse(null) : null;
    this.oldPattern = applies ? EcmaPattern.compile(String.valueOf(stricter.before())) : null;
  }

  @Override
  public boolean excuses(Violation v, JsonNode input) {
    return oldPattern != null && v.rule() == Rule.PATTERN && v.constraint().equals(currentPattern);
  }

  @Override
  public List<Violation> extra(String operation, JsonNode input) {
    List<Violation> out = new ArrayList<>();
    if (oldPattern == null) {
      return out;
    }
    Shape in = contract.shape(contract.operation(operation).input());
    for (Member m : in.members().values()) {
      Shape target = contract.shape(m.target());
      JsonNode values = input.get(m.name());
      if (target.kind() != ShapeKind.LIST || !CONTACTS.equals(target.listMember()) || values == null) {
        continue;
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).isTextual() && !oldPattern.matches(values.get(i).textValue())) {
          String pointer = "/" + m.name() + "/" + i;
          out.add(new Violation(pointer, Rule.PATTERN, oldPattern.source(), "Value at '" + pointer
              + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
              + oldPattern.source(), null));
        }
      }
    }
    return out;
  }

  private static Change patternChange() {
    for (Revision r : Revisions.all()) {
      for (Change c : r.changes()) {
        if (c.kind() == ChangeKind.CHANGE_CONSTRAINT && CONTACTS.equals(c.shape()) && "pattern".equals(c.subject())) {
          return c;
        }
      }
    }
    return null;
  }

  private static Revision revisionOf(Change change) {
    return Revisions.all().stream().filter(r -> r.changes().contains(change)).findFirst().orElseThrow();
  }
}
