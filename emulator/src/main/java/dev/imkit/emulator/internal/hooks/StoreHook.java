package dev.imkit.emulator.internal.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The store: what writes keep (deletes, documents, tags, client tokens) and what reads show. */
public interface StoreHook {

  /** What a delete does to a resource. */
  enum Deletion {
    /** The resource is gone. */
    REMOVE,
    /** The resource stays, for reads and lists. */
    KEEP,
    /** Reads no longer find the resource, lists still show it. */
    KEEP_LISTED
  }

  /** What a delete of a resource of this type ({@code RESPONSE_PLAN}, ...) does, given the choice so far. */
  default Deletion deletion(String resourceType, Deletion deletion) {
    return deletion;
  }

  /** The response plan document stored by a create (or by an update), given the one stored so far. */
  default ObjectNode planDocument(boolean created, ObjectNode document) {
    return document;
  }

  /** The resolvedTime an update stores when it changes from {@code before} to {@code after}. */
  default Long resolvedTime(Long before, Long after) {
    return after;
  }

  /** The tags TagResource stores, changing {@code before} to {@code after}. */
  default Map<String, String> tags(Map<String, String> before, Map<String, String> after) {
    return after;
  }

  /** Whether a deleted resource's tags are kept, and given to a new resource with the same ARN. */
  default boolean tagsOutliveResources() {
    return false;
  }

  /** Whether an update applies to the resource as it was created rather than as it was last written. */
  default boolean updatesFromCreation() {
    return false;
  }

  /** Whether lists show the newest response plan and incident record. */
  default boolean listsNewest() {
    return true;
  }

  /** Whether client tokens are remembered, so a repeated call creates nothing twice. */
  default boolean remembersClientTokens() {
    return true;
  }

  /** Whether a client token used again with another input is refused. */
  default boolean refusesClientTokenReuse() {
    return true;
  }

  /** Every hook at once: changes in order, any deviation of a yes-or-no choice wins. */
  static StoreHook chain(List<StoreHook> hooks) {
    return hooks.isEmpty() ? new StoreHook() { } : new StoreChain(hooks);
  }
}
