package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A typed view of one shape's JSON Schema at one revision. Bounds are Smithy's: lengths for strings, lists
 * and maps, values for integers.
 *
 * @param name the shape name, e.g. {@code DynamicSsmParameters}
 * @param kind what kind of value it is
 * @param documentation the documentation text, or {@code null}
 * @param members the members of a structure or union, in model order; empty otherwise
 * @param listMember the element shape of a list, else {@code null}
 * @param mapKey the key shape of a map, else {@code null}
 * @param mapValue the value shape of a map, else {@code null}
 * @param min the lower length or value bound, if any
 * @param max the upper length or value bound, if any
 * @param pattern the regular expression a string must match, if any
 * @param enumValues the values of an enum, else empty
 * @param uniqueItems whether a list's elements must be distinct
 */
@API(status = EXPERIMENTAL)
public record Shape(String name, ShapeKind kind, String documentation, Map<String, Member> members,
    String listMember, String mapKey, String mapValue, OptionalLong min, OptionalLong max,
    Optional<String> pattern, List<String> enumValues, boolean uniqueItems) {

  public Shape {
    members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    enumValues = List.copyOf(enumValues);
  }

  /** Whether values of this shape are JSON objects (structures, unions and maps). */
  public boolean isObject() {
    return kind == ShapeKind.STRUCTURE || kind == ShapeKind.UNION || kind == ShapeKind.MAP;
  }

  /** The required members' names, in model order. */
  public List<String> requiredMembers() {
    return members.values().stream().filter(Member::required).map(Member::name).toList();
  }
}
