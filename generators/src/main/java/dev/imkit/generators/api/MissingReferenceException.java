package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a strict {@link GenerationContext} lacks a reference an operation's input requires, so that no
 * valid input can be generated; the message names what is missing and how to supply it.
 */
@API(status = EXPERIMENTAL)
public final class MissingReferenceException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String pointer;
  private final ReferenceKind reference;

  public MissingReferenceException(String operation, String pointer, ReferenceKind reference) {
    super(operation + " needs " + reference.description() + " for " + pointer
        + ", and the strict generation context has none; supply one with GenerationContext.strict()."
        + reference.howToSupply());
    this.operation = operation;
    this.pointer = pointer;
    this.reference = reference;
  }

  /** The operation whose input needs the reference. */
  public String operation() {
    return operation;
  }

  /** Where in the input the reference goes. */
  public String pointer() {
    return pointer;
  }

  /** What kind of reference is missing. */
  public ReferenceKind reference() {
    return reference;
  }
}
