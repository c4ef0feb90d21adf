package dev.imkit.suites.internal.revision;

import dev.imkit.schemas.api.Revision;

/**
 * A member a revision added to what a create operation stores and its get operation returns: a target with the
 * revision gives it back, one without it drops it as unknown. Requests alone cannot show such a change (servers
 * ignore unknown members), so this probe writes, then reads.
 *
 * @param revision the revision that added the member
 * @param shape the shape the member was added to
 * @param member the member's name
 * @param readShape the shape that holds the member in the read's answer ({@code shape}, or the read's output
 *     when the member was added to the create's input and the read's output alike)
 * @param create the operation that stores it ({@code CreateResponsePlan})
 * @param read the operation that returns it ({@code GetResponsePlan})
 * @param delete the operation that removes what was created, if any
 */
public record RoundTrip(Revision revision, String shape, String member, String readShape, String create, String read,
    String delete) {
}
