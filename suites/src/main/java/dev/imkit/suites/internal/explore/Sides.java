package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.http.Transport;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The target and the reference emulator, sent each step in lock step: the target first, then the reference,
 * each with its own identifiers in place of the step's symbols. A list read walks all its pages on each side.
 */
final class Sides {
  /** Pages a walk follows at most before it counts as endless. */
  static final int MAX_PAGES = 100;
  private final DefaultTarget target;
  private final ReferenceClient reference;

  /** The sides; {@code toReference} reaches the reference (in this process: it is the embedded emulator). */
  Sides(DefaultTarget target, DefaultTarget reference, Transport toReference) {
    this.target = target;
    this.reference = new ReferenceClient(reference.endpoint(), toReference, target.contract(),
        target.settings().region(),
        reference.settings().accessKeyId().orElse(dev.imkit.suites.api.Settings.EMBEDDED_ACCESS_KEY_ID));
  }

  DefaultTarget target() {
    return target;
  }

  /** Sends step {@code number}: one call per side, or every page of a paginated read. */
  Step send(int number, String operation, ObjectNode input, Model model, boolean walk) {
    Operation op = target.contract().operation(operation);
    List<Exchange> t = walk ? walk(Side.TARGET, op, Wire.concrete(input, model, Side.TARGET))
        : List.of(once(Side.TARGET, operation, Wire.concrete(input, model, Side.TARGET)));
    List<Exchange> r = walk ? walk(Side.REFERENCE, op, Wire.concrete(input, model, Side.REFERENCE))
        : List.of(once(Side.REFERENCE, operation, Wire.concrete(input, model, Side.REFERENCE)));
    return new Step(number, operation, input, t, r);
  }

  /**
   * Every page of a paginated read, up to {@value #MAX_PAGES}; a refused page ends the walk, and so does a token
   * equal to the one sent (a client would ask for the same page forever). A walk that ends with a token is endless.
   */
  List<Exchange> walk(Side side, Operation op, ObjectNode input) {
    Paginator p = op.paginator().orElseThrow();
    ObjectNode request = input.deepCopy();
    List<Exchange> pages = new ArrayList<>();
    while (pages.size() < MAX_PAGES) {
      Exchange page = once(side, op.name(), request);
      pages.add(page);
      String token = token(page, p);
      if (!page.succeeded() || token == null || token.equals(request.path(p.inputToken()).asText(null))) {
        break;
      }
      request.put(p.inputToken(), token);
    }
    return pages;
  }

  /** The next-page token of an answer, or null on the last page. */
  static String token(Exchange page, Paginator p) {
    return p.next(page.jsonOrNull()).orElse(null);
  }

  /**
   * One call on one side. A target that does not answer gives an exchange with status 0 (a divergence of its
   * own); the reference always answers, or the exploration cannot go on.
   */
  Exchange once(Side side, String operation, ObjectNode input) {
    try {
      return side == Side.TARGET ? target.call(operation, input) : reference.call(operation, input);
    } catch (UncheckedIOException e) {
      if (side == Side.REFERENCE) {
        throw new IllegalStateException("the reference emulator did not answer " + operation + ": "
            + e.getMessage(), e);
      }
      return new Exchange(operation, target.contract().operation(operation).method(), target.endpoint().toString(),
          Map.of(), input.toString(), 0, Map.of(), "no answer: " + e.getMessage(), 0);
    }
  }

  /** Requests sent to both sides so far. */
  long requests() {
    return target.requestsSent() + reference.requestsSent();
  }
}
