package dev.imkit.suites.internal.checks.protocol;

import java.util.Set;

/**
 * Errors any AWS operation may answer although no operation models them: the request never reached the
 * operation (authentication, routing, parsing) or the service as a whole refused it.
 */
final class CommonErrors {
  /**
   * From the Incident Manager API Reference, "Common Errors" (docs.aws.amazon.com/incident-manager/latest/
   * APIReference/CommonErrors.html), then the front-end errors AWS JSON services send before an operation runs
   * (the AWS SDKs' error-code tables: UnrecognizedClientException, InvalidSignatureException, ExpiredToken...;
   * restJson1: SerializationException, UnknownOperationException).
   */
  static final Set<String> NAMES = Set.of(
      // Common Errors page
      "AccessDeniedException", "IncompleteSignature", "InternalFailure", "InvalidAction", "InvalidClientTokenId",
      "NotAuthorized", "OptInRequired", "RequestExpired", "ServiceUnavailable", "ThrottlingException",
      "ValidationError",
      // front-end errors of AWS JSON services
      "UnrecognizedClientException", "InvalidSignatureException", "IncompleteSignatureException",
      "MissingAuthenticationTokenException", "ExpiredTokenException", "SerializationException",
      "UnknownOperationException", "RequestEntityTooLargeException", "InternalServerError");

  private CommonErrors() {
  }

  static boolean contains(String name) {
    return NAMES.contains(name);
  }
}
