package dev.imkit.cli.internal;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.api.FaultComposite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imkit emulator}: serves the reference emulator until Ctrl-C (or until the thread is interrupted). */
@Command(name = "emulator", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Serve the reference emulator until Ctrl-C. Any credentials are accepted; the account is "
        + EmulatorBuilder.DEFAULT_ACCOUNT + " and the region comes from the request's signature.",
    footerHeading = "%nExamples:%n",
    footer = {"  imkit emulator --port 4566",
        "  imkit emulator --port 4566 --revision 2022-05-12 --fault accept-unknown-enum",
        "  imkit emulator --port 4566 --fault lenient --updating-hold 5",
        "  imkit emulator --list-faults"})
final class EmulatorCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--port", paramLabel = "N", description = "port to listen on (default ${DEFAULT-VALUE}: any free one)")
  int port;

  @Option(names = "--host", paramLabel = "H", description = "address to listen on (default ${DEFAULT-VALUE})")
  String host = "127.0.0.1";

  @Option(names = "--revision", paramLabel = "R", description = "behave as this model revision (default: the current one)")
  String revision;

  @Option(names = "--fault", paramLabel = "F", split = ",",
      description = "deviate on purpose: a fault or a composite; repeatable or comma-separated (see --list-faults)")
  List<String> faults = List.of();

  @Option(names = "--updating-hold", paramLabel = "SECONDS",
      description = "keep the replication set UPDATING this long after UpdateReplicationSet, so that another update "
          + "meanwhile is a ConflictException (default ${DEFAULT-VALUE}: changes complete at once)")
  long updatingHold;

  @Option(names = "--list-faults", description = "print the faults (name, category, description), then the composites, "
      + "and exit")
  boolean listFaults;

  EmulatorCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (listFaults) {
      for (Fault f : Fault.values()) {
        console.out().printf("%-34s %-12s %s%n", f.id(), f.category(), f.description());
      }
      for (FaultComposite c : FaultComposite.values()) {
        console.out().printf("%-34s %-12s %s (%s)%n", c.id(), "COMPOSITE", c.description(),
            String.join(", ", c.faults().stream().map(Fault::id).toList()));
      }
      return ExitCode.PASS;
    }
    Emulator emulator = configuration().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "imkit-emulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    console.out().println("imkit emulator " + emulator.revision() + " listening on " + emulator.uri()
        + (emulator.faults().isEmpty() ? "" : " with faults " + faults) + " (Ctrl-C to stop)");
    console.out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stopped in-process rather than by Ctrl-C: close now, not at JVM exit
      Runtime.getRuntime().removeShutdownHook(hook);
      emulator.close();
      Thread.currentThread().interrupt();
    }
    return ExitCode.PASS;
  }

  private EmulatorBuilder configuration() {
    try {
      EmulatorBuilder b = Emulator.builder().host(host).port(port).updatingHold(Duration.ofSeconds(updatingHold));
      if (revision != null) {
        b = b.revision(revision);
      }
      for (String f : faults) {
        b = b.fault(f.trim());
      }
      return b;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
