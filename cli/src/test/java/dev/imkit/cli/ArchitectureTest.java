package dev.imkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/**
 * The command line is an application, not a library: it has no public API, and it uses the other modules only
 * through their api packages (plus the suites' check classes, which it hands to the JUnit Platform by name).
 */
@AnalyzeClasses(packages = "dev.imkit.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule everythingIsInternal = classes().that().resideInAPackage("dev.imkit.cli..")
      .should().resideInAPackage("dev.imkit.cli.internal").andShould().notBeAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule onlyTheOtherModulesApisAreUsed = noClasses().that().resideInAPackage("dev.imkit.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.imkit.schemas.internal..", "dev.imkit.suites.internal..",
          "dev.imkit.emulator.internal..", "dev.imkit.reports.internal..", "dev.imkit.generators..",
          "dev.imkit.suites.checks..");

  @ArchTest
  static final ArchRule onlyTheMainClassIsPublic = classes().that().resideInAPackage("dev.imkit.cli..")
      .and().arePublic().should().haveSimpleName("Main");
}
