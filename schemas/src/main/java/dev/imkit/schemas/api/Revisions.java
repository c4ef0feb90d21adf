package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.imkit.schemas.internal.ContractData;
import java.util.List;
import org.apiguardian.api.API;

/** The revision history of the contract, oldest first: {@code Revisions.all()}, {@code Revisions.named("2022-05-12")}. */
@API(status = MAINTAINED)
public final class Revisions {
  private Revisions() {
  }

  /** Every revision, oldest first. */
  public static List<Revision> all() {
    return ContractData.get().revisions();
  }

  /** The newest revision, the one the schema files describe. */
  public static Revision current() {
    List<Revision> all = all();
    return all.get(all.size() - 1);
  }

  /** The revision with this name; {@link UnknownNameException} (listing the valid names) if there is none. */
  public static Revision named(String name) {
    for (Revision r : all()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new UnknownNameException("revision", name, names());
  }

  /** The names of every revision, oldest first. */
  public static List<String> names() {
    return all().stream().map(Revision::name).toList();
  }
}
