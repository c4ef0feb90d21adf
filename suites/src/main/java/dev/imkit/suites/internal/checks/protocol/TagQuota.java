package dev.imkit.suites.internal.checks.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.CheckContext;

/**
 * The one quota the run can reach for real: tags per resource. The model's tag map (what ListTagsForResource
 * returns) holds at most its maximum number of entries (50, the AWS tagging quota), so a resource that has that many
 * cannot take one more: TagResource models ServiceQuotaExceededException for it. The number is read from the
 * contract, never retyped.
 */
public final class TagQuota {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TagQuota() {
  }

  /** How many tags a resource may hold: the maximum of the map ListTagsForResource answers. */
  public static int maximum(Contract contract) {
    String map = contract.shape(contract.operation("ListTagsForResource").output()).members().get("tags").target();
    return (int) contract.shape(map).max().orElseThrow();
  }

  /** Creates a response plan holding the maximum of tags, then adds one more: the answer to that. */
  public static Exchange oneTooMany(CheckContext context) {
    int max = maximum(context.target().contract());
    String plan = context.fixtures().responsePlan(in -> {
      ObjectNode tags = in.putObject("tags");
      for (int i = 0; i < max; i++) {
        tags.put("imkit-" + i, "quota");
      }
    });
    ObjectNode input = JSON.objectNode().put("resourceArn", plan);
    input.putObject("tags").put("imkit-one-too-many", "quota");
    return context.target().call("TagResource", input);
  }
}
