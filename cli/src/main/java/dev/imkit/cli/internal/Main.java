package dev.imkit.cli.internal;

import dev.imkit.schemas.api.Revisions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code imkit}: the command line entry point. Every failure a user can cause ends in one line and an exit code. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    readContractMeanwhile();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, new Console(out, err, System.console() != null, System.getenv()));
    System.exit(code);
  }

  /**
   * Reads the contract's data (every revision's schemas, a quarter of a second) on a thread of its own while the
   * command line is parsed: nearly every command needs it next, and the first to ask waits for this read.
   */
  private static void readContractMeanwhile() {
    Thread read = new Thread(Revisions::all, "imkit-contract");
    read.setDaemon(true);
    read.start();
  }

  /** Runs one command line and returns its exit code; nothing here calls {@code System.exit}. */
  static int run(String[] args, Console console) {
    CommandLine cli = commandLine(console);
    int code = cli.execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }

  static CommandLine commandLine(Console console) {
    // picocli's default factory loads groovy.lang.Closure when Groovy is on the class path (REST Assured brings
    // it), which initialises much of the Groovy runtime: a quarter of a second of every start, for closures in
    // annotations, which no command here has
    System.setProperty("picocli.disable.closures", "true");
    CommandLine cli = new CommandLine(new ImkitCommand(), new Factory(console));
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setExitCodeExceptionMapper(Failures::exitCode);
    cli.setParameterExceptionHandler(Failures::usage);
    cli.setExecutionExceptionHandler(Failures::execution);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Gives every command the console it writes to and the environment it reads. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Console.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(console));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
