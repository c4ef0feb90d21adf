package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A related item's identifier whose type fits its value, as the documentation describes them: a metric
 * definition for METRIC, a URL for attachments, analyses, tasks and other items, an ARN for incidents,
 * automations, involved resources and the rest. The value's member is chosen first (uniformly, so every member
 * is reached), then a type among those that fit it and exist at the revision.
 */
final class ItemIdentifierGen implements Gen {
  static final Map<String, List<String>> TYPES_BY_VALUE = Map.of(
      "metricDefinition", List.of("METRIC"),
      "url", List.of("OTHER", "ATTACHMENT", "ANALYSIS", "TASK"),
      "arn", List.of("OTHER", "INCIDENT", "PARENT", "AUTOMATION", "INVOLVED_RESOURCE", "ANALYSIS", "ATTACHMENT"),
      "pagerDutyIncidentDetail", List.of("INCIDENT"));

  private final UnionGen value;
  private final String[] members;
  private final List<String> types;

  ItemIdentifierGen(UnionGen value, List<String> types) {
    this.value = value;
    this.members = value.names();
    this.types = List.copyOf(types);
  }

  @Override
  public JsonNode next(Run run) {
    int m = run.source.member(members.length);
    JsonNode v = value.nextWith(run, m);
    List<String> fitting = new ArrayList<>(TYPES_BY_VALUE.getOrDefault(members[m], List.of()));
    fitting.retainAll(types);
    List<String> choices = fitting.isEmpty() ? types : fitting;
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("type", TextNode.valueOf(choices.get(run.source.pick(choices.size()))));
    o.set("value", v);
    return o;
  }
}
