package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** Thrown when an operation, revision, shape or error name is not part of the contract; lists the valid names. */
@API(status = EXPERIMENTAL)
public final class UnknownNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String name;
  private final List<String> validNames;

  public UnknownNameException(String kind, String name, List<String> validNames) {
    super("unknown " + kind + " '" + name + "'; valid " + kind + "s: " + String.join(", ", validNames));
    this.kind = kind;
    this.name = name;
    this.validNames = List.copyOf(validNames);
  }

  /** What was looked up: "operation", "revision", "shape" or "error". */
  public String kind() {
    return kind;
  }

  /** The name that was not found. */
  public String name() {
    return name;
  }

  /** Every name that would have been accepted. */
  public List<String> validNames() {
    return validNames;
  }
}
