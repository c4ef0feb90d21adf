package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.checks.state.Walk;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Recorder;
import java.util.ArrayList;
import java.util.List;

/**
 * For each related item type a revision added (ADD_ENUM_VALUES of the shape related item identifiers' type
 * targets): {@code REV-ENUM-StartIncident-<Shape>.<VALUE>} (an incident started with such an item lists it) and
 * {@code REV-ENUM-UpdateRelatedItems-<Shape>.<VALUE>} (such an item is added, listed, removed, no longer listed).
 */
final class ItemTypeChecks {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ItemTypeChecks() {
  }

  static List<Check> all() {
    String shape = Contract.current().shape("ItemIdentifier").members().get("type").target();
    List<Check> checks = new ArrayList<>();
    for (Changes.Dated d : Changes.of(ChangeKind.ADD_ENUM_VALUES)) {
      if (d.change().shape().equals(shape)) {
        for (String value : d.change().values()) {
          checks.add(started(shape, value, d.revision().name()));
          checks.add(updated(shape, value, d.revision().name()));
        }
      }
    }
    return checks;
  }

  private static Check started(String shape, String value, String since) {
    String rule = shape + "." + value;
    CheckInfo info = new CheckInfo("REV-ENUM-StartIncident-" + rule, Category.REVISION,
        List.of("StartIncident", "ListRelatedItems"), List.of(shape, "StartIncidentInput.relatedItems"), Level.MUST,
        since, true, "an incident started with a " + value + " related item (added " + since + ") lists that item");
    return new Check(info, context -> {
      Changes.requireConfirmed(context, Revisions.named(since));
      DefaultTarget target = context.target();
      ObjectNode identifier = RelatedItems.identifier(target, value);
      ObjectNode input = JSON.objectNode().put("responsePlanArn", context.fixtures().responsePlan());
      input.putArray("relatedItems").addObject().put("title", "imkit " + value).set("identifier", identifier);
      Exchange started = target.call("StartIncident", input);
      String incident = started.jsonOrNull() == null ? null : started.jsonOrNull().path("incidentRecordArn").asText(null);
      if (!started.succeeded() || incident == null) {
        BaseControls.blockIfKnown(target, "StartIncident", started);
        OutputSchema.blockIfBroken(target.contract(), started, "/incidentRecordArn");
        throw CheckFailure.of(started, rule + " (since " + since + ")", "StartIncident must accept a " + value
            + " related item and answer the incident's ARN");
      }
      context.fixtures().forget("DeleteIncidentRecord", "arn", incident);
      expectListed(target, incident, identifier, true, rule, started);
    });
  }

  private static Check updated(String shape, String value, String since) {
    String rule = shape + "." + value;
    CheckInfo info = new CheckInfo("REV-ENUM-UpdateRelatedItems-" + rule, Category.REVISION,
        List.of("UpdateRelatedItems", "ListRelatedItems"), List.of(shape, "RelatedItemsUpdate"), Level.MUST, since,
        true, "a " + value + " related item (added " + since + ") is added, listed, removed and no longer listed");
    return new Check(info, context -> {
      Changes.requireConfirmed(context, Revisions.named(since));
      run(context, value, rule + " (since " + since + ")");
    });
  }

  private static void run(CheckContext context, String value, String rule) {
    DefaultTarget target = context.target();
    String incident = context.fixtures().incident();
    ObjectNode identifier = RelatedItems.identifier(target, value);
    ObjectNode add = JSON.objectNode().put("incidentRecordArn", incident);
    add.putObject("relatedItemsUpdate").putObject("itemToAdd").put("title", "imkit " + value)
        .set("identifier", identifier);
    Exchange added = target.call("UpdateRelatedItems", add);
    if (!added.succeeded()) {
      BaseControls.blockIfKnown(target, "UpdateRelatedItems", added);
      throw CheckFailure.of(added, rule, "UpdateRelatedItems must add a " + value + " related item");
    }
    expectListed(target, incident, identifier, true, rule, added);
    ObjectNode remove = JSON.objectNode().put("incidentRecordArn", incident);
    remove.putObject("relatedItemsUpdate").set("itemToRemove", identifier);
    Exchange removed = target.call("UpdateRelatedItems", remove);
    if (!removed.succeeded()) {
      throw CheckFailure.of(removed, rule, "UpdateRelatedItems must remove a " + value + " related item");
    }
    try {
      expectListed(target, incident, identifier, false, rule, removed);
    } catch (CheckFailure f) {
      throw keepsRemovedItems(target, incident) ? f.withCause(new Cause("remove-ignored:UpdateRelatedItems",
          CauseKind.RULE_BROKEN, "UpdateRelatedItems answers itemToRemove with success but keeps the item, whatever "
          + "its type (an OTHER item, the control, stays listed too)", "STATE-REMOVE-UpdateRelatedItems")) : f;
    }
  }

  /** Whether an OTHER item (a type every revision has) also stays listed after its removal: the control. */
  private static boolean keepsRemovedItems(DefaultTarget target, String incident) {
    ObjectNode identifier = otherAdded(target, incident);
    if (identifier == null) {
      return false;
    }
    ObjectNode remove = JSON.objectNode().put("incidentRecordArn", incident);
    remove.putObject("relatedItemsUpdate").set("itemToRemove", identifier);
    return Recorder.as(ExchangeRecord.Role.CONTROL, () -> target.call("UpdateRelatedItems", remove)).succeeded()
        && RelatedItems.contains(RelatedItems.list(target, incident, "the control").items(), identifier);
  }

  /** Whether an OTHER item, added with success, is left out of the list too. */
  private static boolean dropsAddedItems(DefaultTarget target, String incident) {
    ObjectNode identifier = otherAdded(target, incident);
    return identifier != null
        && !RelatedItems.contains(RelatedItems.list(target, incident, "the control").items(), identifier);
  }

  /** Adds an OTHER item to the incident, a control call: its identifier, or null when the target refused it. */
  private static ObjectNode otherAdded(DefaultTarget target, String incident) {
    ObjectNode identifier = RelatedItems.identifier(target, "OTHER");
    ObjectNode add = JSON.objectNode().put("incidentRecordArn", incident);
    add.putObject("relatedItemsUpdate").putObject("itemToAdd").put("title", "imkit OTHER").set("identifier",
        identifier);
    return Recorder.as(ExchangeRecord.Role.CONTROL, () -> target.call("UpdateRelatedItems", add)).succeeded()
        ? identifier : null;
  }

  private static void expectListed(DefaultTarget target, String incident, JsonNode identifier, boolean listed,
      String rule, Exchange after) {
    Walk walk = RelatedItems.list(target, incident, rule);
    if (RelatedItems.contains(walk.items(), identifier) != listed) {
      walk.blockIfItemsBreakShape(target.contract());
      CheckFailure f = CheckFailure.of(after, rule, "ListRelatedItems must " + (listed ? "" : "no longer ")
          + "list the item " + identifier + " after this call; it listed " + walk.items());
      throw listed && dropsAddedItems(target, incident) ? f.withCause(Causes.unlisted("ListRelatedItems", "the items "
          + "added to an incident, whatever their type (an OTHER item, the control, is left out too)",
          "STATE-ADD-UpdateRelatedItems")) : f;
    }
  }
}
