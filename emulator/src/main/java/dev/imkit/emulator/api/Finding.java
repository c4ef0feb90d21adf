package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A finding to attach to an incident with {@link Emulator#addFinding}: a CodeDeploy deployment or a
 * CloudFormation stack update that may have caused the incident.
 *
 * <pre>{@code
 * emulator.addFinding(incidentArn, Finding.codeDeployDeployment(groupArn, "d-123", start, null));
 * }</pre>
 *
 * @param id the finding id, or {@code null} to have one generated
 * @param source which kind of change it is
 * @param resourceArn the stack ARN or the deployment group ARN
 * @param deploymentId the CodeDeploy deployment id ({@code null} for stack updates)
 * @param startTime when the change started
 * @param endTime when it ended, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record Finding(String id, Source source, String resourceArn, String deploymentId, Instant startTime,
    Instant endTime) {

  /** The kinds of change a finding can point at. */
  public enum Source {
    /** A CloudFormation stack creation or update. */
    CLOUDFORMATION_STACK_UPDATE,
    /** A CodeDeploy deployment. */
    CODEDEPLOY_DEPLOYMENT
  }

  public Finding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resourceArn, "resourceArn");
    Objects.requireNonNull(startTime, "startTime");
    if (source == Source.CODEDEPLOY_DEPLOYMENT) {
      Objects.requireNonNull(deploymentId, "deploymentId");
    }
  }

  /** A CloudFormation stack update finding with a generated id. */
  public static Finding cloudFormationStackUpdate(String stackArn, Instant startTime, Instant endTime) {
    return new Finding(null, Source.CLOUDFORMATION_STACK_UPDATE, stackArn, null, startTime, endTime);
  }

  /** A CodeDeploy deployment finding with a generated id. */
  public static Finding codeDeployDeployment(String deploymentGroupArn, String deploymentId, Instant startTime,
      Instant endTime) {
    return new Finding(null, Source.CODEDEPLOY_DEPLOYMENT, deploymentGroupArn, deploymentId, startTime, endTime);
  }

  /** A copy with the given id. */
  public Finding withId(String newId) {
    return new Finding(newId, source, resourceArn, deploymentId, startTime, endTime);
  }
}
