package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.state.Walk;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.ArrayList;
import java.util.List;

/** Related items as the revision checks handle them: an identifier to send, and the incident's listed items. */
final class RelatedItems {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_PAGES = 20;

  private RelatedItems() {
  }

  /** An identifier of {@code type} whose value is an ARN unique to this run. */
  static ObjectNode identifier(DefaultTarget target, String type) {
    ObjectNode identifier = JSON.objectNode().put("type", type);
    String account = target.account().isEmpty() ? "123456789012" : target.account();
    identifier.putObject("value").put("arn", "arn:aws:ec2:" + target.settings().region() + ":" + account
        + ":instance/" + target.uniqueName("i"));
    return identifier;
  }

  /** The items of the incident, every page read; a failing call is a failure of {@code rule}. */
  static Walk list(DefaultTarget target, String incidentArn, String rule) {
    List<Exchange> pages = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    String token = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      ObjectNode input = JSON.objectNode().put("incidentRecordArn", incidentArn);
      if (token != null) {
        input.put("nextToken", token);
      }
      Exchange answer = target.call("ListRelatedItems", input);
      JsonNode json = answer.jsonOrNull();
      if (!answer.succeeded() || json == null) {
        throw CheckFailure.of(answer, rule, "ListRelatedItems must list the incident's related items");
      }
      pages.add(answer);
      json.path("relatedItems").forEach(items::add);
      token = target.contract().operation("ListRelatedItems").paginator().orElseThrow().next(json).orElse(null);
      if (token == null) {
        break;
      }
    }
    return new Walk(pages, items);
  }

  /** Whether one of the items has exactly this identifier (type and value). */
  static boolean contains(List<JsonNode> items, JsonNode identifier) {
    return items.stream().anyMatch(i -> i.path("identifier").path("type").equals(identifier.path("type"))
        && i.path("identifier").path("value").equals(identifier.path("value")));
  }
}
