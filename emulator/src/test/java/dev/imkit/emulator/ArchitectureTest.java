package dev.imkit.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The public surface is the api package, annotated; internals stay out of its signatures; schemas via its api. */
@AnalyzeClasses(packages = "dev.imkit.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> NOT_INTERNAL = DescribedPredicate.describe("not internal",
      t -> !t.getPackageName().contains(".internal"));

  @ArchTest
  static final ArchRule publicApiTypesAreAnnotated = classes().that().resideInAPackage("..emulator.api..")
      .and().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule apiReturnTypesExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..emulator.api..").and().arePublic().should().haveRawReturnType(NOT_INTERNAL);

  @ArchTest
  static final ArchRule apiParametersExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..emulator.api..").and().arePublic()
      .should(com.tngtech.archunit.lang.conditions.ArchConditions.haveRawParameterTypes(
          DescribedPredicate.allElements(NOT_INTERNAL)));

  @ArchTest
  static final ArchRule internalsAreNotAnnotatedAsApi = classes().that().resideInAPackage("..internal..")
      .should().notBeAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule onlyTheSchemasApiIsUsed = noClasses().that().resideInAPackage("dev.imkit.emulator..")
      .should().dependOnClassesThat().resideInAPackage("dev.imkit.schemas.internal..");

  /** Deviations go through the hooks: the engine, the HTTP front, the handlers and the store never ask for a fault. */
  @ArchTest
  static final ArchRule onlyTheFaultsPackageKnowsTheFaults = noClasses().that().resideInAnyPackage(
      "..internal.engine..", "..internal.http..", "..internal.ops..", "..internal.store..", "..internal.hooks..",
      "..internal.wire..").should().dependOnClassesThat().haveFullyQualifiedName("dev.imkit.emulator.api.Fault");

  @ArchTest
  static final ArchRule noWebFramework = noClasses().that().resideInAPackage("dev.imkit.emulator..")
      .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "org.eclipse.jetty..", "io.undertow..",
          "org.apache.http..");
}
