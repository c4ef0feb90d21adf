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

/** The {@link Category#SECURITY} checks, one JUnit test per check, named by its ID. */
@ExtendWith(ImkitExtension.class)
public class SecurityChecks {

  @TestFactory
  Stream<DynamicTest> security(Target target) {
    return CheckRunner.tests(target, Registry.checks(Category.SECURITY, target.contract()));
  }
}
