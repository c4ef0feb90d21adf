package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.CauseKind;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import dev.imkit.suites.internal.session.DefaultTarget;
import dev.imkit.suites.internal.session.Recorder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A bounded walk through the pages of a paginated operation, following its modeled tokens. A target that keeps
 * handing out tokens fails the check rather than hanging it: after {@code maxPages} pages, as soon as a page brings
 * no item the walk has not listed already, and after {@value #HARD_LIMIT} pages in any case. A target that lists
 * fewer items a page than it could (legal: {@code maxResults} is a maximum) is thus walked to its end.
 *
 * @param pages the answers, in order
 * @param items every item of every page, in order
 */
public record Walk(List<Exchange> pages, List<JsonNode> items) {

  /** The most pages a walk follows, however many new items they bring. */
  static final int HARD_LIMIT = 2_000;

  /** Walks {@code op} from {@code input} (copied), failing under {@code rule} when a page fails or pages never end. */
  public static Walk of(CheckContext c, Operation op, ObjectNode input, int maxPages, String rule) {
    Paginator p = op.paginator().orElseThrow();
    ObjectNode request = input.deepCopy();
    List<Exchange> pages = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    Set<JsonNode> listed = new HashSet<>();
    while (true) {
      Exchange page = Steps.must(c, op.name(), request, rule);
      pages.add(page);
      int fresh = 0;
      for (JsonNode item : Steps.body(page).path(p.items())) {
        items.add(item);
        fresh += listed.add(item) ? 1 : 0;
      }
      String token = p.next(Steps.body(page)).orElse(null);
      if (token == null) {
        requireStringToken(op, page, rule);
        return new Walk(pages, items);
      }
      if (token.equals(request.path(p.inputToken()).asText(null))) {
        throw endless(op, CheckFailure.of(page, rule, "pages to end: the target answered with the "
            + p.outputToken() + " it was sent, so a client would ask for the same page forever"));
      }
      if (pages.size() >= maxPages && (fresh == 0 || pages.size() >= HARD_LIMIT)) {
        throw endless(op, CheckFailure.of(page, rule, "pages to end: after " + pages.size() + " pages ("
            + items.size() + " items) the target still answers with a " + p.outputToken() + (fresh == 0
            ? ", and its last page brought no item the walk had not listed already" : "")));
      }
      request.put(p.inputToken(), token);
    }
  }

  /**
   * A walk that cannot end fails every check that reads the list, under one root cause: the operation's pages,
   * which its {@code PAGE-WALK} check judges, not the rules those checks are about.
   */
  private static CheckFailure endless(Operation op, CheckFailure failure) {
    return failure.withCause(new Cause("endless-pages:" + op.name(), CauseKind.RULE_BROKEN, op.name()
        + "'s pages do not end: a client following its tokens never reaches the last page, so no check can read "
        + "the whole list", "PAGE-WALK-" + op.name()));
  }

  /**
   * Blocks the check when a page lists items that break the operation's output shape (an enum value in another
   * case, say): an item the check looks for, or judges, may be one of them, so its verdict would rest on an answer
   * the contract does not allow. {@code SCHEMA-OUTPUT-<op>} reports it.
   */
  public void blockIfItemsBreakShape(Contract contract) {
    for (Exchange page : pages) {
      String items = contract.findOperation(page.operation()).flatMap(Operation::paginator).map(Paginator::items)
          .orElse("");
      OutputSchema.blockIfBroken(contract, page, "/" + items);
    }
  }

  /**
   * Fails when {@code page} carries a page token of another JSON type than a string, which no client can send back,
   * so every walk ends on that page: one root cause per operation, reported by its {@code PAGE-WALK} check, not a
   * failure of each rule that reads the list.
   */
  static void requireStringToken(Operation op, Exchange page, String rule) {
    Paginator p = op.paginator().orElseThrow();
    JsonNode raw = Steps.body(page).path(p.outputToken());
    if (raw.isMissingNode() || raw.isNull() || raw.isTextual()) {
      return;
    }
    throw CheckFailure.of(page, rule, "a " + p.outputToken() + " a client can send back: the target answered "
        + Steps.abbreviate(raw) + ", a JSON " + raw.getNodeType().name().toLowerCase(Locale.ROOT) + " where "
        + "the contract has a string").withCause(new Cause("token-type:" + op.name(), CauseKind.RULE_BROKEN, op.name()
        + " answers its " + p.outputToken() + " in another JSON type than a string, which no client can send back: no "
        + "walk reads past the first page", "PAGE-WALK-" + op.name()));
  }

  /**
   * Blocks the check when no item satisfying {@code wanted} is listed by a walk of {@code op} from {@code plain}
   * either (the input without what the check narrows or orders the list by; a control, sent on the failure path
   * only): the list leaves the item out whatever is asked, which the list's own check, {@code STATE-LIST-<op>},
   * reports, and the check's rule cannot be judged.
   */
  public static void blockIfUnlisted(CheckContext c, Operation op, ObjectNode plain, Predicate<JsonNode> wanted,
      String what) {
    Walk walk = Recorder.as(ExchangeRecord.Role.CONTROL, () -> of(c, op, plain, 50, op.name() + " (the control)"));
    if (walk.count(wanted) == 0) {
      throw new Blocked(Causes.unlisted(op.name(), "what it must list: " + what + " is not listed without filters "
          + "or order either", "STATE-LIST-" + op.name()));
    }
  }

  /**
   * The walk {@code walk} gives, walked again after growing pauses while it is not {@code complete} and one of
   * {@code ids}, resources the run just created, is younger than the settle window (lists that lag writes: the
   * documentation promises no consistency, see {@code Settle}); the check's record notes a wait.
   */
  public static Walk settled(CheckContext c, java.util.function.Supplier<Walk> walk, Predicate<Walk> complete,
      java.util.Collection<String> ids) {
    Walk w = walk.get();
    String op = w.last().operation();
    long deadline = ids.stream().map(id -> c.target().settling(op, id)).flatMap(java.util.Optional::stream)
        .mapToLong(Long::longValue).max().orElse(0);
    if (complete.test(w) || deadline == 0) {
      return w;
    }
    long firstMiss = System.nanoTime();
    w = DefaultTarget.settle(w, walk, complete, deadline);
    long waited = (System.nanoTime() - firstMiss) / 1_000_000;
    if (!complete.test(w)) {
      c.target().outlasted(op);
    }
    Recorder.note(complete.test(w)
        ? op + " left out " + String.join(", ", ids) + ", created just before, and listed it " + waited + " ms later: "
            + "its lists lag its writes, which the documentation neither promises nor rules out, so the kit waits up to "
            + "the settle window (imkit.settle-seconds)"
        : op + " still left out " + String.join(", ", ids) + " " + waited + " ms later, when the settle window since "
            + "its creation ended: judged as listed (and " + op + " is not waited for again in this run)");
    return w;
  }

  /** How many items satisfy {@code test}. */
  public long count(Predicate<JsonNode> test) {
    return items.stream().filter(test).count();
  }

  /** The last page. */
  public Exchange last() {
    return pages.get(pages.size() - 1);
  }
}
