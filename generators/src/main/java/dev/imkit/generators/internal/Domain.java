package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Documented;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The domain hooks: where a generic, schema-driven value would be meaningless against a live target, a
 * realistic or referentially valid one replaces it. Hooks apply only to valid subtrees; a broken site is
 * always generated from the schema.
 */
final class Domain {
  private final Contract contract;
  private final GenerationContext ctx;
  private final Realistic realistic;

  Domain(Contract contract, GenerationContext ctx) {
    this.contract = contract;
    this.ctx = ctx;
    this.realistic = new Realistic(ctx);
  }

  /** The generator replacing the generic one at {@code place}, an {@link Absent}, or {@code null} for none. */
  Gen hook(Operation op, References refs, Place place) {
    if (op != null) {
      Gen g = operationHook(op, refs, place);
      if (g != null) {
        return g;
      }
    }
    if (place.parent() != null && place.parent().name().equals("NotificationTargetItem")
        && "snsTopicArn".equals(place.member())) {
      return realistic.snsTopicArn();
    }
    Shape s = place.shape();
    int lo = (int) s.min().orElse(0);
    int hi = (int) Math.min(s.max().orElse(GenBuilder.UNBOUNDED_TEXT), Integer.MAX_VALUE - 1);
    return switch (s.name()) {
      case "RoleArn" -> realistic.roleArn();
      case "SnsArn" -> realistic.snsTopicArn();
      case "SsmContactsArn" -> realistic.contactArn();
      case "SsmAutomationDocumentNameString" -> realistic.documentName();
      case "RegionName" -> realistic.region();
      case "SseKmsKey" -> realistic.kmsKeyArn();
      case "Url" -> realistic.url(lo, hi);
      case "MetricDefinition" -> realistic.metricDefinition(lo, hi);
      case "Policy" -> realistic.policy(lo, hi);
      default -> null;
    };
  }

  /** A resource ARN where typical values are made (any other value generated as {@code generic} makes it). */
  Gen typicalArn(Gen generic) {
    Gen arn = realistic.resourceArn();
    return run -> run.source.isTypical() ? arn.next(run) : generic.next(run);
  }

  /**
   * The realistic generator of {@code place} with its length bounded to {@code [lo, hi]}, for the shapes whose
   * realistic values can take any length (URLs, metric definitions, policies); {@code null} for others.
   */
  Gen sized(Place place, int lo, int hi) {
    return switch (place.shape().name()) {
      case "Url" -> realistic.url(lo, hi);
      case "MetricDefinition" -> realistic.metricDefinition(lo, hi);
      case "Policy" -> realistic.policy(lo, hi);
      default -> null;
    };
  }

  /** The related-item type pairing for an ItemIdentifier, or {@code null} if the shapes do not allow it. */
  Gen itemIdentifier(Shape shape, StructureGen.Slot type, StructureGen.Slot value) {
    if (!shape.name().equals("ItemIdentifier") || !(value.gen() instanceof UnionGen union)) {
      return null;
    }
    return new ItemIdentifierGen(union, contract.shape(shape.members().get("type").target()).enumValues());
  }

  private Gen operationHook(Operation op, References refs, Place place) {
    String pointer = place.pointer();
    if (DomainTable.notSent(op, pointer)) {
      return new Absent(null);
    }
    java.util.Optional<List<String>> documented = Documented.values(op.name(), pointer);
    if (documented.isPresent()) {
      String[] values = documented.get().toArray(new String[0]);
      return run -> TextNode.valueOf(Tokens.pick(run.source, values));
    }
    if (place.shape().name().equals("Filter") && !Documented.filters(op.name()).isEmpty()) {
      return new FilterGen(Documented.filters(op.name()), new TextGen(1, 40));
    }
    if (DomainTable.idempotencyToken(op, pointer)) {
      // salted by the run's name prefix: a token kept by a target from an earlier run with the same seed would
      // make this call a conflict (same token, other input)
      return run -> TextNode.valueOf(Tokens.uuid(run.source, ctx.namePrefix()));
    }
    if (DomainTable.uniqueName(op, pointer)) {
      return uniqueName(place.shape());
    }
    ReferenceKind kind = DomainTable.reference(op, pointer);
    return kind == null ? null : reference(kind, refs, place);
  }

