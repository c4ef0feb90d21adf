package dev.imkit.generators.internal;

import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Resources;
import java.util.Map;

/**
 * What the documentation says of some input members beyond their shapes: which refer to existing resources (read
 * from the contract's {@code resources.json}; pagination tokens from its paginators), which are not sent, which
 * must be unique per call.
 */
final class DomainTable {
  /** Members the documentation tells clients not to send (RelatedItem.generatedId when adding an item). */
  private static final Map<String, String> NOT_SENT = Map.of(
      "StartIncident /relatedItems/0/generatedId", "the server assigns it",
      "UpdateRelatedItems /relatedItemsUpdate/itemToAdd/generatedId", "the server assigns it");

  /** Members whose values must be unique per try (a second create with the same name conflicts). */
  private static final Map<String, String> UNIQUE_NAMES = Map.of("CreateResponsePlan /name", "response plan name");

  private DomainTable() {
  }

  /**
   * The resource {@code pointer} of {@code operation}'s input refers to (from the contract's resources data), or
   * {@code null}.
   */
  static ReferenceKind reference(Operation operation, String pointer) {
    ReferenceKind kind = Resources.reference(operation.name(), pointer).flatMap(ResourceReference::as)
        .map(ReferenceKind::valueOf).orElse(null);
    if (kind == null && operation.paginator().isPresent()
        && pointer.equals("/" + operation.paginator().get().inputToken())) {
      kind = ReferenceKind.PAGINATION_TOKEN;
    }
    return kind;
  }

  static boolean notSent(Operation operation, String pointer) {
    return NOT_SENT.containsKey(operation.name() + " " + pointer);
  }

  static boolean uniqueName(Operation operation, String pointer) {
    return UNIQUE_NAMES.containsKey(operation.name() + " " + pointer);
  }

  static boolean idempotencyToken(Operation operation, String pointer) {
    return operation.idempotencyToken().map(t -> pointer.equals("/" + t)).orElse(false);
  }
}
