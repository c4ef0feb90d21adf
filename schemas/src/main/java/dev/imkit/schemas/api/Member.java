package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A member of a structure or union.
 *
 * @param name the member name as it appears in JSON
 * @param target the name of the member's shape
 * @param required whether the structure requires it
 * @param documentation the documentation text, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record Member(String name, String target, boolean required, String documentation) {
}
