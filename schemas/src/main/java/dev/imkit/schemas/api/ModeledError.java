package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An error structure of the contract.
 *
 * @param name the error's name, sent in {@code X-Amzn-ErrorType} (e.g. {@code ResourceNotFoundException})
 * @param httpStatus the modeled HTTP status (ServiceQuotaExceededException is 402)
 * @param serverFault whether the model marks it a server fault rather than a client one
 * @param documentation the documentation text
 */
@API(status = EXPERIMENTAL)
public record ModeledError(String name, int httpStatus, boolean serverFault, String documentation) {
}
