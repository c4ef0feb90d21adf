package dev.imkit.emulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.imkit.emulator.internal.engine.Answer;
import dev.imkit.emulator.internal.engine.Caller;
import dev.imkit.emulator.internal.engine.Engine;
import dev.imkit.emulator.internal.engine.ErrorRenderer;
import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.emulator.internal.store.Ids;
import dev.imkit.emulator.internal.wire.ApiError;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
import dev.imkit.emulator.internal.wire.RenderedError;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP side of the emulator: reads the request, authenticates it, finds the operation from the contract's
 * bindings, assembles the logical input and hands it to the {@link Engine}; then writes the answer with the
 * restJson1 headers. No exchange ever ends in an exception: failures become error answers.
 */
public final class Front implements HttpHandler {
  private final Engine engine;
  private final Router router;
  private final InputAssembler assembler;
  private final Authenticator authenticator;
  private final ErrorRenderer errors;
  private final Hooks hooks;
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * A front for an engine.
   *
   * @param accounts access key id to account id
   * @param defaultAccount the account of unmapped access keys
   * @param credentials access key id to secret; empty to check signatures for their form only
   */
  public Front(Engine engine, Map<String, String> accounts, String defaultAccount, Map<String, String> credentials) {
    Contract contract = engine.services().contract();
    this.engine = engine;
    this.hooks = engine.services().hooks();
    this.router = new Router(contract);
    this.assembler = new InputAssembler(contract, hooks.binding());
    this.authenticator = new Authenticator(accounts, defaultAccount, credentials,
        contract.service().signingName(), hooks.authentication(), engine.services().clock());
    this.errors = new ErrorRenderer(contract, hooks.errors());
  }

  /** How many exchanges are being served right now. */
  public int inFlight() {
    return inFlight.get();
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.incrementAndGet();
    try (exchange) {
      Operation[] op = new Operation[1];
      try {
        Answer answer = serve(exchange, op);
        send(exchange, answer.status(), null, answer.body());
      } catch (ApiError e) {
        sendError(exchange, e, op[0]);
      } catch (RuntimeException e) {
        System.err.println("imkit-emulator: internal error in " + (op[0] == null ? "a request" : op[0].name())
            + ": " + e);
        sendError(exchange, Errors.internal("The request processing has failed because of an unknown error"), op[0]);
      }
    } catch (IOException e) {
      // the client went away; nothing is left to answer
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private Answer serve(HttpExchange exchange, Operation[] op) throws IOException {
    byte[] body = BodyReader.read(exchange);
    Caller caller = authenticator.authenticate(exchange, body);
    String path = exchange.getRequestURI().getRawPath();
    Router.Match match = router.route(exchange.getRequestMethod(), path == null ? "/" : path);
    if (match == null || !hooks.routing().serves(match.operation())) {
      throw Errors.protocol("UnknownOperationException", 404, "No operation of the service at revision "
          + engine.services().contract().revision().name() + " answers " + exchange.getRequestMethod() + " "
          + path);
    }
    op[0] = match.operation();
    boolean bodyMembers = !"GET".equals(op[0].method()) || !hooks.binding().readsQuery();
    ObjectNode document = bodyMembers
        ? BodyParser.parse(body, exchange.getRequestHeaders().getFirst("Content-Type")) : Json.object();
    ObjectNode input = assembler.assemble(op[0], document, match.labels(), exchange.getRequestURI().getRawQuery());
    return engine.call(caller, op[0], input);
  }

  private void sendError(HttpExchange exchange, ApiError error, Operation op) throws IOException {
    RenderedError r = errors.render(error, op);
    send(exchange, r.status(), r.typeHeader(), r.body());
  }

  private void send(HttpExchange exchange, int status, String errorType, JsonNode body) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>(4);
    headers.put("x-amzn-RequestId", Ids.uuid());
    if (errorType != null) {
      headers.put("X-Amzn-ErrorType", errorType);
    }
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    hooks.headers().adjust(headers);
    Headers sent = exchange.getResponseHeaders();
    headers.forEach(sent::set);
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = Json.bytes(body);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
