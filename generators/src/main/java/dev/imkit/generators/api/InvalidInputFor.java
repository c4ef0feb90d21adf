package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects labelled invalid inputs of an operation into an {@link InvalidInput} parameter of a jqwik property.
 *
 * <pre>{@code
 * @Property
 * void rejects(@ForAll @InvalidInputFor(operation = "CreateResponsePlan", kinds = BreakKind.TOO_LONG) InvalidInput in) { ... }
 * }</pre>
 */
@API(status = EXPERIMENTAL)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface InvalidInputFor {
  /** The operation, e.g. {@code StartIncident}. */
  String operation();

  /** The revision, e.g. {@code 2022-05-12}; empty for the current one. */
  String revision() default "";

  /** The kinds of break to generate; empty for all. */
  BreakKind[] kinds() default {};
}
