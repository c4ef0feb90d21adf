package dev.imkit.suites.internal.explore;

import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Paginator;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a sequence, the state of its jqwik action chain: its resources (with both sides' identifiers), the
 * steps so far, its walks page by page. Each step is sent to both sides, judged, then applied to the resources.
 */
final class Sequence {
  private final Context context;
  private final long number;
  private final boolean exclusive;
  private final Model model;
  private final List<Step> steps = new ArrayList<>();
  private final List<Draw> performed = new ArrayList<>();
  private final Walks walks = new Walks(this);
  private int lastWrite;

  Sequence(Context context, long number, boolean exclusive) {
    this.context = context;
    this.number = number;
    this.exclusive = exclusive;
    this.model = context.model();
  }

  /** Whether a step of {@code operation} can be drawn now: what it names exists, and it may change what it does. */
  boolean allows(String operation) {
    return (exclusive || !context.facts().op(operation).exclusive())
        && context.preparation().applicable(operation, model);
  }

  /** Whether a next page can be asked for. */
  boolean walking() {
    return walks.open();
  }

  /** Runs a drawn step (a step whose resources the sequence lacks is left out). */
  void perform(Draw draw) {
    int before = steps.size();
    try {
      switch (draw.move()) {
        case CALL -> call(draw);
        case FIRST_PAGE -> walks.first(draw);
        case NEXT_PAGE -> walks.next(draw);
      }
    } finally {
      if (steps.size() > before) {
        performed.add(draw);
      }
    }
  }

  /** The draws that became steps, in order: running them again is running this sequence again. */
  List<Draw> performed() {
    return List.copyOf(performed);
  }

  private void call(Draw draw) {
    Prepared p = prepare(draw);
    if (p == null) {
      return;
    }
    Facts.Op op = context.facts().op(p.operation());
    boolean walk = op.read() != null && op.read().isList();
    Step step = context.sides().send(nextStep(), p.operation(), p.input(), model, walk);
    record(step);
    if (walk) {
      endless(step);
    }
    StatusOracle.judge(step, p.named().values());
    if (!step.last(Side.REFERENCE).succeeded()) {
      return;
    }
    Handle created = Effects.created(step, p, model, op);
    context.reads().judge(step, p, model);
    Effects.applied(step, p, created, model, op);
    if (!context.contract().operation(p.operation()).readonly()) {
      lastWrite = step.number();
    }
  }

  private void endless(Step step) {
    Paginator paginator = context.contract().operation(step.operation()).paginator().orElseThrow();
    var last = step.last(Side.TARGET);
    if (last.succeeded() && Sides.token(last, paginator) != null) {
      throw StatusOracle.diverge(Comparison.WALK, Level.MUST, step, "endless", "the walk through its pages does not "
          + "end: after " + step.target().size() + " pages the target still answers with a " + paginator.outputToken());
    }
  }

  Prepared prepare(Draw draw) {
    return context.preparation().prepare(draw, model);
  }

  /** Adds a step that was sent. */
  void record(Step step) {
    steps.add(step);
    context.steps().incrementAndGet();
  }

  /** The number the next step gets. */
  int nextStep() {
    return steps.size() + 1;
  }

  /** The last step that changed something (0: none). */
  int lastWrite() {
    return lastWrite;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  Model model() {
    return model;
  }

  Sides sides() {
    return context.sides();
  }

  Facts facts() {
    return context.facts();
  }

  Contract contract() {
    return context.contract();
  }

  ReadOracle reads() {
    return context.reads();
  }

  Context context() {
    return context;
  }

  long number() {
    return number;
  }

  boolean exclusive() {
    return exclusive;
  }
}
