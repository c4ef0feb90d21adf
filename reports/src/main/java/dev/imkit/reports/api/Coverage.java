package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How much of the contract a run judged, computed by the caller from the contract, the check catalogue and the
 * results: what the verdict stands on.
 *
 * @param covered how many contract rules at least one check judged in this run (passed or failed: not skipped,
 *     not blocked)
 * @param total how many rules the contract has
 * @param byCategory per check category, the rules its checks judged over the rules its checks cover at the
 *     target's revision (the category's own rules)
 * @param uncovered rules no check of the kit covers (may be empty when the caller does not list them)
 */
@API(status = EXPERIMENTAL)
public record Coverage(int covered, int total, Map<Category, Part> byCategory, List<String> uncovered) {

  /** Refuses a share that is not a fraction; copies the collections. */
  public Coverage {
    if (covered < 0 || total < 0 || covered > total) {
      throw new IllegalArgumentException("coverage " + covered + "/" + total + " is not a fraction");
    }
    byCategory = Collections.unmodifiableMap(byCategory.isEmpty() ? Map.of() : new EnumMap<>(byCategory));
    uncovered = List.copyOf(uncovered);
  }

  /** No coverage figures (the report says so instead of showing 0%). */
  public static Coverage unknown() {
    return new Coverage(0, 0, Map.of(), List.of());
  }

  /** The covered share in percent, 0 when there is nothing to cover. */
  public double percent() {
    return total == 0 ? 0 : covered * 100.0 / total;
  }

  /**
   * One category's share.
   *
   * @param covered rules its checks cover
   * @param total rules it could cover
   */
  @API(status = EXPERIMENTAL)
  public record Part(int covered, int total) {

    /** Refuses a share that is not a fraction. */
    public Part {
      if (covered < 0 || total < 0 || covered > total) {
        throw new IllegalArgumentException("coverage " + covered + "/" + total + " is not a fraction");
      }
    }

    /** The covered share in percent, 0 when there is nothing to cover. */
    public double percent() {
      return total == 0 ? 0 : covered * 100.0 / total;
    }
  }
}
