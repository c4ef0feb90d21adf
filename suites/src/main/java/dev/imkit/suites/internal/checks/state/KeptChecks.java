package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/**
 * What must stay and what must go over several writes: a second update keeps what the first set, a second
 * TagResource keeps the first's tags, removing one related item keeps the others, and a plan created under the
 * name of a deleted one has none of its tags.
 */
final class KeptChecks {
  private static final String OLDEST = StateCheck.OLDEST;

  private KeptChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-UPDATE-KEEPS-UpdateResponsePlan", List.of("UpdateResponsePlan", "GetResponsePlan"),
            List.of("UpdateResponsePlanInput.displayName", "UpdateResponsePlanInput.incidentTemplateTitle"), OLDEST,
            "a second UpdateResponsePlan keeps what the first set and it did not send", KeptChecks::planUpdates),
        StateCheck.must("STATE-UPDATE-KEEPS-UpdateIncidentRecord", List.of("UpdateIncidentRecord", "GetIncidentRecord"),
            List.of("UpdateIncidentRecordInput.title", "UpdateIncidentRecordInput.summary"), OLDEST,
            "a second UpdateIncidentRecord keeps what the first set and it did not send", KeptChecks::incidentUpdates),
        StateCheck.must("STATE-TAGS-KEPT-TagResource", List.of("TagResource", "ListTagsForResource"),
            List.of("TagResourceRequest.tags"), OLDEST, "a second TagResource keeps the tags of the first",
            KeptChecks::tagsKept),
        StateCheck.must("STATE-TAGS-GONE-DeleteResponsePlan",
            List.of("DeleteResponsePlan", "CreateResponsePlan", "ListTagsForResource"),
            List.of("CreateResponsePlanInput.tags", "DeleteResponsePlan"), OLDEST,
            "a plan created under the name of a deleted one has only its own tags", KeptChecks::tagsGone),
        StateCheck.must("STATE-LIST-KEPT-UpdateRelatedItems", List.of("UpdateRelatedItems", "ListRelatedItems"),
            List.of("RelatedItemsUpdate.itemToRemove", "RelatedItemsUpdate.itemToAdd"), OLDEST,
            "removing one related item keeps the others listed, and only the removed one goes",
            KeptChecks::relatedItemsKept));
  }

  private static void planUpdates(CheckContext c) {
    String arn = Plans.create(c, c.fixtures().responsePlanInput(i -> { }), "CreateResponsePlan before updates");
    String rule = "UpdateResponsePlan: members not sent are kept, whichever update set them";
    Steps.must(c, "UpdateResponsePlan", Steps.object().put("arn", arn).put("displayName", "imkit first update"), rule);
    Steps.must(c, "UpdateResponsePlan", Steps.object().put("arn", arn).put("incidentTemplateTitle",
        "imkit second update"), rule);
    ObjectNode expected = Steps.object().put("displayName", "imkit first update");
    expected.putObject("incidentTemplate").put("title", "imkit second update");
    expect(c, Steps.must(c, "GetResponsePlan", Steps.object().put("arn", arn), rule), expected, "", rule);
  }

  private static void incidentUpdates(CheckContext c) {
    String arn = c.fixtures().incident();
    String rule = "UpdateIncidentRecord: members not sent are kept, whichever update set them";
    Steps.must(c, "UpdateIncidentRecord", Steps.object().put("arn", arn).put("title", "imkit first update"), rule);
    Steps.must(c, "UpdateIncidentRecord", Steps.object().put("arn", arn).put("summary", "imkit second update"), rule);
    expect(c, Steps.must(c, "GetIncidentRecord", Steps.object().put("arn", arn), rule), Steps.object()
        .put("title", "imkit first update").put("summary", "imkit second update"), "incidentRecord", rule);
  }

  private static void tagsKept(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    String rule = "TagResource adds tags: the resource keeps those it had";
    ObjectNode first = Steps.object().put("resourceArn", plan);
    first.putObject("tags").put("imkit-first", "1");
    Steps.must(c, "TagResource", first, rule);
    ObjectNode second = Steps.object().put("resourceArn", plan);
    second.putObject("tags").put("imkit-second", "2");
    Steps.must(c, "TagResource", second, rule);
    Exchange listed = Steps.must(c, "ListTagsForResource", Steps.object().put("resourceArn", plan), rule);
    expect(c, listed, Steps.object().put("imkit-first", "1").put("imkit-second", "2"), "tags", rule);
  }

  private static void tagsGone(CheckContext c) {
    String rule = "a new plan has the tags it was created with, none of a deleted plan of the same name";
    ObjectNode tagged = c.fixtures().responsePlanInput(i -> i.putObject("tags").put("imkit-old", "deleted"));
    String arn = Plans.create(c, tagged, "CreateResponsePlan with tags");
    Steps.must(c, "DeleteResponsePlan", Steps.object().put("arn", arn), rule);
    ObjectNode again = c.fixtures().responsePlanInput(i -> { }).put("name", tagged.path("name").asText());
    String second = Plans.create(c, again, "CreateResponsePlan under the deleted plan's name");
    Exchange listed = Steps.must(c, "ListTagsForResource", Steps.object().put("resourceArn", second), rule);
    if (Steps.body(listed).path("tags").has("imkit-old")) {
      throw CheckFailure.of(listed, rule, "no tag imkit-old (it was the deleted plan's)");
    }
  }

  private static void relatedItemsKept(CheckContext c) {
    String incident = c.fixtures().incident();
    String rule = "RelatedItemsUpdate.itemToRemove removes that item and keeps the others";
    ObjectNode kept = item("https://example.com/imkit/kept/" + java.util.UUID.randomUUID());
    ObjectNode removed = item("https://example.com/imkit/removed/" + java.util.UUID.randomUUID());
    for (ObjectNode add : List.of(kept, removed)) {
      ObjectNode in = Steps.object().put("incidentRecordArn", incident);
      in.putObject("relatedItemsUpdate").set("itemToAdd", add);
      Steps.must(c, "UpdateRelatedItems", in, rule);
    }
    ObjectNode in = Steps.object().put("incidentRecordArn", incident);
    in.putObject("relatedItemsUpdate").set("itemToRemove", removed.get("identifier"));
    Steps.must(c, "UpdateRelatedItems", in, rule);
    Exchange listed = Steps.must(c, "ListRelatedItems", Steps.object().put("incidentRecordArn", incident), rule);
    long keptTimes = count(listed, kept);
    long removedTimes = count(listed, removed);
    if (keptTimes != 1 || removedTimes != 0) {
      OutputSchema.blockIfBroken(c.target().contract(), listed, "/relatedItems");
      throw CheckFailure.of(listed, rule, "the kept item listed once (found " + keptTimes + ") and the removed one "
          + "not at all (found " + removedTimes + ")");
    }
  }

  private static long count(Exchange listed, JsonNode item) {
    long n = 0;
    for (JsonNode i : Steps.body(listed).path("relatedItems")) {
      n += Echo.difference(item, i).isEmpty() ? 1 : 0;
    }
    return n;
  }

  private static ObjectNode item(String url) {
    ObjectNode item = Steps.object().put("title", "imkit kept or removed");
    item.putObject("identifier").put("type", "OTHER").putObject("value").put("url", url);
    return item;
  }

  private static void expect(CheckContext c, Exchange got, ObjectNode expected, String root, String rule) {
    JsonNode read = root.isEmpty() ? Steps.body(got) : Steps.body(got).path(root);
    Echo.expect(c.target().contract(), got, expected, read, rule, expected.toString());
  }
}
