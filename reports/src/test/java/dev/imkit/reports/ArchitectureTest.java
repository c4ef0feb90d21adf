package dev.imkit.reports;

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

/** The public surface is the api package, annotated; internals stay out of its signatures; no suites or CLI. */
@AnalyzeClasses(packages = "dev.imkit.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe("internal",
      t -> t.getPackageName().contains(".internal"));

  @ArchTest
  static final ArchRule publicApiTypesAreAnnotated = classes().that().resideInAPackage("..api..")
      .and().arePublic().should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule apiReturnTypesExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..api..").and().arePublic().should().haveRawReturnType(DescribedPredicate.not(INTERNAL));

  @ArchTest
  static final ArchRule apiParametersExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..api..").and().arePublic()
      .should().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(INTERNAL)));

  @ArchTest
  static final ArchRule internalsAreNotAnnotatedAsApi = classes().that().resideInAPackage("..internal..")
      .should().notBeAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule usesOnlyTheSchemasApiAndNoOtherImkitModule = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("dev.imkit.schemas.internal..", "dev.imkit.suites..", "dev.imkit.cli..",
          "dev.imkit.emulator..", "dev.imkit.generators..");
}
