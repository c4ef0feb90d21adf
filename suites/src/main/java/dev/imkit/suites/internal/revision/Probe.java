package dev.imkit.suites.internal.revision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Revision;

/**
 * A request that tells two revisions apart: {@code input} is valid for {@code operation} at {@code revision} and
 * was not before it ({@code before} says which rule of the earlier revision it breaks), or the operation itself
 * is new. It differs from {@code control}, an input of typical values valid at both revisions, only in
 * {@code change}: so when the target accepts the control and refuses the probe, it lacks the revision's change,
 * and when it refuses the control too, the probe proves nothing.
 *
 * @param control the control the probe varies, or null for a new operation
 * @param place the pointer template of the place the probe changes ({@code ""} for a new operation)
 * @param change what the probe changes in the control, for a person
 */
public record Probe(Revision revision, String operation, ObjectNode input, String before, ObjectNode control,
    String place, String change) {
}
