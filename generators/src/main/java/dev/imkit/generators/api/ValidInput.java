package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects valid inputs of an operation into an {@code ObjectNode} (or {@code JsonNode}) parameter of a jqwik
 * property, generated in the default context.
 *
 * <pre>{@code
 * @Property
 * void accepts(@ForAll @ValidInput(operation = "StartIncident", revision = "2022-05-12") ObjectNode doc) { ... }
 * }</pre>
 */
@API(status = EXPERIMENTAL)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface ValidInput {
  /** The operation, e.g. {@code StartIncident}. */
  String operation();

  /** The revision, e.g. {@code 2022-05-12}; empty for the current one. */
  String revision() default "";
}
