package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.ResourceReference;
import dev.imkit.schemas.api.Resources;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Valid inputs that name a resource that does not exist: an operation's typical base input (the one its
 * {@code VAL-CONTROL} check sends) with every member that refers to a resource ({@code resources.json}) given a
 * well-formed ARN, in the target's account and region, of an instance nobody made. Nothing else in them is wrong,
 * so a conforming target answers 404 ResourceNotFoundException. An operation has one when it models that error and
 * its base input refers to a resource by ARN.
 */
public final class MissingResource {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** The emulator's default account, used only when the target has not shown its own in any ARN. */
  private static final String FALLBACK_ACCOUNT = "123456789012";
  private static final String ERROR = "ResourceNotFoundException";
  private static final Map<String, IncidentManagerArbitraries> TYPICAL = new ConcurrentHashMap<>();

  private MissingResource() {
  }

  /** Whether {@code op} (of {@code contract}) has such an input. */
  public static boolean appliesTo(Contract contract, Operation op) {
    return input(contract, op, FALLBACK_ACCOUNT, "us-east-1").isPresent();
  }

  /** The input for {@code op} of {@code contract}, or empty when it names no resource that could be missing. */
  public static Optional<ObjectNode> input(Contract contract, Operation op, String account, String region) {
    if (!op.models(ERROR)) {
      return Optional.empty();
    }
    IncidentManagerArbitraries typical = TYPICAL.computeIfAbsent(contract.revision().name() + "/" + region,
        k -> IncidentManagerArbitraries.forRevision(contract.revision().name())
            .withContext(GenerationContext.defaults().withRegion(region)));
    ObjectNode in = typical.baseInput(op.name());
    Set<String> named = new HashSet<>();
    for (ResourceReference ref : Resources.references(op.name())) {
      String pointer = ref.pointer();
      Optional<Resource> kind = arnOf(ref);
      JsonNode at = in.at(pointer);
      if (kind.isPresent() && at.isTextual() && pointer.lastIndexOf('/') == 0) {
        in.put(pointer.substring(1), nobodys(kind.get(), account, region));
        named.add(pointer);
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(typical.fresh(op.name(), in, named, new Random()));
  }

  /** The kind whose ARN a reference takes: the kind itself for its {@code arn}, its parent for {@code parent}. */
  private static Optional<Resource> arnOf(ResourceReference ref) {
    Resource kind = Resources.named(ref.resource());
    Optional<Resource> owner = switch (ref.id()) {
      case "arn" -> Optional.of(kind);
      case "parent" -> kind.parent().map(Resources::named);
      default -> Optional.empty();
    };
    return owner.filter(r -> r.arnTemplate().isPresent());
  }

  /** A well-formed ARN of {@code kind} in the account and region that names no instance. */
  private static String nobodys(Resource kind, String account, String region) {
    String id = UUID.randomUUID().toString();
    return kind.arnTemplate().orElseThrow().replace("{account}", account).replace("{region}", region)
        .replace("{name}", "imkit-missing-" + id.substring(0, 8)).replace("{parentName}", "imkit-missing")
        .replace("{id}", id);
  }

  /** The input for {@code operation} in the target's account and region. */
  public static Optional<ObjectNode> input(String operation, CheckContext context) {
    Contract contract = context.target().contract();
    return input(contract, contract.operation(operation), account(context), context.target().settings().region());
  }

  /**
   * The target's account: from an ARN it returned earlier, else from its replication sets or response plans
   * (read calls only), else the emulator's default.
   */
  static String account(CheckContext context) {
    String known = context.target().account();
    if (!known.isEmpty()) {
      return known;
    }
    for (String[] list : new String[][] {{"ListReplicationSets", "replicationSetArns"},
        {"ListResponsePlans", "responsePlanSummaries"}}) {
      Exchange answer = context.target().call(list[0], JSON.objectNode());
      JsonNode items = answer.jsonOrNull() == null ? null : answer.jsonOrNull().path(list[1]);
      if (answer.succeeded() && items != null && items.size() > 0) {
        JsonNode first = items.get(0);
        context.target().learnAccount(first.isTextual() ? first.textValue() : first.path("arn").asText());
        if (!context.target().account().isEmpty()) {
          return context.target().account();
        }
      }
    }
    return FALLBACK_ACCOUNT;
  }

}
