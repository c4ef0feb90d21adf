package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.schemas.internal.ResourceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The resources of the API and the input members that refer to them, read from {@code resources.json}: one
 * place for what the documentation says about each kind, walked by fixtures, clean-up, sweeps, generators and
 * the emulator.
 *
 * <pre>{@code
 * Resource plan = Resources.named("ResponsePlan");              // CreateResponsePlan, DeleteResponsePlan, ...
 * Resources.references("DeleteTimelineEvent");                   // /incidentRecordArn and /eventId of one event
 * Resources.createdBy("StartIncident");                          // IncidentRecord
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Resources {
  private static final Map<String, List<ResourceReference>> BY_OPERATION = new ConcurrentHashMap<>();

  private Resources() {
  }

  /** Every kind, in the order of the file (parents before children). */
  public static List<Resource> all() {
    return ResourceData.get().resources();
  }

  /** The kind named {@code kind}; {@link UnknownNameException} listing the kinds if there is none. */
  public static Resource named(String kind) {
    return all().stream().filter(r -> r.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new UnknownNameException("resource", kind, all().stream().map(Resource::kind).toList()));
  }

  /** The kind {@code operation} creates, if it creates one. */
  public static Optional<Resource> createdBy(String operation) {
    return all().stream().filter(r -> r.create().operation().equals(operation)).findFirst();
  }

  /**
   * The members of {@code operation}'s input that refer to resources: the operation's own entries, then the
   * entries for every operation ({@code *}) whose member its input has (at the current revision) and that it does
   * not name itself.
   */
  public static List<ResourceReference> references(String operation) {
    return BY_OPERATION.computeIfAbsent(operation, Resources::collect);
  }

  private static List<ResourceReference> collect(String operation) {
    List<ResourceReference> own = new ArrayList<>();
    List<ResourceReference> any = new ArrayList<>();
    for (ResourceReference r : ResourceData.get().references()) {
      if (r.operation().equals(operation)) {
        own.add(r);
      } else if (r.operation().equals("*")) {
        any.add(r);
      }
    }
    Contract contract = Contract.current();
    String input = contract.findOperation(operation).map(Operation::input).orElse(null);
    any.stream().filter(a -> own.stream().noneMatch(o -> o.pointer().equals(a.pointer())))
        .filter(a -> input != null && ResourceData.resolves(contract, input, a.pointer()))
        .map(a -> new ResourceReference(operation, a.pointer(), a.resource(), a.id(), a.as())).forEach(own::add);
    return List.copyOf(own);
  }

  /** The reference at {@code pointer} of {@code operation}'s input, if that member refers to a resource. */
  public static Optional<ResourceReference> reference(String operation, String pointer) {
    return references(operation).stream().filter(r -> r.pointer().equals(pointer)).findFirst();
  }
}
