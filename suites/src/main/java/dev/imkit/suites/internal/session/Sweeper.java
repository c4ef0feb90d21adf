package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.Resources;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The removals behind {@code imkit cleanup}: journaled resources, or resources tagged with a run ID. A resource
 * whose creation answer was lost (the run was killed during the call) is found from its intent, as its kind's ARN
 * format allows: by its name ({@code {name}}), or among its kind's list by its parent's name ({@code {parentName}}).
 */
public final class Sweeper {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Sweeper() {
  }

  public static int removeJournaled(DefaultTarget target, List<ObjectNode> created, List<ObjectNode> orphans) {
    List<ObjectNode> all = new ArrayList<>(created);
    created.forEach(c -> c.path("ids").forEach(v -> target.learnAccount(v.asText())));
    Map<String, List<String>> listed = new HashMap<>();
    for (ObjectNode orphan : orphans) {
      String operation = orphan.path("operation").asText();
      Optional<Resource> kind = Cleanup.kind(operation);
      if (kind.isEmpty() || kind.get().arnTemplate().isEmpty()) {
        continue;
      }
      String template = kind.get().arnTemplate().get();
      JsonNode ids = orphan.path("ids");
      if (template.contains("{name}") && ids.path("name").isTextual() && !target.account().isEmpty()) {
        all.add(line(operation, template.replace("{account}", target.account()).replace("{region}", "")
            .replace("{name}", ids.path("name").asText())));
      } else if (template.contains("{parentName}") && ids.path("parent").isTextual()) {
        String parent = ids.path("parent").asText();
        String segment = "/" + parent.substring(parent.lastIndexOf('/') + 1) + "/";
        listed.computeIfAbsent(operation, op -> walk(target, kind.get())).stream()
            .filter(arn -> segment.length() > 2 && arn.contains(segment)).forEach(arn -> all.add(line(operation, arn)));
      }
    }
    return Cleanup.remove(target, all);
  }

  /** Removes every listable, taggable-by-run resource that carries the run tag (incidents first). */
  public static int removeTagged(DefaultTarget target) {
    List<ObjectNode> found = new ArrayList<>();
    for (Resource r : Resources.all()) {
      boolean listable = r.list().map(l -> l.input().isEmpty() && !l.at().isEmpty()).orElse(false);
      if (!r.singleton() && listable && r.arnTemplate().isPresent()) {
        walk(target, r).stream().filter(arn -> tagged(target, arn))
            .forEach(arn -> found.add(line(r.create().operation(), arn)));
      }
    }
    return Cleanup.remove(target, found);
  }

  private static ObjectNode line(String operation, String arn) {
    ObjectNode line = JSON.objectNode().put("operation", operation);
    line.putObject("ids").put("arn", arn);
    return line;
  }

  private static boolean tagged(DefaultTarget target, String arn) {
    Exchange tags = target.call("ListTagsForResource", JSON.objectNode().put("resourceArn", arn));
    JsonNode json = tags.jsonOrNull();
    return tags.succeeded() && json != null && json.path("tags").has(DefaultTarget.RUN_TAG);
  }

  /** Every ARN the kind's list operation gives, page by page (bounded). */
  private static List<String> walk(DefaultTarget target, Resource r) {
    Resource.Listing listing = r.list().orElseThrow();
    List<String> arns = new ArrayList<>();
    String token = null;
    for (int page = 0; page < 1000; page++) {
      ObjectNode input = JSON.objectNode().put("maxResults", 100);
      if (token != null) {
        input.put("nextToken", token);
      }
      Exchange answer = target.call(listing.operation(), input);
      JsonNode json = answer.jsonOrNull();
      if (!answer.succeeded() || json == null) {
        break;
      }
      json.at(listing.items()).forEach(i -> arns.add(i.at(listing.at()).asText()));
      token = target.contract().operation(listing.operation()).paginator().orElseThrow().next(json).orElse(null);
      if (token == null) {
        break;
      }
    }
    return arns;
  }
}
