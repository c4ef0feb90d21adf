package dev.imkit.suites.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/** Signs calls with the AWS SDK's SigV4 signer, for service {@code ssm-incidents} in the configured region. */
public final class Signer {
  private static final String SERVICE = "ssm-incidents";
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
  private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
  private final String region;
  private final String service;

  public Signer(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region) {
    this(credentials, region, SERVICE);
  }

  /** A signer for another signing name: the SECURITY checks sign for the wrong service on purpose. */
  public Signer(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String service) {
    this.credentials = credentials;
    this.region = region;
    this.service = service;
  }

  /** The call with {@code Authorization}, {@code X-Amz-Date} (and a session token) headers added. */
  public HttpCall sign(HttpCall call) {
    AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(call.uri())
        .method(SdkHttpMethod.fromValue(call.method()));
    call.headers().forEach(request::putHeader);
    SdkHttpRequest signed = signer.sign(r -> r.identity(identity).request(request.build())
            .payload(ContentStreamProvider.fromByteArray(call.body()))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
            .putProperty(AwsV4HttpSigner.REGION_NAME, region))
        .request();
    Map<String, List<String>> added = new LinkedHashMap<>();
    signed.forEachHeader((name, values) -> {
      if (!call.headers().containsKey(name) && !name.equalsIgnoreCase("Host")) {
        added.put(name, values);
      }
    });
    return call.withHeaders(added);
  }
}
