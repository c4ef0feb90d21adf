package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects valid values of a shape into a {@code JsonNode} parameter of a jqwik property, e.g.
 * {@code @ForAll @ShapeValue(shape = "DynamicSsmParameters") JsonNode params}.
 */
@API(status = EXPERIMENTAL)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface ShapeValue {
  /** The shape, e.g. {@code DynamicSsmParameters}. */
  String shape();

  /** The revision; empty for the current one. */
  String revision() default "";
}
