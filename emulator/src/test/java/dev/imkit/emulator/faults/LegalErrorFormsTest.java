package dev.imkit.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Fault;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;

/**
 * The error forms restJson1 allows besides the header. A namespaced {@code __type} in the body is read by the
 * AWS SDK for Java v2 as the header is: the same typed exceptions, with their members. A {@code code} member
 * (which the SDKs for JavaScript v3 and Go v2 read) is not read by the Java SDK this project builds with: it
 * raises an untyped exception, so a kit that judges errors through that SDK cannot treat the two forms alike. Nor
 * does it cut a namespace from the header's value ({@code com.amazonaws.ssmincidents#ValidationException}), which
 * restJson1 clients must do.
 */
class LegalErrorFormsTest {
  private static final String MISSING = "arn:aws:ssm-incidents::123456789012:response-plan/missing";

  @Test
  void theJavaSdkReadsANamespacedTypeFromTheBody() {
    try (Emulator e = Emulator.builder().fault(Fault.ERROR_TYPE_IN_BODY).start();
        SsmIncidentsClient client = Sdk.client(e, new Recorder())) {
      assertThatThrownBy(() -> client.getResponsePlan(r -> r.arn(MISSING)))
          .isInstanceOfSatisfying(ResourceNotFoundException.class, nf -> {
            assertThat(nf.statusCode()).isEqualTo(404);
            assertThat(nf.resourceIdentifier()).isEqualTo(MISSING);
          });
      assertThatThrownBy(() -> client.startIncident(r -> r.responsePlanArn("not an arn")))
          .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.statusCode()).isEqualTo(400));
    }
  }

  @Test
  void theJavaSdkDoesNotCutANamespaceFromTheHeader() {
    // restJson1 clients keep what follows '#' wherever the name comes from; this SDK does so for __type only
    assertThat(untypedMissingPlan(Fault.ERROR_TYPE_NAMESPACED).awsErrorDetails().errorCode())
        .isEqualTo("com.amazonaws.ssmincidents#ResourceNotFoundException");
  }

  @Test
  void theJavaSdkDoesNotReadACodeMember() {
    SsmIncidentsException e = untypedMissingPlan(Fault.ERROR_CODE_IN_BODY);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e).hasMessageContaining("does not exist");
  }

  /** What the SDK raises for a get of a missing plan from an emulator with {@code fault}: the untyped exception. */
  private static SsmIncidentsException untypedMissingPlan(Fault fault) {
    try (Emulator e = Emulator.builder().fault(fault).start();
        SsmIncidentsClient client = Sdk.client(e, new Recorder())) {
      Throwable thrown = catchThrowable(() -> client.getResponsePlan(r -> r.arn(MISSING)));
      assertThat(thrown).isExactlyInstanceOf(SsmIncidentsException.class);
      return (SsmIncidentsException) thrown;
    }
  }
}