  private Gen reference(ReferenceKind kind, References refs, Place place) {
    ReferenceKind needed = kind == ReferenceKind.RESPONSE_PLAN && refs.uses(ReferenceKind.RESOURCE_POLICY)
        ? ReferenceKind.RESOURCE_POLICY : kind;
    if (!refs.available(needed)) {
      return new Absent(needed);
    }
    checkSupplied(kind, place.shape());
    return switch (kind) {
      case RESPONSE_PLAN -> text(run -> run.refs.responsePlan());
      case INCIDENT_RECORD -> text(run -> run.refs.incident());
      case TIMELINE_EVENT -> text(run -> run.refs.eventId());
      case REPLICATION_SET -> text(run -> run.refs.replicationSet());
      case TAGGABLE_RESOURCE -> text(run -> run.refs.taggable());
      case RESOURCE_POLICY -> text(run -> run.refs.policyId());
      case RELATED_ITEM -> new RelatedItemIdGen(refs, ctx.isStrict());
      case PAGINATION_TOKEN -> null;
    };
  }

  /** A unique-per-try name: the context's prefix, 12 random characters, then padding to a drawn length. */
  private Gen uniqueName(Shape shape) {
    int hi = (int) shape.max().orElse(GenBuilder.UNBOUNDED_TEXT);
    String pad = Tokens.ALNUM + "-_";
    return run -> {
      String base = ctx.namePrefix() + Tokens.token(run.source, Tokens.LOWER_ALNUM, 12);
      int target = run.source.length(base.length(), Math.max(hi, base.length()));
      return TextNode.valueOf(base + Tokens.token(run.source, pad, target - base.length()));
    };
  }

  private static Gen text(Function<Run, String> value) {
    return run -> TextNode.valueOf(value.apply(run));
  }

  /** Context values must be valid where they go: a bad ARN would make every "valid" input invalid. */
  private void checkSupplied(ReferenceKind kind, Shape shape) {
    for (String value : supplied(kind)) {
      ValidationReport r = contract.validator().shape(shape.name(), TextNode.valueOf(value));
      if (!r.valid()) {
        throw new IllegalArgumentException("the generation context's " + kind.description() + " '" + value
            + "' is not a valid " + shape.name() + " at revision " + contract.revision().name() + ": "
            + r.summary());
      }
    }
  }

  private List<String> supplied(ReferenceKind kind) {
    List<String> out = new ArrayList<>();
    switch (kind) {
      case RESPONSE_PLAN -> {
        out.addAll(ctx.responsePlanArns());
        ctx.resourcePolicies().forEach(p -> out.add(p.responsePlanArn()));
      }
      case INCIDENT_RECORD -> {
        out.addAll(ctx.incidentRecordArns());
        ctx.timelineEvents().forEach(e -> out.add(e.incidentRecordArn()));
        ctx.relatedItems().forEach(r -> out.add(r.incidentRecordArn()));
      }
      case TIMELINE_EVENT -> ctx.timelineEvents().forEach(e -> out.add(e.eventId()));
      case RELATED_ITEM -> ctx.relatedItems().forEach(r -> out.add(r.generatedId()));
      case REPLICATION_SET -> out.addAll(ctx.replicationSetArns());
      case TAGGABLE_RESOURCE -> out.addAll(ctx.taggableArns());
      case RESOURCE_POLICY -> ctx.resourcePolicies().forEach(p -> out.add(p.policyId()));
      case PAGINATION_TOKEN -> { }
    }
    return out;
  }
}
