package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code resources.json}, read once into typed records. */
public final class ResourceData {
  private static volatile ResourceData instance;

  private final List<Resource> resources = new ArrayList<>();
  private final List<ResourceReference> references = new ArrayList<>();

  private ResourceData(JsonNode file) {
    file.get("resources").forEach(r -> resources.add(resource(r)));
    file.get("references").forEach(r -> references.add(new ResourceReference(r.get("operation").asText(),
        r.get("pointer").asText(), r.get("resource").asText(), r.get("id").asText(), text(r, "as"))));
  }

  public static ResourceData get() {
    ResourceData d = instance;
    if (d == null) {
      synchronized (ResourceData.class) {
        d = instance;
        if (d == null) {
          d = new ResourceData(Json.resource(ContractData.ROOT + "resources.json"));
          instance = d;
        }
      }
    }
    return d;
  }

  public List<Resource> resources() {
    return List.copyOf(resources);
  }

  public List<ResourceReference> references() {
    return List.copyOf(references);
  }

  /** Whether {@code pointer} (a template: {@code 0} for list items) names a place inside shape {@code root}. */
  public static boolean resolves(Contract contract, String root, String pointer) {
    Shape s = contract.shape(root);
    for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      if (s.kind() == ShapeKind.LIST && step.equals("0")) {
        s = contract.shape(s.listMember());
      } else if (s.members().containsKey(step)) {
        s = contract.shape(s.members().get(step).target());
      } else {
        return false;
      }
    }
    return true;
  }

  private static Resource resource(JsonNode r) {
    JsonNode c = r.get("create");
    Resource.Creation create = new Resource.Creation(c.get("operation").asText(), text(c, "parentMember"),
        strings(c.get("ids")), text(c, "name"));
    return new Resource(r.get("kind").asText(), r.path("singleton").asBoolean(false),
        r.path("taggable").asBoolean(false), text(r, "arn"), text(r, "parent"), text(r, "needs"), create,
        call(r.get("get")), listing(r.get("list")), call(r.get("beforeDelete")), call(r.get("delete")).orElseThrow(),
        r.path("removalRank").asInt(9));
  }

  private static Optional<Resource.Call> call(JsonNode c) {
    if (c == null) {
      return Optional.empty();
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    c.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    return Optional.of(new Resource.Call(c.get("operation").asText(), strings(c.get("input")), values));
  }

  private static Optional<Resource.Listing> listing(JsonNode l) {
    if (l == null) {
      return Optional.empty();
    }
    return Optional.of(new Resource.Listing(l.get("operation").asText(), strings(l.get("input")),
        l.get("items").asText(), l.get("id").asText(), l.get("at").asText(), strings(l.get("more"))));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    if (object != null) {
      object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  private static Optional<String> text(JsonNode node, String member) {
    JsonNode v = node.get(member);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
