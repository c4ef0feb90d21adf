package dev.imkit.cli.internal;

import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.Revision;
import dev.imkit.schemas.api.Revisions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code imkit revisions}: the model's revision history, each with what it changed. */
@Command(name = "revisions", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the model revisions, oldest first, with what each one changed.",
    footerHeading = "%nExamples:%n",
    footer = {"  imkit revisions", "  imkit revisions | grep -A5 2022-05-12"})
final class RevisionsCommand implements Callable<Integer> {
  private final Console console;

  RevisionsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Revision current = Revisions.current();
    for (Revision r : Revisions.all()) {
      console.out().printf("%s  %d operations  botocore %s%s%n", r.name(), r.operationCount(), r.botocoreVersion(),
          r.equals(current) ? "  (current)" : "");
      if (r.releaseNote() != null && !r.releaseNote().isBlank()) {
        console.out().println("  " + r.releaseNote().strip());
      }
      for (Change c : r.changes()) {
        console.out().println("  - " + c.describe());
      }
    }
    return ExitCode.PASS;
  }
}
