package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Resources;
import dev.imkit.schemas.api.Shape;
import dev.imkit.schemas.api.UnknownNameException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** resources.json names only what the contract has, and every kind can be made, found and removed. */
class ResourcesTest {
  private static final Contract CONTRACT = Contract.current();

  @Test
  void everyOperationAndPointerOfTheFileExistsInTheContract() {
    for (Resource r : Resources.all()) {
      assertInput(r.create().operation(), r.create().parentMember().stream().toList());
      r.create().ids().values().forEach(p -> {
        if (p.startsWith("input:")) {
          assertInput(r.create().operation(), List.of(p.substring("input:".length())));
        } else {
          assertThat(resolve(CONTRACT.operation(r.create().operation()).output(), p)).as(r.kind() + " id " + p)
              .isNotNull();
        }
      });
      r.create().nameMember().ifPresent(n -> assertInput(r.create().operation(), List.of(n)));
      for (Resource.Call call : calls(r)) {
        assertInput(call.operation(), List.copyOf(call.input().keySet()));
        assertInput(call.operation(), List.copyOf(call.values().keySet()));
        call.input().values().forEach(id -> assertThat(ids(r)).as(call.operation()).contains(id));
      }
      r.list().ifPresent(l -> {
        assertInput(l.operation(), List.copyOf(l.input().keySet()));
        assertThat(resolve(CONTRACT.operation(l.operation()).output(), l.items())).as(l.operation()).isNotNull();
      });
      r.parent().ifPresent(p -> assertThat(Resources.named(p)).isNotNull());
      r.needs().ifPresent(p -> assertThat(Resources.named(p)).isNotNull());
    }
  }

  @Test
  void everyReferenceNamesAnInputMemberAndAnIdentifierOfItsKind() {
    for (Operation op : CONTRACT.operations()) {
      for (ResourceReference ref : Resources.references(op.name())) {
        assertInput(op.name(), List.of(ref.pointer()));
        assertThat(ids(Resources.named(ref.resource()))).as(ref.toString()).contains(ref.id());
      }
    }
  }

  @Test
  void operationEntriesOverrideTheEntriesForEveryOperation() {
    assertThat(Resources.reference("GetTimelineEvent", "/incidentRecordArn").orElseThrow().resource())
        .isEqualTo("TimelineEvent");
    assertThat(Resources.reference("ListTimelineEvents", "/incidentRecordArn").orElseThrow().resource())
        .isEqualTo("IncidentRecord");
    assertThat(Resources.references("DeleteTimelineEvent")).extracting(ResourceReference::pointer)
        .containsExactlyInAnyOrder("/incidentRecordArn", "/eventId");
    assertThat(Resources.createdBy("StartIncident").orElseThrow().kind()).isEqualTo("IncidentRecord");
    assertThat(Resources.createdBy("GetIncidentRecord")).isEmpty();
  }

  @Test
  void removalGoesFromChildrenToParents() {
    for (Resource r : Resources.all()) {
      r.parent().ifPresent(p -> assertThat(r.removalRank()).isLessThan(Resources.named(p).removalRank()));
      r.needs().ifPresent(p -> assertThat(r.removalRank()).isLessThan(Resources.named(p).removalRank()));
    }
    assertThat(Resources.all().stream().map(Resource::removalRank).distinct()).hasSize(Resources.all().size());
  }

  @Test
  void anUnknownKindListsTheKinds() {
    assertThatThrownBy(() -> Resources.named("Runbook")).isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("ResponsePlan");
  }

  private static Set<String> ids(Resource r) {
    Set<String> ids = new HashSet<>(r.create().ids().keySet());
    r.parent().ifPresent(p -> ids.add("parent"));
    r.list().ifPresent(l -> ids.addAll(l.more().keySet()));
    return ids;
  }

  private static List<Resource.Call> calls(Resource r) {
    List<Resource.Call> calls = new java.util.ArrayList<>();
    r.get().ifPresent(calls::add);
    r.beforeDelete().ifPresent(calls::add);
    calls.add(r.delete());
    return calls;
  }

  private static void assertInput(String operation, List<String> pointers) {
    Operation op = CONTRACT.operation(operation);
    for (String p : pointers) {
      assertThat(resolve(op.input(), p)).as(operation + " " + p).isNotNull();
    }
  }

  /** The shape at a pointer template ({@code 0} steps into list items), or null. */
  private static Shape resolve(String root, String pointer) {
    Shape s = CONTRACT.shape(root);
    for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      if (s.kind() == dev.imkit.schemas.api.ShapeKind.LIST && step.equals("0")) {
        s = CONTRACT.shape(s.listMember());
      } else if (s.members().containsKey(step)) {
        s = CONTRACT.shape(s.members().get(step).target());
      } else {
        return null;
      }
    }
    return s;
  }
}
