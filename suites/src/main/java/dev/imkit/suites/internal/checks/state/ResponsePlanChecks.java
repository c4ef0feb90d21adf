package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;
import java.util.Map;

/** Response plans: what is created is what is read, updates hold, deletes remove, lists contain. */
final class ResponsePlanChecks {
  private static final String OLDEST = StateCheck.OLDEST;
  /** UpdateResponsePlan's flattened template members and the IncidentTemplate member each sets. */
  private static final Map<String, String> TEMPLATE = Map.of("incidentTemplateTitle", "title",
      "incidentTemplateImpact", "impact", "incidentTemplateSummary", "summary",
      "incidentTemplateDedupeString", "dedupeString", "incidentTemplateNotificationTargets", "notificationTargets",
      "incidentTemplateTags", "incidentTags");
  private static final String SNS = "arn:aws:sns:us-east-1:111122223333:imkit-topic";
  /** Members the plan keeps and GetResponsePlan returns (tags are judged by the tag checks). */
  private static final List<String> KEPT = List.of("name", "displayName", "incidentTemplate", "chatChannel",
      "engagements", "actions", "integrations");

  private ResponsePlanChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-READBACK-CreateResponsePlan", List.of("CreateResponsePlan", "GetResponsePlan"),
            KEPT.stream().map(m -> "CreateResponsePlanInput." + m).toList(), OLDEST,
            "GetResponsePlan returns every member CreateResponsePlan was given (generated plans)",
            ResponsePlanChecks::readBack),
        StateCheck.must("STATE-READBACK-CreateResponsePlan-dynamicParameters", List.of("CreateResponsePlan", "GetResponsePlan"),
            List.of("SsmAutomation.dynamicParameters", "DynamicSsmParameterValue"),
            Since.member("SsmAutomation", "dynamicParameters"),
            "GetResponsePlan returns a runbook's dynamicParameters as created", ResponsePlanChecks::dynamicParameters),
        StateCheck.must("STATE-UPDATE-UpdateResponsePlan", List.of("UpdateResponsePlan", "GetResponsePlan"),
            List.of("UpdateResponsePlanInput.incidentTemplateTitle", "UpdateResponsePlanInput.incidentTemplateImpact",
                "UpdateResponsePlanInput.incidentTemplateSummary", "UpdateResponsePlanInput.incidentTemplateDedupeString",
                "UpdateResponsePlanInput.incidentTemplateNotificationTargets",
                "UpdateResponsePlanInput.incidentTemplateTags", "UpdateResponsePlanInput.chatChannel",
                "UpdateResponsePlanInput.displayName"), OLDEST,
            "UpdateResponsePlan's flattened incidentTemplate* members reach the template; what was not sent stays",
            ResponsePlanChecks::update),
        StateCheck.must("STATE-DELETE-DeleteResponsePlan", List.of("DeleteResponsePlan", "GetResponsePlan"),
            List.of("DeleteResponsePlan", "ResourceNotFoundException"), OLDEST,
            "after DeleteResponsePlan, GetResponsePlan answers 404 ResourceNotFoundException",
            ResponsePlanChecks::delete),
        StateCheck.must("STATE-LIST-ListResponsePlans", List.of("CreateResponsePlan", "ListResponsePlans"),
            List.of("ListResponsePlansOutput.responsePlanSummaries"), OLDEST,
            "a full walk of ListResponsePlans contains a plan just created, once", ResponsePlanChecks::list));
  }

  private static void readBack(CheckContext c) {
    GenerationContext generation = GenerationContext.defaults().withAccountId(accountOr(c));
    c.properties().forAll(c.arbitraries(generation).validInput("CreateResponsePlan"), in -> {
      // a fresh name and no clientToken: shrinking replays parts of an example, which must not collide
      ObjectNode input = in.deepCopy().put("name", c.target().uniqueName("rb"));
      input.remove("clientToken");
      String arn = Plans.create(c, input, "CreateResponsePlan then GetResponsePlan");
      expectKept(c, arn, input, "read-after-write: GetResponsePlan returns what CreateResponsePlan stored");
    });
  }

  private static void dynamicParameters(CheckContext c) {
    ObjectNode input = Plans.withRunbook(c, true);
    String arn = Plans.create(c, input, "CreateResponsePlan with SsmAutomation.dynamicParameters");
    expectKept(c, arn, input, "SsmAutomation.dynamicParameters is stored and returned by GetResponsePlan");
  }

  private static void update(CheckContext c) {
    boolean dynamic = c.target().contract().shape("SsmAutomation").members().containsKey("dynamicParameters");
    ObjectNode input = Plans.withRunbook(c, dynamic);
    String arn = Plans.create(c, input, "CreateResponsePlan before UpdateResponsePlan");
    ObjectNode update = Steps.object().put("arn", arn).put("displayName", "imkit updated plan")
        .put("incidentTemplateTitle", "imkit updated title").put("incidentTemplateImpact", 2)
        .put("incidentTemplateSummary", "imkit updated summary").put("incidentTemplateDedupeString", "imkit-dedupe");
    update.putArray("incidentTemplateNotificationTargets").addObject().put("snsTopicArn", SNS);
    update.putObject("incidentTemplateTags").put("imkit-team", "state");
    update.putObject("chatChannel").putArray("chatbotSns").add(SNS);
    // only what the revision the target is held to has (incidentTemplateTags came later)
    update.retain(c.target().contract().shape("UpdateResponsePlanInput").members().keySet());
    String rule = "UpdateResponsePlan: incidentTemplate* members set the template, members not sent are kept";
    Steps.must(c, "UpdateResponsePlan", update, rule);
    ObjectNode expected = input.deepCopy();
    ObjectNode template = (ObjectNode) expected.get("incidentTemplate");
    update.fields().forEachRemaining(m -> {
      String flattened = TEMPLATE.get(m.getKey());
      if (flattened != null) {
        template.set(flattened, m.getValue());
      } else if (!m.getKey().equals("arn")) {
        expected.set(m.getKey(), m.getValue());
      }
    });
    expectKept(c, arn, expected, rule);
  }

  private static void delete(CheckContext c) {
    String arn = Plans.create(c, c.fixtures().responsePlanInput(i -> { }), "CreateResponsePlan before delete");
    Steps.must(c, "DeleteResponsePlan", Steps.object().put("arn", arn), "DeleteResponsePlan succeeds");
    Steps.mustBeGone(c, "GetResponsePlan", Steps.object().put("arn", arn), "delete then 404",
        "the response plan " + arn);
  }

  private static void list(CheckContext c) {
    String arn = Plans.create(c, c.fixtures().responsePlanInput(i -> { }), "CreateResponsePlan before listing");
    String rule = "ListResponsePlans lists every plan of the account";
    Walk walk = Walk.settled(c, () -> Walk.of(c, c.target().contract().operation("ListResponsePlans"),
        Steps.object(), 200, rule), w -> w.count(s -> arn.equals(s.path("arn").asText())) > 0, List.of(arn));
    long seen = walk.count(s -> arn.equals(s.path("arn").asText()));
    if (seen != 1) {
      throw CheckFailure.of(walk.last(), rule, "the plan " + arn + " created just before once in the walk of "
          + walk.pages().size() + " pages, found " + seen + " times");
    }
  }

  /** GetResponsePlan must hold every member of {@code written} that a plan keeps. */
  static void expectKept(CheckContext c, String arn, ObjectNode written, String rule) {
    Exchange got = Steps.must(c, "GetResponsePlan", Steps.object().put("arn", arn), rule);
    ObjectNode kept = Steps.object();
    KEPT.forEach(m -> {
      if (written.has(m)) {
        kept.set(m, written.get(m));
      }
    });
    Echo.expect(c.target().contract(), got, kept, Steps.body(got), rule, "the plan as written");
  }

  private static String accountOr(CheckContext c) {
    String account = c.target().account();
    return account == null || account.isEmpty() ? "111122223333" : account;
  }
}
