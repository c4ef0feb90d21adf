package dev.imkit.generators.internal;

/** Builds one value from a source of choices; the same choices always give an equal value. */
@FunctionalInterface
public interface Program<T> {
  T run(Source source);
}
