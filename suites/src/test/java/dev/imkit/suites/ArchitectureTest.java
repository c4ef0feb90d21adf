package dev.imkit.suites;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.apiguardian.api.API;

/**
 * The public surface is the api package (annotated, no internals in its signatures); the other modules are used
 * through their api packages only; the emulator is touched by the one class that starts it.
 */
@AnalyzeClasses(packages = "dev.imkit.suites", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> NOT_INTERNAL = DescribedPredicate.describe("not internal",
      t -> !t.getPackageName().contains(".internal"));

  @ArchTest
  static final ArchRule publicApiTypesAreAnnotated = classes().that().resideInAPackage("..suites.api..")
      .and().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule apiReturnTypesExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..suites.api..").and().arePublic().should().haveRawReturnType(NOT_INTERNAL);

  @ArchTest
  static final ArchRule apiParametersExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..suites.api..").and().arePublic()
      .should(ArchConditions.haveRawParameterTypes(DescribedPredicate.allElements(NOT_INTERNAL)));

  @ArchTest
  static final ArchRule internalsAreNotAnnotatedAsApi = classes().that().resideInAPackage("..internal..")
      .should().notBeAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule otherModulesThroughTheirApi = noClasses().that().resideInAPackage("dev.imkit.suites..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.imkit.schemas.internal..",
          "dev.imkit.generators.internal..", "dev.imkit.emulator.internal..");

  @ArchTest
  static final ArchRule theEmulatorIsOnlyStartedInOnePlace = noClasses().that()
      .resideInAPackage("dev.imkit.suites..").and().doNotHaveSimpleName("EmbeddedEmulator")
      .and().doNotHaveSimpleName("Run")
      .should().dependOnClassesThat().resideInAPackage("dev.imkit.emulator..");
}
