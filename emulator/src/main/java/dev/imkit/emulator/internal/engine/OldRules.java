package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Fault;
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
 * The REVISION faults: rules of an older revision applied at a newer one, found in the revision history
 * (never written out by hand): the ItemType enum before INVOLVED_RESOURCE, the SsmContactsArn pattern before
 * it was made stricter.
 */
final class OldRules {
  private static final String INVOLVED = "INVOLVED_RESOURCE";
  private static final String CONTACTS = "SsmContactsArn";

  private final Contract contract;
  private final Contract beforeInvolved;
  private final String currentContactsPattern;
  private final EcmaPattern oldContactsPattern;

  OldRules(Contract contract, Faults faults) {
    this.contract = contract;
    Revision added = faults.has(Fault.REJECT_INVOLVED_RESOURCE) ? firstWith(ChangeKind.ADD_ENUM_VALUES, "ItemType")
        : null;
    this.beforeInvolved = added != null && contract.revision().isAtLeast(added) ? Contract.at(previous(added)) : null;
    Change stricter = faults.has(Fault.OLD_CONTACTS_PATTERN) ? patternChange() : null;
    boolean applies = stricter != null && contract.revision().isAtLeast(revisionOf(stricter));
    this.currentContactsPattern = applies ? contract.shape(CONTACTS).pattern().orElse(null) : null;
    this.oldContactsPattern = applies ? EcmaPattern.compile(String.valueOf(stricter.before())) : null;
  }

  /** Whether a violation of the current rules is one the old rules did not have. */
  boolean excuses(Violation v) {
    return oldContactsPattern != null && v.rule() == Rule.PATTERN && v.constraint().equals(currentContactsPattern);
  }

  /** The violations the old rules add. */
  List<Violation> extraViolations(String operation, JsonNode input) {
    List<Violation> extra = new ArrayList<>();
    if (beforeInvolved != null && beforeInvolved.findOperation(operation).isPresent()) {
      for (Violation v : beforeInvolved.validator().input(operation, input).violations()) {
        if (v.rule() == Rule.ENUM && INVOLVED.equals(input.at(v.pointer()).asText())) {
          extra.add(v);
        }
      }
    }
    if (oldContactsPattern != null) {
      extra.addAll(contactViolations(operation, input));
    }
    return extra;
  }

  private List<Violation> contactViolations(String operation, JsonNode input) {
    List<Violation> out = new ArrayList<>();
    Shape in = contract.shape(contract.operation(operation).input());
    for (Member m : in.members().values()) {
      Shape target = contract.shape(m.target());
      JsonNode values = input.get(m.name());
      if (target.kind() != ShapeKind.LIST || !CONTACTS.equals(target.listMember()) || values == null) {
        continue;
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).isTextual() && !oldContactsPattern.matches(values.get(i).textValue())) {
          String pointer = "/" + m.name() + "/" + i;
          out.add(new Violation(pointer, Rule.PATTERN, oldContactsPattern.source(), "Value at '" + pointer
              + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
              + oldContactsPattern.source(), null));
        }
      }
    }
    return out;
  }

  private static Revision firstWith(ChangeKind kind, String shape) {
    for (Revision r : Revisions.all()) {
      for (Change c : r.changes()) {
        if (c.kind() == kind && shape.equals(c.shape()) && c.values().contains(INVOLVED)) {
          return r;
        }
      }
    }
    return null;
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

  private static Revision previous(Revision r) {
    List<Revision> all = Revisions.all();
    return all.get(Math.max(0, all.indexOf(r) - 1));
  }
}
