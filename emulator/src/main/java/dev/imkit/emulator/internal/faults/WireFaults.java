package dev.imkit.emulator.internal.faults;

import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.hooks.AuthenticationHook;
import dev.imkit.emulator.internal.hooks.BindingHook;
import dev.imkit.emulator.internal.hooks.HeaderHook;
import dev.imkit.emulator.internal.hooks.RoutingHook;
import dev.imkit.emulator.internal.hooks.StatusHook;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Faults of routing, authentication, binding, success status codes and headers. */
final class WireFaults {
  private WireFaults() {
  }

  static Map<Fault, Function<Contract, ?>> all() {
    return Map.ofEntries(
        Map.entry(Fault.MISSING_RESOURCE_POLICIES, c -> new MissingOperations(Set.of("PutResourcePolicy",
            "GetResourcePolicies", "DeleteResourcePolicy"))),
        Map.entry(Fault.THROTTLE_EVERY_THIRD, c -> throttleEveryThird()),
        Map.entry(Fault.ACCEPT_UNSIGNED, c -> new AuthenticationHook() {
          @Override
          public boolean servesUnsigned() {
            return true;
          }
        }),
        Map.entry(Fault.ACCEPT_BAD_SIGNATURE, c -> new AuthenticationHook() {
          @Override
          public boolean checksSignatures() {
            return false;
          }
        }),
        Map.entry(Fault.QUERY_BINDING_IGNORED, c -> new BindingHook() {
          @Override
          public boolean readsQuery() {
            return false;
          }
        }),
        Map.entry(Fault.LABEL_NOT_DECODED, c -> new BindingHook() {
          @Override
          public boolean decodesLabels() {
            return false;
          }
        }),
        Map.entry(Fault.SUCCESS_200_EVERYWHERE, c -> (StatusHook) (op, status) -> 200),
        Map.entry(Fault.NO_REQUEST_ID, c -> (HeaderHook) headers -> headers.remove("x-amzn-RequestId")),
        Map.entry(Fault.WRONG_CONTENT_TYPE, c -> (HeaderHook) headers -> headers.computeIfPresent("Content-Type",
            (name, type) -> "text/plain")));
  }

  /** Every third call, counted over the emulator's life, is refused with ThrottlingException. */
  private static RoutingHook throttleEveryThird() {
    AtomicLong calls = new AtomicLong();
    return new RoutingHook() {
      @Override
      public void admit(Operation op) {
        if (calls.incrementAndGet() % 3 == 0) {
          throw Errors.throttling();
        }
      }
    };
  }
}
