package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A bounded walk through the pages of a paginated operation, following its modeled tokens. A target that keeps
 * handing out tokens fails the check after {@code maxPages} pages rather than hanging it.
 *
 * @param pages the answers, in order
 * @param items every item of every page, in order
 */
public record Walk(List<Exchange> pages, List<JsonNode> items) {

  /** Walks {@code op} from {@code input} (copied), failing under {@code rule} when a page fails or pages never end. */
  public static Walk of(CheckContext c, Operation op, ObjectNode input, int maxPages, String rule) {
    Paginator p = op.paginator().orElseThrow();
    ObjectNode request = input.deepCopy();
    List<Exchange> pages = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    while (true) {
      Exchange page = Steps.must(c, op.name(), request, rule);
      pages.add(page);
      Steps.body(page).path(p.items()).forEach(items::add);
      String token = p.next(Steps.body(page)).orElse(null);
      if (token == null) {
        return new Walk(pages, items);
      }
      if (token.equals(request.path(p.inputToken()).asText(null))) {
        throw CheckFailure.of(page, rule, "pages to end: the target answered with the " + p.outputToken()
            + " it was sent, so a client would ask for the same page forever");
      }
      if (pages.size() >= maxPages) {
        throw CheckFailure.of(page, rule, "pages to end: after " + maxPages + " pages (" + items.size()
            + " items) the target still answers with a " + p.outputToken());
      }
      request.put(p.inputToken(), token);
    }
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
