package dev.imkit.generators.internal;

import dev.imkit.generators.api.ReferenceKind;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Resources;
import java.util.List;
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

  /**
   * Places whose valid values the target's state decides, not their shape: the account's only replication set is
   * created once and its regions are added and removed against what it holds; an item to remove must be there.
   * Their valid extremes are not judged ("*" marks a whole operation).
   */
  private static final Map<String, String> STATEFUL = Map.of(
      "CreateReplicationSet *", "the account has one replication set, created once",
      "UpdateReplicationSet /actions", "regions are added and removed against those the set holds",
      "UpdateRelatedItems /relatedItemsUpdate/itemToRemove", "an item to remove must be one the incident has");

  private static final Map<String, List<String>> UNIQUE_VALUES = Map.of("UpdateRelatedItems", List.of(
      "/relatedItemsUpdate/itemToAdd/identifier/value/url", "/relatedItemsUpdate/itemToAdd/identifier/value/arn"));

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

  /** Whether the valid values at {@code pointer} (a template) depend on the target's state. */
  static boolean stateful(Operation operation, String pointer) {
    if (STATEFUL.containsKey(operation.name() + " *")) {
      return true;
    }
    return STATEFUL.keySet().stream().anyMatch(k -> k.startsWith(operation.name() + " ")
        && (pointer + "/").startsWith(k.substring(operation.name().length() + 1) + "/"));
  }

  static boolean notSent(Operation operation, String pointer) {
    return NOT_SENT.containsKey(operation.name() + " " + pointer);
  }

  static boolean uniqueName(Operation operation, String pointer) {
    return UNIQUE_NAMES.containsKey(operation.name() + " " + pointer);
  }

  /** The unique-name pointers of an operation's input. */
  static List<String> uniqueNames(Operation operation) {
    return UNIQUE_NAMES.keySet().stream().filter(k -> k.startsWith(operation.name() + " "))
        .map(k -> k.substring(operation.name().length() + 1)).toList();
  }

  /**
   * Values that identify what a call adds, so that two calls add two things: a related item is known by its
   * identifier, and adding the same one again may be refused as a duplicate.
   */
  static List<String> uniqueValues(Operation operation) {
    return UNIQUE_VALUES.getOrDefault(operation.name(), List.of());
  }

  static boolean idempotencyToken(Operation operation, String pointer) {
    return operation.idempotencyToken().map(t -> pointer.equals("/" + t)).orElse(false);
  }
}
