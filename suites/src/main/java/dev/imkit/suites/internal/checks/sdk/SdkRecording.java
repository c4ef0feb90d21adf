package dev.imkit.suites.internal.checks.sdk;

import dev.imkit.reports.api.ExchangeRecord.Role;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.session.Recorder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Records what the SDK sent and got into the check's recording, so an SDK check's failure carries the call it
 * rests on (shown in the report, replayed by its curl reproducer) like the checks that call the target directly.
 */
final class SdkRecording implements ExecutionInterceptor {
  private volatile boolean answered;

  /** Whether the latest attempt got an answer. */
  boolean answered() {
    return answered;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    answered = false;
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    byte[] answer = context.responseBody().map(SdkRecording::read).orElse(new byte[0]);
    String request = context.requestBody().map(SdkRecording::text).orElse("");
    Exchange exchange = new Exchange(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
        context.httpRequest().method().name(), context.httpRequest().getUri().toString(),
        context.httpRequest().headers(), request, context.httpResponse().statusCode(),
        context.httpResponse().headers(), new String(answer, StandardCharsets.UTF_8), 0);
    // the synchronous client runs this on the check's own thread, whose recording it adds to
    Recorder.attach(exchange, Role.CHECK);
    answered = true;
    return Optional.of(new ByteArrayInputStream(answer));
  }

  private static String text(RequestBody body) {
    try (InputStream in = body.contentStreamProvider().newStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
