package dev.imkit.suites.internal.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import java.io.UncheckedIOException;

/**
 * Resources that checks need but do not test (a response plan to start incidents from, an incident to add
 * events to). Each is created with a unique name and removed when the run ends, newest first. A target that
 * cannot create one blocks the check that needed it, naming the cause (the operation missing, the valid input
 * refused): the checks of that operation judge the creation itself.
 */
public final class Fixtures {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final DefaultTarget target;
  private final Deque<Runnable> cleanUps = new ConcurrentLinkedDeque<>();
  private volatile String replicationSetChecked;
  private volatile boolean ownsReplicationSet;

  Fixtures(DefaultTarget target) {
    this.target = target;
  }

  /** A minimal valid CreateResponsePlan input with a unique name; {@code customize} may add to it. */
  public ObjectNode responsePlanInput(Consumer<ObjectNode> customize) {
    ObjectNode input = JSON.objectNode().put("name", target.uniqueName("plan"));
    input.putObject("incidentTemplate").put("title", "imkit fixture incident").put("impact", 3);
    customize.accept(input);
    return input;
  }

  /** Creates a response plan (removed at the end) and returns its ARN. */
  public String responsePlan(Consumer<ObjectNode> customize) {
    replicationSet();
    Exchange created = call("CreateResponsePlan", responsePlanInput(customize));
    String arn = required(created, "arn", "CreateResponsePlan");
    forget("DeleteResponsePlan", "arn", arn);
    return arn;
  }

  public String responsePlan() {
    return responsePlan(i -> { });
  }

  /** Starts an incident from a new response plan (both removed at the end) and returns the record's ARN. */
  public String incident(Consumer<ObjectNode> customize) {
    ObjectNode input = JSON.objectNode().put("responsePlanArn", responsePlan());
    customize.accept(input);
    Exchange started = call("StartIncident", input);
    String arn = required(started, "incidentRecordArn", "StartIncident");
    forget("DeleteIncidentRecord", "arn", arn);
    return arn;
  }

  public String incident() {
    return incident(i -> { });
  }

  /** Adds a timeline event to the incident and returns its id. */
  public String timelineEvent(String incidentArn) {
    ObjectNode input = JSON.objectNode().put("incidentRecordArn", incidentArn)
        .put("eventTime", System.currentTimeMillis() / 1000).put("eventType", "Custom Event")
        .put("eventData", "\"imkit fixture event\"")
        // required until 2021-08-04; an idempotency token, so harmless at every revision
        .put("clientToken", java.util.UUID.randomUUID().toString());
    return required(call("CreateTimelineEvent", input), "eventId", "CreateTimelineEvent");
  }

  /** Makes sure the account has a replication set (creating one, removed at the end, only if it has none). */
  public void replicationSet() {
    if (replicationSetChecked != null) {
      return;
    }
    synchronized (this) {
      if (replicationSetChecked != null) {
        return;
      }
      Exchange list = call("ListReplicationSets", JSON.objectNode());
      JsonNode arns = list.succeeded() && list.jsonOrNull() != null ? list.jsonOrNull().path("replicationSetArns") : null;
      if (arns != null && arns.size() > 0) {
        replicationSetChecked = arns.get(0).asText();
        return;
      }
      ObjectNode input = JSON.objectNode();
      input.putObject("regions").putObject(target.settings().region());
      Exchange created = call("CreateReplicationSet", input);
      replicationSetChecked = required(created, "arn", "CreateReplicationSet");
      ownsReplicationSet = true;
      forget("DeleteReplicationSet", "arn", replicationSetChecked);
    }
  }

  /** The account's replication set (created by the run if there was none). */
  public String replicationSetArn() {
    replicationSet();
    return replicationSetChecked;
  }

  /** Whether this run created the replication set: only then may checks change or delete it. */
  public boolean ownsReplicationSet() {
    replicationSet();
    return ownsReplicationSet;
  }

  /** Forgets the replication set after a check deleted it, so the next use creates one again. */
  public synchronized void replicationSetDeleted() {
    replicationSetChecked = null;
  }

  /** Puts a resource policy on a new response plan; returns {plan ARN, policy id}. */
  public String[] resourcePolicy() {
    String plan = responsePlan();
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"ssm-incidents:GetResponsePlan\","
        + "\"Resource\":\"" + plan + "\"}]}";
    Exchange put = call("PutResourcePolicy", JSON.objectNode().put("resourceArn", plan).put("policy", policy));
    return new String[] {plan, required(put, "policyId", "PutResourcePolicy")};
  }

  /** Registers a clean-up call with a whole input, to make at the end of the run. */
  public void forget(String operation, ObjectNode input) {
    cleanUps.push(() -> target.call(operation, input));
  }

  /** Registers a clean-up call to make at the end of the run. */
  public void forget(String operation, String member, String value) {
    cleanUps.push(() -> target.call(operation, JSON.objectNode().put(member, value)));
  }

  void cleanUp() {
    Runnable next;
    while ((next = cleanUps.poll()) != null) {
      try {
        next.run();
      } catch (RuntimeException e) {
        // clean-up is best effort: the target may already be gone at the end of a run
      }
    }
  }

  /** Calls {@code operation} for a fixture, recorded as such; no answer at all blocks the check. */
  private Exchange call(String operation, ObjectNode input) {
    try {
      return Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call(operation, input));
    } catch (UncheckedIOException e) {
      throw new Blocked(Causes.noAnswer(operation, String.valueOf(e.getCause() == null ? e : e.getCause())));
    }
  }

  private String required(Exchange answer, String member, String operation) {
    JsonNode json = answer.jsonOrNull();
    if (!answer.succeeded() || json == null || !json.path(member).isTextual()) {
      throw new Blocked(Causes.of(target.contract(), answer, operation, "fixture input"));
    }
    String value = json.path(member).textValue();
    target.learnAccount(value);
    return value;
  }
}
