package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shrinks a diverging sequence to a shortest one that diverges the same way (the same finding): first steps are
 * left out, in halves, quarters... down to one at a time, until none can be (delta debugging); then a step that
 * tags a resource is tried as the tags of an earlier create; then each step's
 * optional input members are left out one at a time. jqwik's own chain shrinking tries sub-lists by size, which
 * for a sequence of a dozen steps, each run a round trip to two servers, costs hundreds of runs where this needs
 * tens; jqwik still draws the sequences.
 */
final class Shrinker {
  /** Runs of candidate sequences at most, per finding. */
  static final int MAX_RUNS = 300;
  private static final String TAGS = "tags";
  private final SequenceRunner runner;

  Shrinker(SequenceRunner runner) {
    this.runner = runner;
  }

  /**
   * The shortest run found that diverges like {@code first}, with how many runs it took. Called alone: the first
   * run is replayed first, and only if it diverges the same way alone (as a replay will run it) is it shrunk.
   */
  Shrunk shrink(long n, boolean exclusive, SequenceRunner.Outcome first) {
    SequenceRunner.Outcome alone = runner.replay(first.sequence().performed(), n, exclusive);
    String id = first.divergence().findingId();
    if (alone.divergence() == null || !alone.divergence().findingId().equals(id)) {
      return new Shrunk(first, 1, false);
    }
    Search search = new Search(n, exclusive, alone);
    search.leaveOutSteps();
    if (search.foldTagsIntoCreates()) {
      search.leaveOutSteps();
    }
    search.leaveOutMembers();
    return new Shrunk(search.best, search.runs + 1, true);
  }

  /**
   * The shrunk run, the candidate runs it took, and whether it diverges when run alone (if not, it was not
   * shrunk: what ran beside it mattered).
   */
  record Shrunk(SequenceRunner.Outcome outcome, int runs, boolean alone) {
  }

  private final class Search {
    private final long n;
    private final boolean exclusive;
    private final String finding;
    private SequenceRunner.Outcome best;
    private List<Draw> current;
    private int runs;

    Search(long n, boolean exclusive, SequenceRunner.Outcome first) {
      this.n = n;
      this.exclusive = exclusive;
      this.finding = first.divergence().findingId();
      this.best = first;
      this.current = first.sequence().performed();
    }

    void leaveOutSteps() {
      for (int chunk = Math.max(1, current.size() / 2); chunk >= 1 && runs < MAX_RUNS; chunk /= 2) {
        boolean shorter = true;
        while (shorter && runs < MAX_RUNS) {
          shorter = false;
          for (int start = 0; start < current.size() && runs < MAX_RUNS; start += chunk) {
            List<Draw> candidate = new ArrayList<>(current.subList(0, start));
            candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
            if (!candidate.isEmpty() && tried(candidate)) {
              shorter = true;
              break;
            }
          }
        }
      }
    }

    /**
     * Tries each TagResource step as the {@code tags} of an earlier create that takes them, one step fewer: a
     * sequence that created a plan and tagged it in a step of its own shows a finding about its tags as well when
     * the plan is created with them, which leaving out steps alone cannot reach.
     */
    boolean foldTagsIntoCreates() {
      boolean folded = false;
      for (int i = current.size() - 1; i > 0 && runs < MAX_RUNS; i--) {
        Draw tag = current.get(i);
        if (tag.move() != Draw.Move.CALL || !"TagResource".equals(tag.operation()) || !tag.input().has(TAGS)) {
          continue;
        }
        for (int j = i - 1; j >= 0 && runs < MAX_RUNS; j--) {
          Draw create = current.get(j);
          if (create.move() != Draw.Move.CALL || !runner.takesMember(create.operation(), TAGS)) {
            continue;
          }
          ObjectNode given = create.input().deepCopy();
          given.set(TAGS, tag.input().get(TAGS).deepCopy());
          List<Draw> candidate = new ArrayList<>(current);
          candidate.set(j, new Draw(create.move(), create.operation(), given, create.choices()));
          candidate.remove(i);
          if (tried(candidate)) {
            folded = true;
            break;
          }
        }
      }
      return folded;
    }

    void leaveOutMembers() {
      for (int i = 0; i < current.size() && runs < MAX_RUNS; i++) {
        Draw d = current.get(i);
        if (d.move() == Draw.Move.NEXT_PAGE) {
          continue;
        }
        Set<String> required = Set.copyOf(runner.requiredMembers(d.operation()));
        List<String> members = new ArrayList<>();
        d.input().fieldNames().forEachRemaining(members::add);
        for (String m : members) {
          if (required.contains(m) || runs >= MAX_RUNS || i >= current.size()) {
            continue;
          }
          ObjectNode smaller = current.get(i).input().deepCopy();
          smaller.remove(m);
          List<Draw> candidate = new ArrayList<>(current);
          Draw was = current.get(i);
          candidate.set(i, new Draw(was.move(), was.operation(), smaller, was.choices()));
          tried(candidate);
        }
      }
    }

    /** Runs {@code candidate}; keeps it when it diverges the same way in no more steps. */
    private boolean tried(List<Draw> candidate) {
      runs++;
      SequenceRunner.Outcome o = runner.replay(candidate, n, exclusive);
      if (o.divergence() != null && o.divergence().findingId().equals(finding)
          && o.sequence().steps().size() <= best.sequence().steps().size()) {
        best = o;
        current = o.sequence().performed();
        return true;
      }
      return false;
    }
  }
}
