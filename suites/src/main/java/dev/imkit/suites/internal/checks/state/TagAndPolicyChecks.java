package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.List;

/** Tags (TagResource, ListTagsForResource, UntagResource) and resource policies (put, get, delete). */
final class TagAndPolicyChecks {
  private static final String OLDEST = StateCheck.OLDEST;

  private TagAndPolicyChecks() {
  }

  static List<Check> all(Contract contract) {
    return List.of(
        StateCheck.must("STATE-TAGS-TagResource", List.of("TagResource", "ListTagsForResource"),
            List.of("TagResourceRequest.tags", "ListTagsForResourceResponse.tags"), OLDEST,
            "tags added with TagResource are listed by ListTagsForResource", TagAndPolicyChecks::tag),
        StateCheck.must("STATE-UNTAG-UntagResource", List.of("TagResource", "UntagResource", "ListTagsForResource"),
            List.of("UntagResourceRequest.tagKeys"), OLDEST,
            "a tag removed with UntagResource is no longer listed; the others stay", TagAndPolicyChecks::untag),
        StateCheck.must("STATE-READBACK-PutResourcePolicy", List.of("PutResourcePolicy", "GetResourcePolicies"),
            List.of("PutResourcePolicyOutput.policyId", "ResourcePolicy.policyId"), OLDEST,
            "GetResourcePolicies lists the policy PutResourcePolicy returned the id of", TagAndPolicyChecks::policy),
        StateCheck.must("STATE-DELETE-DeleteResourcePolicy", List.of("DeleteResourcePolicy", "GetResourcePolicies"),
            List.of("DeleteResourcePolicyInput.policyId"), OLDEST,
            "a policy deleted with DeleteResourcePolicy is no longer listed", TagAndPolicyChecks::deletePolicy));
  }

  private static void tag(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    String rule = "TagResource stores the tags";
    tagWith(c, plan, rule, "imkit-a", "1", "imkit-b", "2");
    expectTags(c, plan, rule, Steps.object().put("imkit-a", "1").put("imkit-b", "2"), List.of());
  }

  private static void untag(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    String rule = "UntagResource removes the tag keys given";
    tagWith(c, plan, rule, "imkit-a", "1", "imkit-b", "2");
    ObjectNode untag = Steps.object().put("resourceArn", plan);
    untag.putArray("tagKeys").add("imkit-a");
    Steps.must(c, "UntagResource", untag, rule);
    expectTags(c, plan, rule, Steps.object().put("imkit-b", "2"), List.of("imkit-a"));
  }

  private static void policy(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    String rule = "PutResourcePolicy then GetResourcePolicies";
    String id = put(c, plan, rule);
    expectPolicy(c, plan, id, 1, rule);
  }

  private static void deletePolicy(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    String rule = "DeleteResourcePolicy removes the policy";
    String id = put(c, plan, rule);
    Steps.must(c, "DeleteResourcePolicy", Steps.object().put("resourceArn", plan).put("policyId", id), rule);
    expectPolicy(c, plan, id, 0, rule);
  }

  private static void tagWith(CheckContext c, String arn, String rule, String... keysAndValues) {
    ObjectNode in = Steps.object().put("resourceArn", arn);
    ObjectNode tags = in.putObject("tags");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      tags.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    Steps.must(c, "TagResource", in, rule);
  }

  private static void expectTags(CheckContext c, String arn, String rule, ObjectNode present, List<String> absent) {
    Exchange listed = Steps.must(c, "ListTagsForResource", Steps.object().put("resourceArn", arn), rule);
    JsonNode tags = Steps.body(listed).path("tags");
    boolean gone = absent.stream().noneMatch(tags::has);
    if (Echo.difference(present, tags).isPresent() || !gone) {
      throw CheckFailure.of(listed, rule, "tags " + present + (absent.isEmpty() ? "" : " without " + absent));
    }
  }

  private static String put(CheckContext c, String plan, String rule) {
    ObjectNode in = Steps.object().put("resourceArn", plan).put("policy", HappyPath.policy());
    return Steps.text(Steps.body(Steps.must(c, "PutResourcePolicy", in, rule)), "policyId", "PutResourcePolicy");
  }

  private static void expectPolicy(CheckContext c, String plan, String id, int times, String rule) {
    Exchange got = Steps.must(c, "GetResourcePolicies", Steps.object().put("resourceArn", plan), rule);
    long seen = 0;
    for (JsonNode p : Steps.body(got).path("resourcePolicies")) {
      seen += id.equals(p.path("policyId").asText()) ? 1 : 0;
    }
    if (seen != times) {
      throw CheckFailure.of(got, rule, "the policy " + id + " listed " + times + " time(s), found " + seen);
    }
  }
}
