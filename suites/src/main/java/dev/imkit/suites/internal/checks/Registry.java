package dev.imkit.suites.internal.checks;

import dev.imkit.schemas.api.Contract;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.internal.checks.idempotency.IdempotencyChecks;
import dev.imkit.suites.internal.checks.pagination.PaginationChecks;
import dev.imkit.suites.internal.checks.protocol.ProtocolChecks;
import dev.imkit.suites.internal.checks.revision.RevisionChecks;
import dev.imkit.suites.internal.checks.schema.SchemaChecks;
import dev.imkit.suites.internal.checks.sdk.SdkChecks;
import dev.imkit.suites.internal.checks.security.SecurityChecks;
import dev.imkit.suites.internal.checks.state.SemanticChecks;
import dev.imkit.suites.internal.checks.state.StateChecks;
import dev.imkit.suites.internal.checks.validation.ValidationChecks;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/** Every check of a category, for the contract a target is held to. */
public final class Registry {
  private Registry() {
  }

  public static List<Check> checks(Category category, Contract contract) {
    return switch (category) {
      case PROTOCOL -> ProtocolChecks.all(contract);
      case SCHEMA -> SchemaChecks.all(contract);
      case VALIDATION -> ValidationChecks.all(contract);
      case STATE -> concat(StateChecks.all(contract), SemanticChecks.all(contract));
      case IDEMPOTENCY -> IdempotencyChecks.all(contract);
      case PAGINATION -> PaginationChecks.all(contract);
      case REVISION -> RevisionChecks.all(contract);
      case SDK -> SdkChecks.all(contract);
      case SECURITY -> SecurityChecks.all(contract);
    };
  }

  private static List<Check> concat(List<Check> first, List<Check> second) {
    List<Check> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * The checks of a run, category by category, each built while the run is still before it (on a thread of its
   * own): the run asks for the categories in order, and the one it asks for next is usually ready by then. What is
   * built ahead is the next category the run may run checks of; a category whose checks are all left out (a run of
   * other categories) is built when asked for, since its checks are only skipped.
   */
  public static final class Ahead {
    private static final java.util.concurrent.Executor BUILDER = java.util.concurrent.Executors
        .newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "imkit-checks-ahead");
          t.setDaemon(true);
          return t;
        });
    private final Contract contract;
    private final java.util.function.Predicate<Category> runs;
    private final Map<Category, CompletableFuture<List<Check>>> built = new ConcurrentHashMap<>();

    /** {@code runs} tells whether the run may run checks of a category (false only when it surely runs none). */
    public Ahead(Contract contract, java.util.function.Predicate<Category> runs) {
      this.contract = contract;
      this.runs = runs;
    }

    /** The checks of {@code category}; the next category that runs checks starts to be built meanwhile. */
    public List<Check> checks(Category category) {
      Category[] all = Category.values();
      for (int i = category.ordinal() + 1; i < all.length; i++) {
        if (runs.test(all[i])) {
          built.computeIfAbsent(all[i], c -> CompletableFuture.supplyAsync(() -> Registry.checks(c, contract),
              BUILDER));
          break;
        }
      }
      CompletableFuture<List<Check>> mine = built.remove(category);
      if (mine == null) {
        return Registry.checks(category, contract);
      }
      try {
        return mine.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
  }

  public static List<Check> all(Contract contract) {
    List<Check> all = new ArrayList<>();
    for (Category c : Category.values()) {
      all.addAll(checks(c, contract));
    }
    return all;
  }
}
