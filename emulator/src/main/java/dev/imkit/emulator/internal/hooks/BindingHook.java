package dev.imkit.emulator.internal.hooks;

import java.util.List;

/** Binding: where an operation's members are read from (query string, URI labels, body). */
public interface BindingHook {

  /** Whether members bound to the query string are read from it; if not, they are read from the body. */
  default boolean readsQuery() {
    return true;
  }

  /** Whether URI labels are percent-decoded before use. */
  default boolean decodesLabels() {
    return true;
  }

  /** Every hook at once: a binding is honoured only if all honour it. */
  static BindingHook chain(List<BindingHook> hooks) {
    if (hooks.isEmpty()) {
      return new BindingHook() { };
    }
    return new BindingHook() {
      @Override
      public boolean readsQuery() {
        return hooks.stream().allMatch(BindingHook::readsQuery);
      }

      @Override
      public boolean decodesLabels() {
        return hooks.stream().allMatch(BindingHook::decodesLabels);
      }
    };
  }
}
