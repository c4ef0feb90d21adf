package dev.imkit.emulator.internal.hooks;

import java.util.List;

/** Authentication: whether unsigned requests are served, and whether signatures are checked when configured. */
public interface AuthenticationHook {

  /** Whether a request without an Authorization header is served (the correct emulator refuses it). */
  default boolean servesUnsigned() {
    return false;
  }

  /** Whether signatures are recomputed and compared when credentials are configured. */
  default boolean checksSignatures() {
    return true;
  }

  /** Every hook at once: any lets unsigned requests in, any stops the signature check. */
  static AuthenticationHook chain(List<AuthenticationHook> hooks) {
    if (hooks.isEmpty()) {
      return new AuthenticationHook() { };
    }
    return new AuthenticationHook() {
      @Override
      public boolean servesUnsigned() {
        return hooks.stream().anyMatch(AuthenticationHook::servesUnsigned);
      }

      @Override
      public boolean checksSignatures() {
        return hooks.stream().allMatch(AuthenticationHook::checksSignatures);
      }
    };
  }
}
