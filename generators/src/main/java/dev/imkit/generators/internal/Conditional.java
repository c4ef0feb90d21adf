package dev.imkit.generators.internal;

/** A generator that can only run in some documents (a related item exists only for some incidents). */
interface Conditional extends Gen {
  boolean availableIn(Run run);
}
