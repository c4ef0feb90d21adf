package dev.imkit.cli.internal;

import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imkit cleanup}: removes what a killed or interrupted run left on its target. */
@Command(name = "cleanup", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Remove what earlier runs created and did not remove: from a run's journal (journal.jsonl in "
        + "its report directory), or, without one, every response plan and incident tagged imkit-run. Live "
        + "targets need --allow-account, as for a run.",
    footerHeading = "%nExamples:%n",
    footer = {"  imkit cleanup --journal imkit-reports/journal.jsonl --endpoint http://localhost:4566 \\",
        "                --access-key-id test --secret-access-key test",
        "  imkit cleanup --all-runs --endpoint https://ssm-incidents.us-east-1.amazonaws.com \\",
        "                --allow-account 111122223333"})
final class CleanupCommand implements Callable<Integer> {
  private final Console console;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** The target and its signing, pacing and live-account flags, as {@code imkit run} takes them. */
  @Mixin
  TargetFlags target = new TargetFlags();

  /** Where to find what to remove: one of the two. */
  static final class Source {
    @Option(names = "--journal", paramLabel = "FILE", description = "a run's journal.jsonl")
    Path journal;

    @Option(names = "--all-runs", description = "everything tagged imkit-run, journal or not")
    boolean allRuns;
  }

  CleanupCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    RunFlags flags = new RunFlags();
    flags.target = target;
    Settings settings = flags.settings(console.environment());
    if (settings.endpoint().isEmpty()) {
      throw new UsageException("imkit cleanup needs the target it cleans: --endpoint URL (or IMKIT_ENDPOINT)");
    }
    int removed;
    if (source.journal != null) {
      if (!Files.isReadable(source.journal)) {
        throw new UsageException("the journal " + source.journal + " does not exist or is not readable");
      }
      removed = Sweep.fromJournal(settings, source.journal);
    } else {
      removed = Sweep.allRuns(settings);
    }
    console.out().println("imkit cleanup: removed " + removed + " resource" + (removed == 1 ? "" : "s")
        + " from " + settings.endpoint().get());
    return ExitCode.PASS;
  }
}
