package dev.imkit.emulator.internal.store;

import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.Resources;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN formats of the service, read from the resources' data ({@code resources.json}), and which kind of
 * resource an ARN names. Resource types are the model's {@code ResourceType} values: the kind in upper snake case.
 */
public final class Arns {
  public static final String RESPONSE_PLAN = type("ResponsePlan");
  public static final String INCIDENT_RECORD = type("IncidentRecord");
  public static final String REPLICATION_SET = type("ReplicationSet");
  public static final String TIMELINE_EVENT = type("TimelineEvent");
  public static final String RESOURCE_POLICY = type("ResourcePolicy");
  /** What each placeholder may hold: a name or an identifier ends the ARN and may hold anything. */
  private static final Map<String, String> SEGMENTS = Map.of("account", "[^:]*", "region", "[^:]*",
      "parentName", "[^/]*");

  /** The kinds with an ARN, each with the pattern its ARNs match (placeholders capture one path segment). */
  private static final List<Map.Entry<String, Pattern>> PATTERNS = Resources.all().stream()
      .filter(r -> r.arnTemplate().isPresent())
      .map(r -> Map.entry(type(r.kind()), pattern(r.arnTemplate().get()))).toList();

  private Arns() {
  }

  /** {@code arn:aws:ssm-incidents::<acct>:response-plan/<name>}. */
  public static String responsePlan(String account, String name) {
    return fill("ResponsePlan", Map.of("account", account, "name", name));
  }

  /** {@code arn:aws:ssm-incidents:<region>:<acct>:incident-record/<plan-name>/<uuid>}. */
  public static String incidentRecord(String region, String account, String planName, String uuid) {
    return fill("IncidentRecord", Map.of("region", region, "account", account, "parentName", planName, "id", uuid));
  }

  /** {@code arn:aws:ssm-incidents::<acct>:replication-set/<uuid>}. */
  public static String replicationSet(String account, String uuid) {
    return fill("ReplicationSet", Map.of("account", account, "id", uuid));
  }

  /** The SSM automation execution an incident's runbook started (another service's ARN). */
  public static String automationExecution(String region, String account, String uuid) {
    return "arn:aws:ssm:" + region + ":" + account + ":automation-execution/" + uuid;
  }

  /** The principal a caller acts as. */
  public static String principal(String account, String accessKeyId) {
    return "arn:aws:iam::" + account + ":user/" + accessKeyId;
  }

  /** The resource type of an ARN of this service, or {@code null} if it names none. */
  public static String kind(String arn) {
    if (arn == null) {
      return null;
    }
    return PATTERNS.stream().filter(e -> e.getValue().matcher(arn).matches()).map(Map.Entry::getKey).findFirst()
        .orElse(null);
  }

  /** The response plan name in a response plan ARN, or {@code null}. */
  public static String planName(String arn) {
    Matcher m = arn == null ? null : pattern(template("ResponsePlan")).matcher(arn);
    return m != null && m.matches() ? m.group("name") : null;
  }

  private static String type(String kind) {
    return kind.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static String template(String kind) {
    Resource r = Resources.named(kind);
    return r.arnTemplate().orElseThrow(() -> new IllegalStateException(kind + " has no ARN format"));
  }

  private static String fill(String kind, Map<String, String> values) {
    String arn = template(kind);
    for (Map.Entry<String, String> v : values.entrySet()) {
      arn = arn.replace("{" + v.getKey() + "}", v.getValue());
    }
    return arn;
  }

  /** The template as a pattern: literal text quoted, each placeholder a named group. */
  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start())));
      regex.append("(?<").append(m.group(1)).append(">").append(SEGMENTS.getOrDefault(m.group(1), ".*")).append(")");
      at = m.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString());
  }
}
