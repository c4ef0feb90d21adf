package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.UUID;

/** Related items: added by StartIncident or UpdateRelatedItems, listed, removed, with model-shaped generatedIds. */
final class RelatedItemChecks {
  private static final String OLDEST = StateCheck.OLDEST;
  private static final List<String> UPDATE = List.of("UpdateRelatedItems", "ListRelatedItems");
  private static final int MAX_PAGES = 50;

  private RelatedItemChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-START-StartIncident-relatedItems", List.of("StartIncident", "ListRelatedItems"),
            List.of("StartIncidentInput.relatedItems"), OLDEST, "the relatedItems StartIncident is given are listed "
            + "(with an INVOLVED_RESOURCE where the revision has it)", RelatedItemChecks::atStart),
        StateCheck.must("STATE-ADD-UpdateRelatedItems", UPDATE, List.of("RelatedItemsUpdate.itemToAdd"), OLDEST,
            "an item added with UpdateRelatedItems is listed with its identifier and title", RelatedItemChecks::add),
        StateCheck.must("STATE-ADD-UpdateRelatedItems-INVOLVED_RESOURCE", UPDATE, List.of("ItemType"),
            Since.enumValue("ItemType", "INVOLVED_RESOURCE"), "an INVOLVED_RESOURCE item (an ARN) is added and listed",
            RelatedItemChecks::involvedResource),
        StateCheck.must("STATE-REMOVE-UpdateRelatedItems", UPDATE, List.of("RelatedItemsUpdate.itemToRemove"), OLDEST,
            "an item removed with UpdateRelatedItems is no longer listed", RelatedItemChecks::remove),
        StateCheck.must("STATE-GENID-UpdateRelatedItems", UPDATE, List.of("RelatedItem.generatedId", "GeneratedId"),
            Since.member("RelatedItem", "generatedId"), "listed items carry a generatedId matching the model's "
            + "GeneratedId pattern (related-item/<TYPE>/<32 upper-case hex>)", RelatedItemChecks::generatedId));
  }

  private static void atStart(CheckContext c) {
    ObjectNode in = Steps.object().put("responsePlanArn", c.fixtures().responsePlan());
    in.putArray("relatedItems").add(other()).add(involvedOrAnalysis(c));
    String arn = IncidentChecks.start(c, in, "StartIncident with relatedItems");
    for (JsonNode item : in.get("relatedItems")) {
      expectListed(c, arn, item, 1, "StartIncidentInput.relatedItems are added to the incident");
    }
  }

  private static void add(CheckContext c) {
    String arn = c.fixtures().incident();
    ObjectNode item = other();
    addItem(c, arn, item, "RelatedItemsUpdate.itemToAdd adds the item");
    expectListed(c, arn, item, 1, "RelatedItemsUpdate.itemToAdd adds the item");
  }

  private static void involvedResource(CheckContext c) {
    String arn = c.fixtures().incident();
    ObjectNode item = item("INVOLVED_RESOURCE", "arn", "arn:aws:dynamodb:us-east-1:111122223333:table/imkit-"
        + UUID.randomUUID());
    addItem(c, arn, item, "ItemType INVOLVED_RESOURCE is accepted and stored");
    expectListed(c, arn, item, 1, "ItemType INVOLVED_RESOURCE is accepted and stored");
  }

  private static void remove(CheckContext c) {
    String arn = c.fixtures().incident();
    ObjectNode item = other();
    String rule = "RelatedItemsUpdate.itemToRemove removes the item";
    addItem(c, arn, item, rule);
    ObjectNode in = Steps.object().put("incidentRecordArn", arn);
    in.putObject("relatedItemsUpdate").set("itemToRemove", item.get("identifier"));
    Steps.must(c, "UpdateRelatedItems", in, rule);
    expectListed(c, arn, item, 0, rule);
  }

  private static void generatedId(CheckContext c) {
    String arn = c.fixtures().incident();
    String rule = "RelatedItem.generatedId matches GeneratedId's pattern";
    addItem(c, arn, other(), rule);
    String pattern = c.target().contract().shape("GeneratedId").pattern().orElseThrow();
    EcmaPattern generated = EcmaPattern.compile(pattern);
    Exchange listed = list(c, arn, rule);
    for (JsonNode item : Steps.body(listed).path("relatedItems")) {
      JsonNode id = item.path("generatedId");
      if (!id.isTextual() || !generated.matches(id.textValue())) {
        throw CheckFailure.of(listed, rule, "every listed item to carry a generatedId matching " + pattern
            + ", found " + id);
      }
    }
  }

  private static void addItem(CheckContext c, String incident, ObjectNode item, String rule) {
    ObjectNode in = Steps.object().put("incidentRecordArn", incident);
    in.putObject("relatedItemsUpdate").set("itemToAdd", item);
    Steps.must(c, "UpdateRelatedItems", in, rule);
  }

  /** Every page is read: a target may list fewer items a page than it could (maxResults is only a maximum). */
  private static void expectListed(CheckContext c, String incident, JsonNode item, int times, String rule) {
    Walk walk = Walk.of(c, c.target().contract().operation("ListRelatedItems"),
        Steps.object().put("incidentRecordArn", incident), MAX_PAGES, rule);
    long seen = walk.count(it -> Echo.difference(item, it).isEmpty());
    if (seen != times) {
      walk.blockIfItemsBreakShape(c.target().contract());
      throw CheckFailure.of(walk.last(), rule, "the item " + item + " listed " + times + " time(s) in the walk of "
          + walk.pages().size() + " page(s), found " + seen);
    }
  }

  private static Exchange list(CheckContext c, String incident, String rule) {
    return Steps.must(c, "ListRelatedItems", Steps.object().put("incidentRecordArn", incident), rule);
  }

  private static ObjectNode other() {
    return item("OTHER", "url", "https://example.com/imkit/" + UUID.randomUUID());
  }

  private static ObjectNode involvedOrAnalysis(CheckContext c) {
    boolean involved = c.target().contract().shape("ItemType").enumValues().contains("INVOLVED_RESOURCE");
    return item(involved ? "INVOLVED_RESOURCE" : "ANALYSIS", "arn",
        "arn:aws:dynamodb:us-east-1:111122223333:table/imkit-" + UUID.randomUUID());
  }

  private static ObjectNode item(String type, String valueMember, String value) {
    ObjectNode item = Steps.object().put("title", "imkit " + type.toLowerCase());
    item.putObject("identifier").put("type", type).putObject("value").put(valueMember, value);
    return item;
  }
}
