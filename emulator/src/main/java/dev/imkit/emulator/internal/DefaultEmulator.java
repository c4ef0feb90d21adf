package dev.imkit.emulator.internal;

import com.sun.net.httpserver.HttpServer;
import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.Finding;
import dev.imkit.emulator.api.Inventory;
import dev.imkit.emulator.internal.engine.Engine;
import dev.imkit.emulator.internal.engine.Pager;
import dev.imkit.emulator.internal.engine.Services;
import dev.imkit.emulator.internal.faults.FaultHooks;
import dev.imkit.emulator.internal.hooks.Hooks;
import dev.imkit.emulator.internal.http.Front;
import dev.imkit.emulator.internal.http.LocalExchange;
import dev.imkit.emulator.internal.ops.Handlers;
import dev.imkit.emulator.internal.store.Store;
import dev.imkit.schemas.api.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** The emulator behind {@link Emulator}: a JDK HTTP server in front of an {@link Engine}. */
public final class DefaultEmulator implements Emulator {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Services services;
  private final Set<Fault> faults;
  private final URI uri;
  private final Front front;

  private DefaultEmulator(HttpServer server, ExecutorService executor, Services services, Front front,
      Set<Fault> faults) {
    this.server = server;
    this.front = front;
    this.executor = executor;
    this.services = services;
    this.faults = faults;
    String host = server.getAddress().getAddress().getHostAddress();
    this.uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + server.getAddress().getPort());
  }

  /** Starts an emulator with a configuration. */
  public static Emulator start(EmulatorBuilder config) {
    ServerTuning.apply();
    Contract contract = Contract.at(config.revision());
    Hooks hooks = FaultHooks.hooks(config.faults(), config.missingOperations(), contract);
    Services services = new Services(contract, hooks, new Store(hooks.store()), new Pager(contract, hooks.paging()),
        System::currentTimeMillis, config.transitionDelay(), config.updatingHold());
    Engine engine = new Engine(services, Handlers.all());
    ExecutorService executor = ServerTuning.executor();
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 512);
      Front front = new Front(engine, config.accounts(), config.defaultAccount(), config.credentials());
      server.createContext("/", front);
      server.setExecutor(executor);
      server.start();
      return new DefaultEmulator(server, executor, services, front, config.faults());
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public String revision() {
    return services.contract().revision().name();
  }

  @Override
  public Set<Fault> faults() {
    return faults;
  }

  @Override
  public Inventory inventory(String account, String region) {
    return services.store().partition(account, region).inventory();
  }

  @Override
  public List<Inventory> inventories() {
    return services.store().partitions().stream().map(p -> p.inventory()).toList();
  }

  @Override
  public String addFinding(String incidentRecordArn, Finding finding) {
    return FindingHook.add(services, incidentRecordArn, finding);
  }

  @Override
  public Response serve(Request request) {
    LocalExchange exchange = new LocalExchange(request.method(), request.uri(), request.headers(), request.body());
    front.handle(exchange);
    return new Response(exchange.status(), Map.copyOf(exchange.getResponseHeaders()), exchange.body());
  }

  @Override
  public void close() {
    // HttpServer.stop(1) always waits its full second; wait only while exchanges are in flight
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (front.inFlight() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      Thread.yield();
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
