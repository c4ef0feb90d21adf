package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Revision;

/**
 * A request that tells two revisions apart: {@code input} is valid for {@code operation} at {@code revision} and
 * was not before it ({@code before} says which rule of the earlier revision it breaks), or the operation itself
 * is new.
 */
public record Probe(Revision revision, String operation, ObjectNode input, String before) {
}
