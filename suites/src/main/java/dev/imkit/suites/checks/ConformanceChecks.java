package dev.imkit.suites.checks;

import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.checks.Registry;
import dev.imkit.suites.internal.checks.sdk.SdkWarmUp;
import dev.imkit.suites.internal.run.CheckRunner;
import dev.imkit.suites.internal.run.ImkitExtension;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Every imkit check, one JUnit test per check named by its ID, in one container per {@link Category}, in the
 * order of that enum (the order {@code imkit run} runs and prints them). {@link #select(Category)} selects the
 * checks of one category, e.g. for a {@code LauncherDiscoveryRequest}.
 */
@ExtendWith(ImkitExtension.class)
public class ConformanceChecks {
  private static final String FACTORY = "checks(" + Target.class.getName() + ")";

  @TestFactory
  Stream<DynamicContainer> checks(Target target) {
    // the SDK checks come late in the run: the SDK gets ready meanwhile, on a thread of its own, sending nothing
    SdkWarmUp.startFor((DefaultTarget) target);
    // every category always yields its container, so a container's index is its category's ordinal; the checks of
    // the next category the selection runs are built while the containers before it run
    Registry.Ahead checks = new Registry.Ahead(target.contract(), c -> CheckRunner.mayRun(target, c));
    return Arrays.stream(Category.values()).map(category -> DynamicContainer.dynamicContainer(category.name(),
        Stream.of(category).flatMap(c -> CheckRunner.tests(target, checks.checks(c)))));
  }

  /** Selects the checks of one category: the container of that category, by its unique ID. */
  public static DiscoverySelector select(Category category) {
    return DiscoverySelectors.selectUniqueId(UniqueId.forEngine("junit-jupiter")
        .append("class", ConformanceChecks.class.getName())
        .append("test-factory", FACTORY)
        .append("dynamic-container", "#" + (category.ordinal() + 1)));
  }
}
