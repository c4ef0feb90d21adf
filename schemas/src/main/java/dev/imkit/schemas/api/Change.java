package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One structural change a revision made against the previous one.
 *
 * @param kind what changed
 * @param operation the operation concerned (operation and error changes), else {@code null}
 * @param shape the shape concerned (shape, member, enum and constraint changes), else {@code null}
 * @param member the member (member changes), else {@code null}
 * @param subject the added error, the member's target shape, or the constraint name ({@code min}, {@code max},
 *     {@code pattern}), else {@code null}
 * @param before the value before (a target shape, a constraint value, or the required members), else {@code null}
 * @param after the value after, else {@code null}
 * @param values the enum values added or removed, else empty
 */
@API(status = EXPERIMENTAL)
public record Change(ChangeKind kind, String operation, String shape, String member, String subject,
    Object before, Object after, List<String> values) {

  public Change {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** The operation concerned, if any. */
  public Optional<String> operationName() {
    return Optional.ofNullable(operation);
  }

  /** The shape concerned, if any. */
  public Optional<String> shapeName() {
    return Optional.ofNullable(shape);
  }

  /** One line a person can read, e.g. {@code ItemType: enum values added [INVOLVED_RESOURCE]}. */
  public String describe() {
    return switch (kind) {
      case ADD_OPERATION -> "operation " + operation + " added";
      case ADD_ERROR -> operation + ": error " + subject + " added";
      case REMOVE_ERROR -> operation + ": error " + subject + " removed";
      case ADD_SHAPE -> "shape " + shape + " added";
      case ADD_MEMBER -> shape + "." + member + " added (" + subject + ")";
      case REMOVE_MEMBER -> shape + "." + member + " removed (was " + subject + ")";
      case CHANGE_MEMBER_TARGET -> shape + "." + member + " now targets " + after + " (was " + before + ")";
      case CHANGE_REQUIRED -> shape + ": required members " + before + " -> " + after;
      case ADD_ENUM_VALUES -> shape + ": enum values added " + values;
      case REMOVE_ENUM_VALUES -> shape + ": enum values removed " + values;
      case CHANGE_CONSTRAINT -> shape + ": " + subject + " " + before + " -> " + after;
    };
  }
}
