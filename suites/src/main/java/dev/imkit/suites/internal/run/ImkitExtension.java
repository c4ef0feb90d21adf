package dev.imkit.suites.internal.run;

import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.report.RunEntry;
import dev.imkit.suites.internal.session.Run;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives check classes their {@link Target}: one per distinct configuration, opened once in the root store (the
 * embedded emulator on port 0 when no endpoint is set) and closed, with its fixtures removed, when the run ends.
 * Also makes each running check's context known to the runner, so it can publish its report entries.
 */
public final class ImkitExtension implements BeforeAllCallback, ParameterResolver, InvocationInterceptor {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ImkitExtension.class);
  private static final ThreadLocal<ExtensionContext> CURRENT = new ThreadLocal<>();

  /**
   * Opens the run before the class's checks, so a bad configuration fails the class with its own one line, and
   * publishes the run's record for the reports.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    RunEntry.publish(context, target(context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Target.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return target(context);
  }

  private static Target target(ExtensionContext context) {
    Settings settings = settings(context);
    Opened opened = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(settings.values(), key -> Opened.open(settings), Opened.class);
    return opened.target();
  }

  /**
   * The run's settings from the JUnit configuration and the environment, for the check class and the exploration
   * alike: one seed for the whole launcher run, unless given, so every test class sees the same settings.
   */
  public static Settings settings(ExtensionContext context) {
    String seed = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("seed",
        k -> Long.toString(new java.util.Random().nextLong()), String.class);
    return Settings.from(key -> context.getConfigurationParameter(key)
        .or(() -> key.equals(Settings.SEED) && System.getenv(Settings.environmentName(key)) == null
            ? Optional.of(seed) : Optional.empty()), System.getenv());
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
      ExtensionContext context) throws Throwable {
    CURRENT.set(context);
    try {
      invocation.proceed();
    } finally {
      CURRENT.remove();
    }
  }

  /** The context of the check running on this thread, if it runs under this extension. */
  static Optional<ExtensionContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** A run, or why it could not be opened (remembered, so every class reports it without trying again). */
  private record Opened(Run run, RuntimeException failure) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    static Opened open(Settings settings) {
      try {
        return new Opened(Run.open(settings), null);
      } catch (RuntimeException e) {
        return new Opened(null, e);
      }
    }

    Target target() {
      if (failure != null) {
        throw failure;
      }
      return run.target();
    }

    @Override
    public void close() {
      if (run != null) {
        run.close();
      }
    }
  }
}
