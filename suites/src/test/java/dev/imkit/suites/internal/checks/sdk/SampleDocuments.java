package dev.imkit.suites.internal.checks.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Broad, valid documents for any shape: every member present (maximal nesting), two entries per list and map
 * (one for distinct-item lists of patterned strings), and variant {@code k} choosing the k-th value of every enum
 * and the k-th member of every union, so that a handful of variants reach all of them.
 */
final class SampleDocuments {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Values for the shapes that carry a pattern (checked against it by the test that uses them). */
  static final Map<String, String> PATTERNED = Map.of(
      "Arn", "arn:aws:ssm-incidents::123456789012:response-plan/plan-1",
      "RoleArn", "arn:aws:iam::123456789012:role/incident-automation",
      "SsmContactsArn", "arn:aws:ssm-contacts:us-east-1:123456789012:contact/oncall-primary",
      "GeneratedId", "related-item/INVOLVED_RESOURCE/0123456789ABCDEF0123456789ABCDEF",
      "ResponsePlanName", "plan-1",
      "TagKey", "team",
      "TagValue", "ops",
      "SsmAutomationDocumentNameString", "AWSIncidents-CriticalIncidentRunbookTemplate");

  private final Contract contract;
  private final int variant;

  SampleDocuments(Contract contract, int variant) {
    this.contract = contract;
    this.variant = variant;
  }

  JsonNode of(String shapeName) {
    return value(contract.shape(shapeName), 0);
  }

  private JsonNode value(Shape s, int index) {
    return switch (s.kind()) {
      case STRUCTURE -> structure(s);
      case UNION -> union(s);
      case LIST -> list(s);
      case MAP -> map(s);
      case STRING -> F.textNode(string(s, index));
      case ENUM -> F.textNode(s.enumValues().get(variant % s.enumValues().size()));
      case INTEGER -> F.numberNode(s.min().orElse(0) + variant % (s.max().orElse(100) - s.min().orElse(0) + 1));
      case BOOLEAN -> F.booleanNode(variant % 2 == 0);
      case TIMESTAMP -> variant % 2 == 0 ? F.numberNode(1_700_000_000L + variant)
          : F.numberNode(new BigDecimal("1700000000.25"));
    };
  }

  private ObjectNode structure(Shape s) {
    ObjectNode o = F.objectNode();
    for (Member m : s.members().values()) {
      o.set(m.name(), value(contract.shape(m.target()), 0));
    }
    return o;
  }

  private ObjectNode union(Shape s) {
    Member chosen = s.members().values().stream().skip(variant % s.members().size()).findFirst().orElseThrow();
    ObjectNode o = F.objectNode();
    o.set(chosen.name(), value(contract.shape(chosen.target()), 0));
    return o;
  }

  private ArrayNode list(Shape s) {
    Shape item = contract.shape(s.listMember());
    int n = (int) Math.min(s.max().orElse(2), s.uniqueItems() && item.pattern().isPresent() ? 1 : 2);
    ArrayNode a = F.arrayNode();
    for (int i = 0; i < Math.max(n, s.min().orElse(0)); i++) {
      a.add(value(item, i));
    }
    return a;
  }

  private ObjectNode map(Shape s) {
    Shape key = contract.shape(s.mapKey());
    Shape value = contract.shape(s.mapValue());
    ObjectNode o = F.objectNode();
    for (int i = 0; i < Math.min(2, s.max().orElse(2)); i++) {
      o.set(string(key, i), value(value, i));
    }
    return o;
  }

  private String string(Shape s, int index) {
    String v = PATTERNED.get(s.name());
    if (v == null && s.pattern().isPresent()) {
      throw new IllegalStateException("shape " + s.name() + " has a pattern; add a sample value for it");
    }
    if (v != null) {
      return index == 0 ? v : v.substring(0, v.length() - 1) + index % 10;
    }
    v = s.name().equals("RegionName") ? REGIONS[index % REGIONS.length] : "v" + variant + "-" + s.name() + "-" + index;
    StringBuilder sb = new StringBuilder(v);
    while (sb.length() < s.min().orElse(0)) {
      sb.append('x');
    }
    return s.max().isPresent() && sb.length() > s.max().getAsLong() ? sb.substring(0, (int) s.max().getAsLong())
        : sb.toString();
  }

  private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};
}
