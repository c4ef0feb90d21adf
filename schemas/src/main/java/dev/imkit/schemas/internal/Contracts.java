package dev.imkit.schemas.internal;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds and caches the contract of each revision: the newest from the files, each older one from the next. */
public final class Contracts {
  private static final Map<String, DefaultContract> CACHE = new ConcurrentHashMap<>();

  private Contracts() {
  }

  /** The contract at {@code revision}. */
  public static Contract at(Revision revision) {
    return contract(revision);
  }

  private static DefaultContract contract(Revision revision) {
    DefaultContract cached = CACHE.get(revision.name());
    if (cached != null) {
      return cached;
    }
    DefaultContract built = build(revision);
    DefaultContract raced = CACHE.putIfAbsent(revision.name(), built);
    return raced != null ? raced : built;
  }

  private static DefaultContract build(Revision revision) {
    ContractData data = ContractData.get();
    List<Revision> all = data.revisions();
    int index = indexOf(all, revision);
    RevisionEngine.State state;
    if (index == all.size() - 1) {
      Map<String, Operation> ops = new LinkedHashMap<>();
      data.operations().forEach(op -> ops.put(op.name(), op));
      state = new RevisionEngine.State(new SchemaDocuments(data.documentCopies()), ops);
    } else {
      Revision next = all.get(index + 1);
      state = RevisionEngine.undo(contract(next).state(), next.changes());
    }
    return new DefaultContract(revision, data, state);
  }

  private static int indexOf(List<Revision> all, Revision revision) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(revision.name())) {
        return i;
      }
    }
    throw new IllegalArgumentException("revision " + revision.name() + " is not in the history");
  }
}
