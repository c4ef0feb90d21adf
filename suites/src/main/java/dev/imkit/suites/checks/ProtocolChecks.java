package dev.imkit.suites.checks;

import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.checks.Registry;
import dev.imkit.suites.internal.run.CheckRunner;
import dev.imkit.suites.internal.run.ImkitExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@link Category#PROTOCOL} checks, one JUnit test per check, named by its ID. */
@ExtendWith(ImkitExtension.class)
public class ProtocolChecks {

  @TestFactory
  Stream<DynamicTest> protocol(Target target) {
    return CheckRunner.tests(target, Registry.checks(Category.PROTOCOL, target.contract()));
  }
}
