package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One published revision of the Incident Manager model, named by its date (e.g. {@code 2022-05-12}).
 *
 * @param name the name users type, the revision's date in ISO form
 * @param date the day the revision was published
 * @param botocoreVersion the botocore release that shipped it
 * @param releaseNote the official one-line release note
 * @param operationCount how many operations the contract has at this revision
 * @param changes the structural changes against the previous revision (empty for the first)
 */
@API(status = MAINTAINED)
public record Revision(String name, LocalDate date, String botocoreVersion, String releaseNote,
    int operationCount, List<Change> changes) implements Comparable<Revision> {

  public Revision {
    changes = List.copyOf(changes);
  }

  /** Whether this revision is the same as or later than {@code other}. */
  public boolean isAtLeast(Revision other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Revision other) {
    return date.compareTo(other.date);
  }

  @Override
  public String toString() {
    return name;
  }
}
