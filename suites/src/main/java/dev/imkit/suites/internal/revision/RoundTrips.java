package dev.imkit.suites.internal.revision;

import dev.imkit.schemas.api.Change;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The round-trip probes of a revision, derived from its ADD_MEMBER changes and the catalogue's naming
 * ({@code Create<X>} stores, {@code Get<X>} returns, {@code Delete<X>} removes): one per added member that a
 * create operation's input reaches and its get operation's output reaches too. The account's singleton
 * replication set is never created by a probe.
 */
public final class RoundTrips {
  private RoundTrips() {
  }

  public static List<RoundTrip> of(Revision revision) {
    Contract contract = Contract.at(revision);
    List<RoundTrip> out = new ArrayList<>();
    for (Change c : revision.changes()) {
      if (c.kind() != ChangeKind.ADD_MEMBER) {
        continue;
      }
      for (Operation create : contract.operations()) {
        String subject = create.name().startsWith("Create") ? create.name().substring("Create".length()) : null;
        if (subject == null || subject.equals("ReplicationSet")) {
          continue;
        }
        Optional<Operation> read = contract.findOperation("Get" + subject);
        if (read.isEmpty() || !Reach.reaches(contract, create.input(), c.shape())) {
          continue;
        }
        String output = read.get().output();
        String readShape = Reach.reaches(contract, output, c.shape()) ? c.shape()
            : c.shape().equals(create.input()) && contract.shape(output).members().containsKey(c.member()) ? output
            : null;
        if (readShape != null) {
          String delete = contract.findOperation("Delete" + subject).map(Operation::name).orElse(null);
          out.add(new RoundTrip(revision, c.shape(), c.member(), readShape, create.name(), read.get().name(), delete));
        }
      }
    }
    return out;
  }
}
