package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.internal.store.Idempotency;
import dev.imkit.emulator.internal.store.Partition;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an operation on a logical input, independent of HTTP: validation, pruning to the contract, the
 * handler (under the partition's lock for writes, with client tokens honoured), then the answer as the
 * revision and the faults shape it.
 */
public final class Engine {
  private final Services services;
  private final Map<String, Handler> handlers;
  private final InputCheck inputCheck;
  private final OutputShaper outputShaper;
  private final boolean oldRevision;
  private final AtomicLong calls = new AtomicLong();

  public Engine(Services services, Map<String, Handler> handlers) {
    this.services = services;
    this.handlers = Map.copyOf(handlers);
    this.inputCheck = new InputCheck(services.contract(), services.faults());
    this.outputShaper = new OutputShaper(services.contract(), services.faults());
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

  /** Runs {@code op} for {@code caller}; errors are thrown as {@link ApiError}. */
  public Answer call(Caller caller, Operation op, ObjectNode input) {
    if (services.faults().has(Fault.THROTTLE_EVERY_THIRD) && calls.incrementAndGet() % 3 == 0) {
      throw Errors.throttling();
    }
    inputCheck.check(op.name(), input);
    ShapeWalk.prune(services.contract().shapes(), op.input(), input);
    Partition partition = services.store().partition(caller.account(), caller.region());
    Call call = new Call(services, op, caller, partition, input);
    JsonNode out = op.readonly() ? handler(op).handle(call) : write(call);
    int status = services.faults().has(Fault.SUCCESS_200_EVERYWHERE) ? 200 : op.successCode();
    if (op.successCode() == 204) {
      return new Answer(status, null);
    }
    if (oldRevision || outputShaper.active()) {
      out = outputShaper.shape(op, ShapeWalk.prune(services.contract().shapes(), op.output(), out.deepCopy()));
    }
    return new Answer(status, out);
  }

  private JsonNode write(Call call) {
    Operation op = call.op();
    String token = op.idempotencyToken().map(call::text).orElse(null);
    synchronized (call.partition().lock()) {
      if (token == null || services.faults().has(Fault.IGNORE_CLIENT_TOKEN)) {
        return handler(op).handle(call);
      }
      String digest = digest(call.input(), op.idempotencyToken().get());
      Idempotency.Entry seen = call.partition().idempotency().get(op.name(), token);
      if (seen != null && seen.digest().equals(digest)) {
        return (JsonNode) seen.answer();
      }
      if (seen != null && !services.faults().has(Fault.TOKEN_MISMATCH_ACCEPTED)) {
        throw Errors.conflict("The clientToken " + token + " was already used with a different request", null,
            null);
      }
      JsonNode out = handler(op).handle(call);
      call.partition().idempotency().put(op.name(), token, new Idempotency.Entry(digest, out));
      return out;
    }
  }

  private Handler handler(Operation op) {
    return handlers.get(op.name());
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
