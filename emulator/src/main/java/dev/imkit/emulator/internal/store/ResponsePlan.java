package dev.imkit.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A response plan. {@code document} is its GetResponsePlan answer, never changed once stored (an update
 * stores a new plan), so it can be sent as it is.
 *
 * @param arn the plan's ARN
 * @param name the plan's name, unique in its account and region
 * @param createdSeq the partition's creation counter when it was made
 * @param document the GetResponsePlanOutput body
 * @param tags the plan's tags
 */
public record ResponsePlan(String arn, String name, long createdSeq, ObjectNode document, Map<String, String> tags)
    implements Tagged<ResponsePlan> {

  @Override
  public ResponsePlan withTags(Map<String, String> newTags) {
    return new ResponsePlan(arn, name, createdSeq, document, newTags);
  }

  /** A copy with another document. */
  public ResponsePlan withDocument(ObjectNode newDocument) {
    return new ResponsePlan(arn, name, createdSeq, newDocument, tags);
  }
}
