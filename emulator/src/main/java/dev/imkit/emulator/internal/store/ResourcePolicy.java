package dev.imkit.emulator.internal.store;

/**
 * A resource policy on a response plan.
 *
 * @param policyId its id
 * @param document the policy JSON as sent
 * @param region the region it was put in
 */
public record ResourcePolicy(String policyId, String document, String region) {
}
