package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Raw;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import dev.imkit.emulator.support.SdkTestBase;
import dev.imkit.schemas.api.Contract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.ConflictException;
import software.amazon.awssdk.services.ssmincidents.model.RegionInfo;
import software.amazon.awssdk.services.ssmincidents.model.RegionMapInputValue;
import software.amazon.awssdk.services.ssmincidents.model.RegionStatus;
import software.amazon.awssdk.services.ssmincidents.model.ReplicationSet;
import software.amazon.awssdk.services.ssmincidents.model.ReplicationSetStatus;
import software.amazon.awssdk.services.ssmincidents.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssmincidents.model.UpdateReplicationSetAction;
import software.amazon.awssdk.services.ssmincidents.model.ValidationException;

/** The replication set through the AWS SDK: one per account, regions, protection, changes in flight. */
class ReplicationSetTest extends SdkTestBase {

  @Test
  void theSetsLifecycle() {
    String arn = client.createReplicationSet(r -> r.regions(Map.of("us-east-1",
        RegionMapInputValue.builder().sseKmsKeyId("alias/mine").build())).tags(Map.of("k", "v"))).arn();
    assertThat(arn).matches("arn:aws:ssm-incidents::123456789012:replication-set/[0-9a-f-]{36}");
    assertThatThrownBy(() -> client.createReplicationSet(r -> r.regions(Map.of("us-west-2",
        RegionMapInputValue.builder().build())))).isInstanceOf(ConflictException.class);

    ReplicationSet set = client.getReplicationSet(r -> r.arn(arn)).replicationSet();
    assertThat(set.status()).isEqualTo(ReplicationSetStatus.ACTIVE);
    assertThat(set.deletionProtected()).isFalse();
    assertThat(set.regionMap()).containsOnlyKeys("us-east-1");
    assertThat(set.regionMap().get("us-east-1").status()).isEqualTo(RegionStatus.ACTIVE);
    assertThat(set.regionMap().get("us-east-1").sseKmsKeyId()).isEqualTo("alias/mine");
    assertThat(client.listReplicationSetsPaginator(r -> r.maxResults(1)).replicationSetArns()).containsExactly(arn);
    assertThat(client.listTagsForResource(r -> r.resourceArn(arn)).tags()).isEqualTo(Map.of("k", "v"));

    client.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
        .addRegionAction(a -> a.regionName("eu-west-1")).build()));
    assertThat(client.getReplicationSet(r -> r.arn(arn)).replicationSet().regionMap())
        .containsOnlyKeys("us-east-1", "eu-west-1");
    client.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
        .deleteRegionAction(a -> a.regionName("us-east-1")).build()));
    assertThatThrownBy(() -> client.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction
        .builder().deleteRegionAction(a -> a.regionName("eu-west-1")).build())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("last Region");

    client.updateDeletionProtection(r -> r.arn(arn).deletionProtected(true));
    assertThat(client.getReplicationSet(r -> r.arn(arn)).replicationSet().deletionProtected()).isTrue();
    assertThatThrownBy(() -> client.deleteReplicationSet(r -> r.arn(arn))).isInstanceOf(ValidationException.class);
    client.updateDeletionProtection(r -> r.arn(arn).deletionProtected(false));
    client.deleteReplicationSet(r -> r.arn(arn));
    assertThatThrownBy(() -> client.getReplicationSet(r -> r.arn(arn)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.resourceTypeAsString()).isEqualTo("REPLICATION_SET"));
    assertThat(client.listReplicationSets(r -> { }).replicationSetArns()).isEmpty();
  }

  @Test
  void aChangeInFlightIsAConflictUntilItSettles() throws InterruptedException {
    Recorder own = new Recorder();
    try (Emulator slow = Emulator.builder().transitionDelay(Duration.ofMillis(700)).start();
        SsmIncidentsClient c = Sdk.client(slow, own)) {
      String arn = c.createReplicationSet(r -> r.regions(Map.of("us-east-1", RegionMapInputValue.builder()
          .build()))).arn();
      ReplicationSet creating = c.getReplicationSet(r -> r.arn(arn)).replicationSet();
      assertThat(creating.status()).isEqualTo(ReplicationSetStatus.CREATING);
      assertThat(creating.regionMap().values()).extracting(RegionInfo::status).containsOnly(RegionStatus.CREATING);
      assertThatThrownBy(() -> c.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
          .addRegionAction(a -> a.regionName("eu-west-1")).build())))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.retryAfter()).isNotNull());
      Thread.sleep(800);
      assertThat(c.getReplicationSet(r -> r.arn(arn)).replicationSet().status())
          .isEqualTo(ReplicationSetStatus.ACTIVE);
      c.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
          .addRegionAction(a -> a.regionName("eu-west-1")).build()));
      ReplicationSet updating = c.getReplicationSet(r -> r.arn(arn)).replicationSet();
      assertThat(updating.status()).isEqualTo(ReplicationSetStatus.UPDATING);
      assertThat(updating.regionMap().get("eu-west-1").status()).isEqualTo(RegionStatus.CREATING);
      assertThat(updating.regionMap().get("us-east-1").status()).isEqualTo(RegionStatus.ACTIVE);
    }
    own.assertAllValid(Contract.current());
  }

  @Test
  void anUpdateWhileTheSetIsHeldUpdatingIsAConflictWithTheModeledEnvelope() throws InterruptedException {
    try (Emulator held = Emulator.builder().updatingHold(Duration.ofMillis(700)).start();
        SsmIncidentsClient c = Sdk.client(held, new Recorder())) {
      String arn = c.createReplicationSet(r -> r.regions(Map.of("us-east-1", RegionMapInputValue.builder()
          .build()))).arn();
      assertThat(c.getReplicationSet(r -> r.arn(arn)).replicationSet().status()).isEqualTo(ReplicationSetStatus.ACTIVE);
      c.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
          .addRegionAction(a -> a.regionName("eu-west-1")).build()));
      assertThat(c.getReplicationSet(r -> r.arn(arn)).replicationSet().status())
          .isEqualTo(ReplicationSetStatus.UPDATING);
      Raw.Answer conflict = new Raw(held).post("/updateReplicationSet", Raw.json("{'arn':'" + arn
          + "','actions':[{'addRegionAction':{'regionName':'eu-west-2'}}]}"));
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.header("X-Amzn-ErrorType")).isEqualTo("ConflictException");
      assertThat(conflict.json().get("message").asText()).contains("UPDATING");
      assertThat(conflict.json().get("resourceIdentifier").asText()).isEqualTo(arn);
      assertThat(conflict.json().get("resourceType").asText()).isEqualTo("REPLICATION_SET");
      assertThat(conflict.json().get("retryAfter").isNumber()).isTrue();
      assertThatThrownBy(() -> c.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
          .deleteRegionAction(a -> a.regionName("eu-west-1")).build())))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.retryAfter()).isNotNull());
      Thread.sleep(800);
      assertThat(c.getReplicationSet(r -> r.arn(arn)).replicationSet().status()).isEqualTo(ReplicationSetStatus.ACTIVE);
      c.updateReplicationSet(r -> r.arn(arn).actions(UpdateReplicationSetAction.builder()
          .deleteRegionAction(a -> a.regionName("eu-west-1")).build()));
    }
  }
}
