package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a generated input meaningful in its sequence: unique names and client tokens become slots (a plan may
 * take the name of an earlier one), dedupe strings come from two per sequence (so incidents can collide), tags
 * and related items stay few, removals name what was added, a resource policy is a policy for its plan, and list
 * filters are ones the documentation names.
 */
final class Rewrites {
  private static final int FEW = 3;
  private static final int PAGE = 20;

  private Rewrites() {
  }

  /** Rewrites {@code in} in place; returns the name slot a created plan takes, else null. */
  static String apply(Draw draw, ObjectNode in, Map<Kind, Handle> named, Model model, Facts.Op op,
      Contract contract) {
    contract.operation(op.name()).idempotencyToken().filter(in::has)
        .ifPresent(token -> in.put(token, model.newSlot("token")));
    filters(draw, in, op);
    if (op.read() != null && op.read().isList()) {
      contract.operation(op.name()).paginator().ifPresent(p -> pageSize(in, p.pageSize(),
          contract.shape(contract.shape(contract.operation(op.name()).input()).members().get(p.pageSize()).target())
              .max().orElse(PAGE)));
    }
    String nameSlot = null;
    switch (op.name()) {
      case "CreateResponsePlan" -> {
        nameSlot = name(draw, model);
        in.put("name", nameSlot);
        few(in, "tags");
        if (in.path("incidentTemplate") instanceof ObjectNode template) {
          dedupe(draw, template, "dedupeString");
          few(template, "incidentTags");
        }
      }
      case "UpdateResponsePlan" -> {
        dedupe(draw, in, "incidentTemplateDedupeString");
        few(in, "incidentTemplateTags");
      }
      case "StartIncident" -> few(in, "relatedItems");
      case "TagResource" -> few(in, "tags");
      case "UntagResource" -> untag(draw, in, taggable(named));
      case "UpdateRelatedItems" -> removeAdded(draw, in, named.get(Kind.INCIDENT), model);
      case "PutResourcePolicy" -> in.put("policy", policy(named.get(Kind.PLAN)));
      default -> { }
    }
    return nameSlot;
  }

  /** The plan a tag operation names (the placeholder's kind may have been answered by an incident). */
  static Handle taggable(Map<Kind, Handle> named) {
    return named.containsKey(Kind.PLAN) ? named.get(Kind.PLAN) : named.get(Kind.INCIDENT);
  }

  /**
   * A new name, or now and then the name of an earlier plan of the sequence: most often a deleted one's (a plan
   * created again under an old name must not inherit what the old one had), sometimes a live one's (a conflict).
   */
  private static String name(Draw draw, Model model) {
    List<Handle> named = model.all(Kind.PLAN).stream().filter(h -> h.nameSlot() != null).toList();
    List<Handle> deleted = named.stream().filter(h -> !h.live()).toList();
    int choice = draw.choice(2);
    if (!deleted.isEmpty() && choice % 2 == 0) {
      return deleted.get(choice / 2 % deleted.size()).nameSlot();
    }
    if (!named.isEmpty() && choice % 7 == 1) {
      return named.get(choice / 7 % named.size()).nameSlot();
    }
    return model.newSlot("name");
  }

  private static void dedupe(Draw draw, ObjectNode in, String member) {
    if (in.has(member)) {
      in.put(member, "⟨dedupe " + (1 + draw.choice(3) % 2) + "⟩");
    }
  }

  private static void few(ObjectNode in, String member) {
    JsonNode value = in.get(member);
    if (value instanceof ObjectNode map && map.size() > FEW) {
      List<String> keep = new ArrayList<>();
      map.fieldNames().forEachRemaining(k -> {
        if (keep.size() < FEW) {
          keep.add(k);
        }
      });
      map.retain(keep);
    } else if (value instanceof ArrayNode list) {
      while (list.size() > FEW) {
        list.remove(list.size() - 1);
      }
    }
  }

  private static void untag(Draw draw, ObjectNode in, Handle resource) {
    if (resource == null || resource.tagKeys().isEmpty() || draw.choice(2) % 3 == 0) {
      return;
    }
    List<String> keys = new ArrayList<>(resource.tagKeys());
    ArrayNode tagKeys = in.putArray("tagKeys").add(keys.get(draw.choice(2) % keys.size()));
    if (keys.size() > 1 && draw.choice(3) % 2 == 0) {
      tagKeys.add(keys.get((draw.choice(2) + 1) % keys.size()));
    }
  }

  private static void removeAdded(Draw draw, ObjectNode in, Handle incident, Model model) {
    JsonNode update = in.path("relatedItemsUpdate");
    if (!update.has("itemToRemove") || draw.choice(2) % 4 == 0) {
      return;
    }
    List<Handle> items = model.all(Kind.RELATED_ITEM).stream().filter(h -> h.parent() == incident && h.live()).toList();
    if (!items.isEmpty()) {
      ((ObjectNode) update).set("itemToRemove", items.get(draw.choice(2) % items.size()).value().deepCopy());
    }
  }

  /** A resource policy a real service accepts: another account may read the plan and start incidents from it. */
  private static String policy(Handle plan) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"imkit\",\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":[\"ssm-incidents:GetResponsePlan\","
        + "\"ssm-incidents:StartIncident\"],\"Resource\":\"" + plan.symbol() + "\"}]}";
  }

  /**
   * A list read walks every page: pages of at least {@value #PAGE} items (the largest allowed when none is
   * given) keep its cost near one request; walks through small pages, with steps in between, are steps of their own.
   */
  private static void pageSize(ObjectNode in, String member, long max) {
    if (!in.has(member)) {
      in.put(member, max);
    } else if (in.path(member).asInt() < PAGE) {
      in.put(member, Math.min(PAGE, max));
    }
  }

  /** Filters on what the sequence wrote, as the documentation names them; generated keys mean nothing. */
  private static void filters(Draw draw, ObjectNode in, Facts.Op op) {
    if (op.filters().isEmpty()) {
      return;
    }
    in.remove("filters");
    if (draw.choice(3) % 3 == 0) {
      in.putArray("filters").add(op.filters().get(draw.choice(3) / 3 % op.filters().size()).deepCopy());
    }
  }
}
