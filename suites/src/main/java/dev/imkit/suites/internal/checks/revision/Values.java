package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.ShapeKind;
import java.util.Optional;
import java.util.Random;

/** Values for the revision checks: generated, or covering every enum value where the shape allows it. */
final class Values {
  private Values() {
  }

  /**
   * A value of {@code shape}: for a map whose values are unions over an enum, one entry per enum value (so every
   * value of the enum goes through a round trip); otherwise a generated value.
   */
  static JsonNode covering(Contract contract, String shape, IncidentManagerArbitraries arbitraries, Random random) {
    Optional<Member> enumMember = enumUnionMember(contract, contract.shape(shape));
    if (enumMember.isEmpty()) {
      return arbitraries.value(shape).generator(1000).next(random).value();
    }
    ObjectNode map = JsonNodeFactory.instance.objectNode();
    int i = 0;
    for (String value : contract.shape(enumMember.get().target()).enumValues()) {
      map.putObject("imkitParameter" + i++).put(enumMember.get().name(), value);
    }
    return map;
  }

  /** For a map of unions, the union member whose shape is an enum. */
  static Optional<Member> enumUnionMember(Contract contract, Shape shape) {
    if (shape.kind() != ShapeKind.MAP || contract.shape(shape.mapValue()).kind() != ShapeKind.UNION) {
      return Optional.empty();
    }
    return contract.shape(shape.mapValue()).members().values().stream()
        .filter(m -> contract.shape(m.target()).kind() == ShapeKind.ENUM).findFirst();
  }

  /** Whether two JSON values are equal, numbers compared by value. */
  static boolean same(JsonNode a, JsonNode b) {
    return a != null && b != null && a.equals((x, y) -> x.isNumber() && y.isNumber()
        ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
  }
}
