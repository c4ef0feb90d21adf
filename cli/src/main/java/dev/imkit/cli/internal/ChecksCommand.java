package dev.imkit.cli.internal;

import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.Catalogue;
import dev.imkit.reports.api.Category;
import dev.imkit.suites.api.CheckInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imkit checks}: the catalogue of checks for a revision, optionally one category. */
@Command(name = "checks", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the checks that apply at a revision: ID, level, first revision, contract rules covered.",
    footerHeading = "%nExamples:%n",
    footer = {"  imkit checks", "  imkit checks --revision 2022-05-12 --category PROTOCOL"})
final class ChecksCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--revision", paramLabel = "R", description = "the revision (default: the current one)")
  String revision;

  @Option(names = "--category", paramLabel = "C",
      description = "only this category: ${COMPLETION-CANDIDATES}")
  Category category;

  ChecksCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    String at = revision == null ? Revisions.current().name() : Revisions.named(revision).name();
    List<CheckInfo> checks = Catalogue.at(at).stream()
        .filter(c -> category == null || c.category() == category).toList();
    int width = checks.stream().mapToInt(c -> c.id().length()).max().orElse(2);
    for (CheckInfo c : checks) {
      console.out().printf("%-" + width + "s  %-6s  %s  %s%n", c.id(), c.level(), c.since(), String.join(",", c.rules()));
    }
    console.out().printf("%d checks at revision %s%s%n", checks.size(), at,
        category == null ? "" : " in category " + category);
    return ExitCode.PASS;
  }
}
