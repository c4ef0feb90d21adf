package dev.imkit.generators.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One generation of one document: the source of choices, the references picked for it, and what the broken
 * site turned out to be (map keys are only known once generated).
 */
final class Run {
  final Source source;
  final References.Picked refs;
  final Trace trace;

  private Run(Source source, References.Picked refs, Trace trace) {
    this.source = source;
    this.refs = refs;
    this.trace = trace;
  }

  static Run of(Source source, References.Picked refs) {
    return new Run(source, refs, new Trace());
  }

  /** A run with a deterministic source that records nothing, for bounded fallbacks. */
  Run fork(long salt) {
    return new Run(source.fork(salt), refs, trace);
  }

  /**
   * The concrete keys and the broken key seen on the way to the broken site, and the budget of list items and
   * map entries left for the document.
   */
  static final class Trace {
    final List<String> keysOnPath = new ArrayList<>(2);
    String brokenKey;
    int budget = ELEMENT_BUDGET;
  }

  /**
   * How many list items and map entries a document may have in all. Sizes are drawn within it, so nested
   * maxima (200 parameters of 100 values each) cannot multiply into huge documents, while any single list or
   * map can still reach its maximum. Deterministic in the choices, so replays agree.
   */
  static final int ELEMENT_BUDGET = 1000;

  /** The largest size a valid list or map of {@code [lo, hi]} may take now. */
  int affordable(int lo, int hi) {
    return (int) Math.min(hi, Math.max(lo, trace.budget));
  }

  void spend(int elements) {
    trace.budget -= elements;
  }
}
