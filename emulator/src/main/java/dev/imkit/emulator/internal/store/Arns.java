package dev.imkit.emulator.internal.store;

/** The ARN formats of the service, and which kind of resource an ARN names. */
public final class Arns {
  public static final String RESPONSE_PLAN = "RESPONSE_PLAN";
  public static final String INCIDENT_RECORD = "INCIDENT_RECORD";
  public static final String REPLICATION_SET = "REPLICATION_SET";
  public static final String TIMELINE_EVENT = "TIMELINE_EVENT";
  public static final String RESOURCE_POLICY = "RESOURCE_POLICY";
  private static final String PREFIX = "arn:aws:ssm-incidents:";

  private Arns() {
  }

  /** {@code arn:aws:ssm-incidents::<acct>:response-plan/<name>}. */
  public static String responsePlan(String account, String name) {
    return PREFIX + ":" + account + ":response-plan/" + name;
  }

  /** {@code arn:aws:ssm-incidents:<region>:<acct>:incident-record/<plan-name>/<uuid>}. */
  public static String incidentRecord(String region, String account, String planName, String uuid) {
    return PREFIX + region + ":" + account + ":incident-record/" + planName + "/" + uuid;
  }

  /** {@code arn:aws:ssm-incidents::<acct>:replication-set/<uuid>}. */
  public static String replicationSet(String account, String uuid) {
    return PREFIX + ":" + account + ":replication-set/" + uuid;
  }

  /** The SSM automation execution an incident's runbook started. */
  public static String automationExecution(String region, String account, String uuid) {
    return "arn:aws:ssm:" + region + ":" + account + ":automation-execution/" + uuid;
  }

  /** The principal a caller acts as. */
  public static String principal(String account, String accessKeyId) {
    return "arn:aws:iam::" + account + ":user/" + accessKeyId;
  }

  /** The resource type of a taggable ARN of this service, or {@code null} if it names none. */
  public static String kind(String arn) {
    if (arn == null || !arn.startsWith(PREFIX)) {
      return null;
    }
    if (arn.contains(":response-plan/")) {
      return RESPONSE_PLAN;
    }
    if (arn.contains(":incident-record/")) {
      return INCIDENT_RECORD;
    }
    if (arn.contains(":replication-set/")) {
      return REPLICATION_SET;
    }
    return null;
  }

  /** The response plan name in a response plan ARN, or {@code null}. */
  public static String planName(String arn) {
    int i = arn == null ? -1 : arn.indexOf(":response-plan/");
    return i < 0 ? null : arn.substring(i + ":response-plan/".length());
  }
}
