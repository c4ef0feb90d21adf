package dev.imkit.emulator.internal.engine;

/**
 * Who sent a request, and where it acts.
 *
 * @param accessKeyId the access key of the signature
 * @param account the account the key maps to
 * @param region the region of the credential scope
 * @param principal the ARN of the caller, recorded as createdBy and lastModifiedBy
 */
public record Caller(String accessKeyId, String account, String region, String principal) {
}
