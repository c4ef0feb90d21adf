package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Facts about the service as a whole.
 *
 * @param name the full service name
 * @param sdkId the SDK identifier ({@code SSM Incidents})
 * @param apiVersion the API version ({@code 2018-05-10})
 * @param protocol the wire protocol ({@code restJson1})
 * @param signingName the SigV4 signing name ({@code ssm-incidents})
 * @param endpointPrefix the endpoint prefix
 */
@API(status = EXPERIMENTAL)
public record ServiceInfo(String name, String sdkId, String apiVersion, String protocol, String signingName,
    String endpointPrefix) {
}
