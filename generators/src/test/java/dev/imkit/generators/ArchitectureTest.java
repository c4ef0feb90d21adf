package dev.imkit.generators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apiguardian.api.API;

/**
 * The public surface is the api package, annotated, with no internal type in its public signatures; from the
 * schemas module only its api package is used.
 */
@AnalyzeClasses(packages = "dev.imkit.generators", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe("internal",
      c -> c.getPackageName().contains(".internal"));

  @ArchTest
  static final ArchRule publicApiTypesAreAnnotated = classes().that().resideInAPackage("..api..")
      .and().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule apiSignaturesExposeNoInternals = methods().that().areDeclaredInClassesThat()
      .resideInAPackage("..api..").and().arePublic().should(new ArchCondition<>("mention no internal type") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          boolean leaks = INTERNAL.test(method.getRawReturnType())
              || method.getRawParameterTypes().stream().anyMatch(INTERNAL);
          events.add(new SimpleConditionEvent(method, !leaks, method.getFullName() + " mentions an internal type"));
        }
      });

  @ArchTest
  static final ArchRule internalsAreNotAnnotatedAsApi = classes().that().resideInAPackage("..internal..")
      .should().notBeAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule onlyTheSchemasApiIsUsed = noClasses().that().resideInAPackage("dev.imkit.generators..")
      .should().dependOnClassesThat().resideInAPackage("dev.imkit.schemas.internal..");
}
