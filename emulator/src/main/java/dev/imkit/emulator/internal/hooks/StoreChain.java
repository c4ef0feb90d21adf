package dev.imkit.emulator.internal.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Several store hooks as one: changes applied in order, any deviation of a yes-or-no choice wins. */
final class StoreChain implements StoreHook {
  private final List<StoreHook> hooks;

  StoreChain(List<StoreHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public Deletion deletion(String resourceType, Deletion deletion) {
    Deletion d = deletion;
    for (StoreHook h : hooks) {
      d = h.deletion(resourceType, d);
    }
    return d;
  }

  @Override
  public ObjectNode planDocument(boolean created, ObjectNode document) {
    ObjectNode d = document;
    for (StoreHook h : hooks) {
      d = h.planDocument(created, d);
    }
    return d;
  }

  @Override
  public Long resolvedTime(Long before, Long after) {
    Long t = after;
    for (StoreHook h : hooks) {
      t = h.resolvedTime(before, t);
    }
    return t;
  }

  @Override
  public Map<String, String> tags(Map<String, String> before, Map<String, String> after) {
    Map<String, String> t = after;
    for (StoreHook h : hooks) {
      t = h.tags(before, t);
    }
    return t;
  }

  @Override
  public boolean tagsOutliveResources() {
    return hooks.stream().anyMatch(StoreHook::tagsOutliveResources);
  }

  @Override
  public boolean updatesFromCreation() {
    return hooks.stream().anyMatch(StoreHook::updatesFromCreation);
  }

  @Override
  public boolean listsNewest() {
    return hooks.stream().allMatch(StoreHook::listsNewest);
  }

  @Override
  public boolean remembersClientTokens() {
    return hooks.stream().allMatch(StoreHook::remembersClientTokens);
  }

  @Override
  public boolean refusesClientTokenReuse() {
    return hooks.stream().allMatch(StoreHook::refusesClientTokenReuse);
  }
}
