package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.emulator.internal.hooks.StoreHook;
import dev.imkit.emulator.internal.store.Idempotency;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Runs an operation on a logical input, independent of HTTP: admission, validation, pruning to the contract,
 * the handler (under the partition's lock for writes, with client tokens honoured), then the answer as the
 * revision shapes it. At each of these steps it consults its hook, and only there.
 */
public final class Engine {
  private final Services services;
  private final Hooks hooks;
  private final Map<String, Handler> handlers;
  private final InputCheck inputCheck;
  private final boolean oldRevision;

  public Engine(Services services, Map<String, Handler> handlers) {
    this.services = services;
    this.hooks = services.hooks();
    this.handlers = Map.copyOf(handlers);
    this.inputCheck = new InputCheck(services.contract(), hooks.input());
    this.oldRevision = !services.contract().revision().equals(Revisions.current());
    for (Operation op : services.contract().operations()) {
      if (!handlers.containsKey(op.name())) {
        throw new IllegalStateException("no handler for " + op.name());
      }
    }
  }

  public Services services() {
    return services;
  }

  /** Runs {@code op} for {@code caller}; errors are thrown as {@link dev.imkit.emulator.internal.wire.ApiError}. */
  public Answer call(Caller caller, Operation op, ObjectNode input) {
    hooks.routing().admit(op);
    inputCheck.check(op.name(), input);
    ShapeWalk.prune(services.contract().shapes(), op.input(), input);
    Partition partition = services.store().partition(caller.account(), caller.region());
    Call call = new Call(services, op, caller, partition, input);
    JsonNode out = op.readonly() ? run(call) : write(call);
    int status = hooks.status().success(op, op.successCode());
    if (op.successCode() == 204) {
      return new Answer(status, null);
    }
    if (oldRevision || hooks.output().shapes()) {
      out = hooks.output().shape(op, ShapeWalk.prune(services.contract().shapes(), op.output(), out.deepCopy()));
    }
    return new Answer(status, out);
  }

  private JsonNode write(Call call) {
    Operation op = call.op();
    StoreHook store = hooks.store();
    String token = op.idempotencyToken().map(call::text).orElse(null);
    synchronized (call.partition().lock()) {
      if (token == null || !store.remembersClientTokens()) {
        return run(call);
      }
      String digest = digest(call.input(), op.idempotencyToken().get());
      Idempotency.Entry seen = call.partition().idempotency().get(op.name(), token);
      if (seen != null && seen.digest().equals(digest)) {
        return (JsonNode) seen.answer();
      }
      if (seen != null && store.refusesClientTokenReuse()) {
        throw Errors.conflict("The clientToken " + token + " was already used with a different request", null,
            null);
      }
      JsonNode out = run(call);
      call.partition().idempotency().put(op.name(), token, new Idempotency.Entry(digest, out));
      return out;
    }
  }

  /** The handler, given the members of the input it honours. */
  private JsonNode run(Call call) {
    ObjectNode honoured = hooks.input().honoured(call.op(), call.input());
    return handlers.get(call.op().name()).handle(honoured == call.input() ? call : call.withInput(honoured));
  }

  private static String digest(ObjectNode input, String tokenMember) {
    ObjectNode rest = input.deepCopy();
    rest.remove(tokenMember);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Json.canonical(rest).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
