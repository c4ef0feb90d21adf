package dev.imkit.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: {@code imkit <command>}. */
@Command(name = "imkit", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Conformance kit for the AWS Systems Manager Incident Manager API (ssm-incidents).",
    subcommands = {RunCommand.class, EmulatorCommand.class, ReportCommand.class, BaselineCommand.class,
        RevisionsCommand.class, ChecksCommand.class, CleanupCommand.class, ExploreCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  imkit run                     # every check against the embedded emulator",
        "  imkit run --endpoint http://localhost:4566 --access-key-id test \\",
        "            --secret-access-key test",
        "  imkit emulator --port 4566    # serve the reference emulator",
        "  imkit checks --category VALIDATION",
        "  imkit baseline imkit-reports/results.jsonl > known-failures.txt",
        "  imkit cleanup --journal imkit-reports/journal.jsonl --endpoint URL",
        "",
        "Exit codes: 0 pass (or only known failures), 1 new failures,",
        "            2 usage or configuration error, 3 target unreachable.",
        "An error is one line; add --debug to any command for its stack trace."})
final class ImkitCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = Debug.OPTION, scope = ScopeType.INHERIT,
      description = "on an error, print its stack trace after the one line (any command takes it)")
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
