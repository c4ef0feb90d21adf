package dev.imkit.emulator.internal.hooks;

import java.util.ArrayList;
import java.util.List;

/**
 * The few points where the emulator may deviate from the contract: routing, authentication, binding, input
 * rules, success status codes, response headers, error rendering, output shaping, paging and the store. Each
 * point holds the deviations attached to it, in order; with none, every point is the correct behaviour. The HTTP
 * front, the engine and the store consult these points and nothing else: they never know which fault is on.
 * Immutable.
 */
public final class Hooks {
  private final RoutingHook routing;
  private final AuthenticationHook authentication;
  private final BindingHook binding;
  private final InputHook input;
  private final StatusHook status;
  private final HeaderHook headers;
  private final ErrorHook errors;
  private final OutputHook output;
  private final PagingHook paging;
  private final StoreHook store;

  /**
   * The hooks with these deviations, each an object implementing the one hook interface it attaches to.
   *
   * @throws IllegalArgumentException if a deviation implements no hook interface
   */
  public Hooks(List<?> deviations) {
    for (Object d : deviations) {
      if (!(d instanceof RoutingHook || d instanceof AuthenticationHook || d instanceof BindingHook
          || d instanceof InputHook || d instanceof StatusHook || d instanceof HeaderHook || d instanceof ErrorHook
          || d instanceof OutputHook || d instanceof PagingHook || d instanceof StoreHook)) {
        throw new IllegalArgumentException(d + " is attached to no hook");
      }
    }
    this.routing = RoutingHook.chain(only(deviations, RoutingHook.class));
    this.authentication = AuthenticationHook.chain(only(deviations, AuthenticationHook.class));
    this.binding = BindingHook.chain(only(deviations, BindingHook.class));
    this.input = InputHook.chain(only(deviations, InputHook.class));
    this.status = StatusHook.chain(only(deviations, StatusHook.class));
    this.headers = HeaderHook.chain(only(deviations, HeaderHook.class));
    this.errors = ErrorHook.chain(only(deviations, ErrorHook.class));
    this.output = OutputHook.chain(only(deviations, OutputHook.class));
    this.paging = PagingHook.chain(only(deviations, PagingHook.class));
    this.store = StoreHook.chain(only(deviations, StoreHook.class));
  }

  /** Which operations exist, and which calls are let through. */
  public RoutingHook routing() {
    return routing;
  }

  /** Which requests need a signature, and whether it is checked. */
  public AuthenticationHook authentication() {
    return authentication;
  }

  /** Where members are read from: query string, labels, body. */
  public BindingHook binding() {
    return binding;
  }

  /** What input is refused, how, and which members the handlers honour. */
  public InputHook input() {
    return input;
  }

  /** The success status of an operation. */
  public StatusHook status() {
    return status;
  }

  /** The headers of every answer. */
  public HeaderHook headers() {
    return headers;
  }

  /** How an error is put on the wire. */
  public ErrorHook errors() {
    return errors;
  }

  /** What a successful answer's body looks like. */
  public OutputHook output() {
    return output;
  }

  /** How lists are cut into pages. */
  public PagingHook paging() {
    return paging;
  }

  /** What writes keep and what reads show. */
  public StoreHook store() {
    return store;
  }

  private static <T> List<T> only(List<?> deviations, Class<T> hook) {
    List<T> out = new ArrayList<>();
    for (Object d : deviations) {
      if (hook.isInstance(d)) {
        out.add(hook.cast(d));
      }
    }
    return List.copyOf(out);
  }
}
