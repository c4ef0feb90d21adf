package dev.imkit.emulator.internal;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.EmulatorBuilder;
import java.time.Duration;
import java.util.List;

/**
 * The standalone emulator's command line, parsed into a configuration. Any mistake is an
 * {@link IllegalArgumentException} whose message is one line for the user.
 *
 * @param config the configuration
 * @param help whether {@code --help} was given
 * @param listFaults whether {@code --list-faults} was given
 */
record Arguments(EmulatorBuilder config, boolean help, boolean listFaults) {
  static final String USAGE = String.join("\n",
      "usage: java -jar imkit-emulator.jar [options]",
      "  --port N                     port to listen on (default 0: any free port)",
      "  --host H                     address to listen on (default 127.0.0.1)",
      "  --revision R                 behave as the model revision R (default: the current one)",
      "  --fault NAME                 deviate on purpose: a fault or a composite; repeatable (see --list-faults)",
      "  --missing-operation OP       leave an operation out (404 UnknownOperationException); repeatable",
      "  --account AKID=ACCOUNT       map an access key id to a 12-digit account (default account "
          + EmulatorBuilder.DEFAULT_ACCOUNT + ")",
      "  --verify-signatures AKID:SECRET  check SigV4 signatures against this credential; repeatable",
      "  --transition-delay SECONDS   how long replication set changes stay in flight (default 0)",
      "  --updating-hold SECONDS      how long the replication set stays UPDATING after UpdateReplicationSet",
      "                               (default 0: at once; another update meanwhile is a 409 ConflictException)",
      "  --list-faults                print the faults (name, category, description), then the composites",
      "  --help                       print this and exit");

  static Arguments parse(List<String> args) {
    EmulatorBuilder b = Emulator.builder();
    boolean help = false;
    boolean list = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--help", "-h" -> help = true;
        case "--list-faults" -> list = true;
        case "--port" -> b = b.port(integer(a, value(args, ++i, a)));
        case "--host" -> b = b.host(value(args, ++i, a));
        case "--revision" -> b = b.revision(value(args, ++i, a));
        case "--fault" -> b = b.fault(value(args, ++i, a));
        case "--missing-operation" -> b = b.missingOperations(value(args, ++i, a));
        case "--account" -> {
          String[] kv = pair(value(args, ++i, a), '=', a, "AKID=ACCOUNT");
          b = b.account(kv[0], kv[1]);
        }
        case "--verify-signatures" -> {
          String[] kv = pair(value(args, ++i, a), ':', a, "AKID:SECRET");
          b = b.verifySignatures(kv[0], kv[1]);
        }
        case "--transition-delay" -> b = b.transitionDelay(Duration.ofSeconds(integer(a, value(args, ++i, a))));
        case "--updating-hold" -> b = b.updatingHold(Duration.ofSeconds(integer(a, value(args, ++i, a))));
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    return new Arguments(b, help, list);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size() || args.get(i).startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
    }
  }

  private static String[] pair(String value, char separator, String option, String form) {
    int at = value.indexOf(separator);
    if (at <= 0 || at == value.length() - 1) {
      throw new IllegalArgumentException(option + " takes " + form + ", not '" + value + "'");
    }
    return new String[] {value.substring(0, at), value.substring(at + 1)};
  }
}
