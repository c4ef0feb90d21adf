package dev.imkit.schemas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The public surface is the api package, annotated; internals stay out of its signatures. */
@AnalyzeClasses(packages = "dev.imkit.schemas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule publicApiTypesAreAnnotated = classes().that().resideInAPackage("..api..")
      .and().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule apiSignaturesExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..api..").and().arePublic()
      .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("not internal",
          (com.tngtech.archunit.core.domain.JavaClass t) -> !t.getPackageName().contains(".internal")));

  @ArchTest
  static final ArchRule internalsAreNotAnnotatedAsApi = classes().that().resideInAPackage("..internal..")
      .should().notBeAnnotatedWith(API.class);
}
