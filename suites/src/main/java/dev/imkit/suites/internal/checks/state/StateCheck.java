package dev.imkit.suites.internal.checks.state;

import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.reports.api.Level;
import dev.imkit.suites.internal.run.Check;
import java.util.List;

/** Builds the STATE checks: every one of them writes. */
final class StateCheck {
  static final String OLDEST = "2021-05-11";

  private StateCheck() {
  }

  static Check must(String id, List<String> ops, List<String> rules, String since, String description,
      Check.CheckBody body) {
    return of(id, ops, rules, Level.MUST, since, description, body);
  }

  static Check should(String id, List<String> ops, List<String> rules, String since, String description,
      Check.CheckBody body) {
    return of(id, ops, rules, Level.SHOULD, since, description, body);
  }

  private static Check of(String id, List<String> ops, List<String> rules, Level level, String since,
      String description, Check.CheckBody body) {
    return new Check(new CheckInfo(id, Category.STATE, ops, rules, level, since, true, description), body);
  }
}
