package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.schemas.api.Operation;

/**
 * One validated call of an operation, as a handler sees it.
 *
 * @param services what handlers may use
 * @param op the operation
 * @param caller who called
 * @param partition the caller's account and region
 * @param input the logical input, pruned to the members the contract defines
 */
public record Call(Services services, Operation op, Caller caller, Partition partition, ObjectNode input) {

  /** Epoch millis now. */
  public long now() {
    return services.clock().getAsLong();
  }

  /** A string member of the input, or {@code null}. */
  public String text(String member) {
    return Json.text(input, member);
  }

  /** A member of the input, or {@code null}. */
  public JsonNode member(String member) {
    return Json.member(input, member);
  }

  /** The same call with another input. */
  Call withInput(ObjectNode newInput) {
    return new Call(services, op, caller, partition, newInput);
  }
}
