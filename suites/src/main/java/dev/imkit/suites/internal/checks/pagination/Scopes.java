package dev.imkit.suites.internal.checks.pagination;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.checks.HappyPath;
import dev.imkit.suites.internal.checks.state.Steps;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * For each paginated operation, items the check creates and the list input that holds them: under an incident
 * or plan of its own where the operation is scoped, account-wide otherwise (where other checks' items mix in).
 *
 * @param input the list input (without page members)
 * @param mine the keys of the items the check created
 */
record Scopes(ObjectNode input, List<String> mine) {
  static final int ITEMS = 5;

  /** The scope for {@code operation}, its items created; empty when the API offers no way to create items. */
  static Optional<Scopes> create(CheckContext c, String operation) {
    return switch (operation) {
      case "ListResponsePlans" -> Optional.of(new Scopes(Steps.object(), repeat(() -> c.fixtures().responsePlan())));
      case "ListIncidentRecords" -> Optional.of(new Scopes(Steps.object(), repeat(() -> c.fixtures().incident())));
      case "ListRelatedItems" -> Optional.of(relatedItems(c));
      case "ListTimelineEvents" -> Optional.of(timelineEvents(c));
      case "GetResourcePolicies" -> Optional.of(policies(c));
      case "ListReplicationSets" -> Optional.of(new Scopes(Steps.object(), List.of(c.fixtures().replicationSetArn())));
      default -> Optional.empty();
    };
  }

  private static Scopes relatedItems(CheckContext c) {
    String incident = c.fixtures().incident();
    List<String> urls = repeat(() -> {
      String url = "https://example.com/imkit/" + UUID.randomUUID();
      ObjectNode in = Steps.object().put("incidentRecordArn", incident);
      in.putObject("relatedItemsUpdate").putObject("itemToAdd").putObject("identifier").put("type", "OTHER")
          .putObject("value").put("url", url);
      Steps.need(c, "UpdateRelatedItems", in);
      return url;
    });
    return new Scopes(Steps.object().put("incidentRecordArn", incident), urls);
  }

  private static Scopes timelineEvents(CheckContext c) {
    String incident = c.fixtures().incident();
    return new Scopes(Steps.object().put("incidentRecordArn", incident),
        repeat(() -> c.fixtures().timelineEvent(incident)));
  }

  private static Scopes policies(CheckContext c) {
    String plan = c.fixtures().responsePlan();
    List<String> ids = repeat(() -> Steps.text(Steps.need(c, "PutResourcePolicy", Steps.object()
        .put("resourceArn", plan).put("policy", HappyPath.policy())), "policyId", "PutResourcePolicy"));
    return new Scopes(Steps.object().put("resourceArn", plan), ids);
  }

  private static List<String> repeat(Supplier<String> create) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      keys.add(create.get());
    }
    return keys;
  }
}
