package dev.imkit.generators.internal;

import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.GenerationContext.RelatedItemRef;
import dev.imkit.generators.api.ReferenceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Picks, once per document, the existing resources its reference members point to, so that they agree with
 * each other (a timeline event id and the incident it belongs to; a policy id and its response plan). A strict
 * context only picks what it was given; a lenient one synthesizes what it lacks.
 */
final class References {
  /** The references of one document; {@code null} where the operation has none or none could be picked. */
  record Picked(String responsePlan, String incident, String eventId, String replicationSet, String taggable,
      String policyId) {
    static final Picked NONE = new Picked(null, null, null, null, null, null);
  }

  private final GenerationContext ctx;
  private final Set<ReferenceKind> kinds;
  private final List<String> itemTypes;

  References(GenerationContext ctx, Set<ReferenceKind> kinds, List<String> itemTypes) {
    this.ctx = ctx;
    this.kinds = kinds.isEmpty() ? EnumSet.noneOf(ReferenceKind.class) : EnumSet.copyOf(kinds);
    this.itemTypes = itemTypes;
  }

  /** Whether the operation's input refers to a resource of {@code kind}. */
  boolean uses(ReferenceKind kind) {
    return kinds.contains(kind);
  }

  /** Whether a value of {@code kind} can ever be picked in this context. */
  boolean available(ReferenceKind kind) {
    if (!ctx.isStrict()) {
      return true;
    }
    return switch (kind) {
      case RESPONSE_PLAN -> !ctx.responsePlanArns().isEmpty() || !ctx.resourcePolicies().isEmpty();
      case INCIDENT_RECORD -> !incidents().isEmpty();
      case TIMELINE_EVENT -> !ctx.timelineEvents().isEmpty();
      case RELATED_ITEM -> !ctx.relatedItems().isEmpty();
      case REPLICATION_SET -> !ctx.replicationSetArns().isEmpty();
      case TAGGABLE_RESOURCE -> !taggables().isEmpty();
      case RESOURCE_POLICY -> !ctx.resourcePolicies().isEmpty();
      case PAGINATION_TOKEN -> false;
    };
  }

  Picked pick(Source s) {
    if (kinds.isEmpty()) {
      return Picked.NONE;
    }
    String plan = null;
    String policy = null;
    String incident = null;
    String event = null;
    if (kinds.contains(ReferenceKind.RESOURCE_POLICY)) {
      var p = one(s, ctx.resourcePolicies());
      plan = p != null ? p.responsePlanArn() : lenient(() -> planArn(s));
      policy = p != null ? p.policyId() : lenient(() -> Tokens.token(s, Tokens.HEX, 32));
    }
    if (kinds.contains(ReferenceKind.RESPONSE_PLAN) && plan == null) {
      plan = orSynthesized(one(s, ctx.responsePlanArns()), () -> planArn(s));
    }
    if (kinds.contains(ReferenceKind.TIMELINE_EVENT)) {
      var e = one(s, ctx.timelineEvents());
      incident = e != null ? e.incidentRecordArn() : null;
      event = e != null ? e.eventId() : lenient(() -> Tokens.uuid(s));
    }
    if (kinds.contains(ReferenceKind.INCIDENT_RECORD) && incident == null) {
      incident = orSynthesized(one(s, incidents()), () -> incidentArn(s));
    }
    String replication = kinds.contains(ReferenceKind.REPLICATION_SET)
        ? orSynthesized(one(s, ctx.replicationSetArns()), () -> replicationSetArn(s)) : null;
    String taggable = kinds.contains(ReferenceKind.TAGGABLE_RESOURCE)
        ? orSynthesized(one(s, taggables()), () -> planArn(s)) : null;
    return new Picked(plan, incident, event, replication, taggable, policy);
  }

  /** The related item ids that may be referenced in a document about {@code incident}. */
  List<String> relatedItemIds(String incident) {
    List<String> ids = new ArrayList<>();
    for (RelatedItemRef r : ctx.relatedItems()) {
      if (!ctx.isStrict() || r.incidentRecordArn().equals(incident)) {
        ids.add(r.generatedId());
      }
    }
    return ids;
  }

  String synthesizedRelatedItemId(Source s) {
    return "related-item/" + itemTypes.get(s.pick(itemTypes.size())) + "/" + Tokens.token(s, Tokens.UPPER_HEX, 32);
  }

  String planArn(Source s) {
    return "arn:aws:ssm-incidents::" + ctx.accountId() + ":response-plan/" + ctx.namePrefix()
        + Tokens.token(s, Tokens.ALNUM, 10);
  }

  private String incidentArn(Source s) {
    return "arn:aws:ssm-incidents::" + ctx.accountId() + ":incident-record/" + ctx.namePrefix()
        + Tokens.token(s, Tokens.ALNUM, 10) + "/" + Tokens.uuid(s);
  }

  private String replicationSetArn(Source s) {
    return "arn:aws:ssm-incidents::" + ctx.accountId() + ":replication-set/" + Tokens.uuid(s);
  }

  private List<String> incidents() {
    Set<String> all = new LinkedHashSet<>(ctx.incidentRecordArns());
    ctx.timelineEvents().forEach(e -> all.add(e.incidentRecordArn()));
    ctx.relatedItems().forEach(r -> all.add(r.incidentRecordArn()));
    return List.copyOf(all);
  }

  private List<String> taggables() {
    if (!ctx.taggableArns().isEmpty()) {
      return ctx.taggableArns();
    }
    Set<String> all = new LinkedHashSet<>(ctx.responsePlanArns());
    all.addAll(ctx.replicationSetArns());
    return List.copyOf(all);
  }

  private static <T> T one(Source s, List<T> values) {
    return values.isEmpty() ? null : values.get(s.pick(values.size()));
  }

  private String orSynthesized(String value, Supplier<String> synthesized) {
    return value != null ? value : lenient(synthesized);
  }

  private String lenient(Supplier<String> synthesized) {
    return ctx.isStrict() ? null : synthesized.get();
  }
}
