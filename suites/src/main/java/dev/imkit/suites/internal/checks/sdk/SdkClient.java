package dev.imkit.suites.internal.checks.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.suites.internal.session.DefaultTarget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/**
 * The AWS SDK for Java v2 client pointed at the target (its endpoint, region and credentials; the kit's own
 * retries of throttled and 5xx answers, {@link SdkRetries}), and calls of any operation by name: the request is
 * built from a contract document through the SDK's own field metadata, the SDK's method found by the operation's
 * name.
 */
final class SdkClient implements AutoCloseable {
  private static final String MODEL = "software.amazon.awssdk.services.ssmincidents.model.";
  private final SsmIncidentsClient client;
  private final SdkRecording recording = new SdkRecording();

  SdkClient(DefaultTarget target) {
    this.client = SsmIncidentsClient.builder().endpointOverride(target.endpoint())
        .region(Region.of(target.settings().region())).credentialsProvider(target.credentials())
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(target.settings().timeout()).build())
        .overrideConfiguration(o -> o.retryStrategy(SdkRetries.of(target))
            .addExecutionInterceptor(recording))
        .build();
  }

  /** Calls {@code operation} with the document as its request; the SDK's exception when the call fails. */
  SdkPojo call(String operation, JsonNode input) throws Exception {
    Class<?> requestType = Class.forName(MODEL + operation + "Request");
    SdkPojo builder = (SdkPojo) requestType.getMethod("builder").invoke(null);
    Object request = SdkJson.build(builder, input);
    Method method = SsmIncidentsClient.class.getMethod(methodName(operation), requestType);
    try {
      return (SdkPojo) method.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Whether the target answered the SDK's latest attempt (an answer it may have failed to parse). */
  boolean answered() {
    return recording.answered();
  }

  /** The document of an SDK object, by wire member names. */
  static JsonNode json(SdkPojo pojo) {
    return SdkJson.json(pojo);
  }

  private static String methodName(String operation) {
    return Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
  }

  @Override
  public void close() {
    client.close();
  }
}
