package dev.imkit.suites.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.internal.checks.Registry;
import dev.imkit.suites.internal.run.Check;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The checks the kit has for a revision, as data: for listings ({@code imkit checks}), coverage and baselines.
 *
 * <pre>{@code
 * Catalogue.at("2022-05-12").stream().filter(c -> c.category() == Category.REVISION).toList();
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Catalogue {
  private Catalogue() {
  }

  /** Every check that applies to a target held to {@code revision}. */
  public static List<CheckInfo> at(String revision) {
    return Registry.all(Contract.at(revision)).stream().map(Check::info).toList();
  }

  /** Every check at the current revision. */
  public static List<CheckInfo> current() {
    return Registry.all(Contract.current()).stream().map(Check::info).toList();
  }
}
