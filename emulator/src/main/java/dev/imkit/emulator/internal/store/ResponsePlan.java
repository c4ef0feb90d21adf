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
 * @param original the document as CreateResponsePlan stored it
 * @param tags the plan's tags
 */
public record ResponsePlan(String arn, String name, long createdSeq, ObjectNode document, ObjectNode original,
    Map<String, String> tags) implements Tagged<ResponsePlan> {

  /** A new plan: its document is its original. */
  public ResponsePlan(String arn, String name, long createdSeq, ObjectNode document, Map<String, String> tags) {
    this(arn, name, createdSeq, document, document, tags);
  }

  @Override
  public ResponsePlan withTags(Map<String, String> newTags) {
    return new ResponsePlan(arn, name, createdSeq, document, original, newTags);
  }

  /** A copy with another document (the original stays). */
  public ResponsePlan withDocument(ObjectNode newDocument) {
    return new ResponsePlan(arn, name, createdSeq, newDocument, original, tags);
  }
}
