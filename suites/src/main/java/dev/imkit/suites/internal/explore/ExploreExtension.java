package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.CheckResult;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.internal.run.ImkitExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the exploration test class its {@link Settings} (from the configuration parameters, then {@code IMKIT_*}
 * variables, with a seed shared by the run), and lets each of its dynamic tests publish its check record.
 */
public final class ExploreExtension implements ParameterResolver, InvocationInterceptor {
  private static final ThreadLocal<ExtensionContext> CURRENT = new ThreadLocal<>();

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Settings.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return ImkitExtension.settings(context);
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

  /** Publishes {@code record} as the report entry of the dynamic test running on this thread. */
  public static void publish(CheckResult record) {
    ExtensionContext context = CURRENT.get();
    if (context != null) {
      context.publishReportEntry(Map.of(CheckResult.ENTRY_KEY, record.toJson()));
    }
  }
}
