package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The walks page by page of a sequence: a first page (of one or two items, so there are more), later next
 * pages with other steps in between, and at the end the verdict on the target's walk: no item twice (MUST, as
 * for the PAGINATION checks, unless a later resource took its identifier over), and every resource of the
 * sequence that existed throughout: MUST when the sequence wrote nothing meanwhile, SHOULD when it did (the
 * contract says nothing of walks under changes).
 */
final class Walks {
  private final List<Walk> walks = new ArrayList<>();
  private final Sequence sequence;

  Walks(Sequence sequence) {
    this.sequence = sequence;
  }

  /** Whether a walk is under way (a next page can be asked for). */
  boolean open() {
    return walks.stream().anyMatch(w -> !w.over());
  }

  /** Asks both sides for the first page of a list. */
  void first(Draw draw) {
    String op = draw.operation();
    Facts.Read read = sequence.facts().op(op).read();
    Prepared p = sequence.prepare(new Draw(Draw.Move.CALL, op, draw.input(), draw.choices()));
    if (p == null) {
      return;
    }
    Paginator paginator = sequence.contract().operation(op).paginator().orElseThrow();
    ObjectNode input = p.input();
    input.remove("filters");
    input.remove(paginator.inputToken());
    input.put(paginator.pageSize(), 1 + draw.choice(3) % 2);
    Set<String> before = new LinkedHashSet<>();
    Handle parent = read.kind().parent() == null ? null : p.named(read.kind().parent());
    for (Handle h : sequence.model().all(read.kind())) {
      if (h.live() && (parent == null || h.parent() == parent)) {
        before.add(sequence.reads().key(op, h, read));
      }
    }
    Walk w = new Walk(walks.size() + 1, op, input, before, sequence.nextStep());
    walks.add(w);
    Step step = sequence.sides().send(sequence.nextStep(), op, input, sequence.model(), false);
    sequence.record(step);
    StatusOracle.judge(step, p.named().values());
    pageOf(w, step, Side.TARGET, paginator, read);
    pageOf(w, step, Side.REFERENCE, paginator, read);
    repeats(w, step);
    verdict(w, step);
  }

  /** Asks each side that has more pages of one walk under way for its next page. */
  void next(Draw draw) {
    List<Walk> under = walks.stream().filter(w -> !w.over()).toList();
    if (under.isEmpty()) {
      return;
    }
    Walk w = under.get(draw.choice(0) % under.size());
    Facts.Read read = sequence.facts().op(w.operation()).read();
    Paginator paginator = sequence.contract().operation(w.operation()).paginator().orElseThrow();
    List<Exchange> t = page(w, Side.TARGET, paginator);
    List<Exchange> r = page(w, Side.REFERENCE, paginator);
    Step step = new Step(sequence.nextStep(), w.operation(), w.nextInput(paginator.inputToken()), t, r);
    sequence.record(step);
    if (!t.isEmpty() && !r.isEmpty()) {
      StatusOracle.judge(step, List.of(), true);
    } else if (!t.isEmpty() && !t.get(0).succeeded()) {
      throw StatusOracle.diverge(Comparison.REFUSED, Level.MUST, step, StatusOracle.error(t.get(0)),
          "the target refused the next page its own token asked for");
    }
    if (!t.isEmpty()) {
      pageOf(w, step, Side.TARGET, paginator, read);
    }
    if (!r.isEmpty()) {
      pageOf(w, step, Side.REFERENCE, paginator, read);
    }
    repeats(w, step);
    verdict(w, step);
  }

  private List<Exchange> page(Walk w, Side side, Paginator paginator) {
    if (w.ended(side)) {
      return List.of();
    }
    ObjectNode input = Wire.concrete(w.input(), sequence.model(), side).deepCopy()
        .put(paginator.inputToken(), w.token(side));
    return List.of(sequence.sides().once(side, w.operation(), input));
  }

  private void pageOf(Walk w, Step step, Side side, Paginator paginator, Facts.Read read) {
    Exchange page = step.last(side);
    List<String> keys = page.succeeded() ? sequence.reads().keys(w.operation(),
        Wire.symbolic(ReadOracle.body(page), sequence.model(), side), sequence.model(), read) : List.of();
    String next = page.succeeded() ? Sides.token(page, paginator) : null;
    boolean endless = side == Side.TARGET && next != null && w.pages() + 1 >= Sides.MAX_PAGES;
    w.page(side, keys, endless ? null : next, !page.succeeded());
    if (endless) {
      throw StatusOracle.diverge(Comparison.WALK, Level.MUST, step, "endless", "walk " + w.number() + " still has "
          + "a next token after " + Sides.MAX_PAGES + " pages of at most two items");
    }
  }

  /** Once both sides are done: the target's walk showed each resource that existed throughout, once. */
  private void verdict(Walk w, Step step) {
    if (!w.over() || w.refused(Side.TARGET)) {
      return;
    }
    Facts.Read read = sequence.facts().op(w.operation()).read();
    Set<String> now = new LinkedHashSet<>();
    for (Handle h : sequence.model().all(read.kind())) {
      if (h.live()) {
        now.add(sequence.reads().key(w.operation(), h, read));
      }
    }
    boolean wrote = sequence.lastWrite() > w.firstStep();
    Level level = wrote ? Level.SHOULD : Level.MUST;
    List<String> seen = w.seen(Side.TARGET);
    for (String key : w.before()) {
      if (now.contains(key) && !seen.contains(key)) {
        throw StatusOracle.diverge(Comparison.WALK, level, step, "missed", "walk " + w.number() + " (from step "
            + w.firstStep() + ", " + w.pages() + " pages) never showed " + label(key) + "; it existed throughout"
            + (wrote ? " (the sequence wrote meanwhile)" : ""));
      }
    }
  }

  /** At every page: the target's walk has shown no item twice (unless a later resource took its identifier). */
  private void repeats(Walk w, Step step) {
    List<String> seen = w.seen(Side.TARGET);
    for (String key : new LinkedHashSet<>(seen)) {
      boolean taken = key.startsWith(ReadOracle.OTHER)
          && sequence.context().reused(key.substring(ReadOracle.OTHER.length()));
      if (Collections.frequency(seen, key) > 1 && !taken) {
        throw StatusOracle.diverge(Comparison.WALK, Level.MUST, step, "repeated", "walk " + w.number()
            + " (from step " + w.firstStep() + ", " + w.pages() + " pages) showed " + label(key) + " "
            + Collections.frequency(seen, key) + " times: a walk yields an item once");
      }
    }
  }

  private String label(String key) {
    Handle h = sequence.model().bySymbol(key);
    if (key.startsWith(ReadOracle.OTHER)) {
      return "the item " + Step.shortly(key.substring(ReadOracle.OTHER.length())) + " (not the sequence's)";
    }
    return h == null ? "the item " + Step.shortly(key) : h.symbol() + " (" + h.story() + ")";
  }
}
