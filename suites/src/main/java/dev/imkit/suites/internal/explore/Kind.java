package dev.imkit.suites.internal.explore;

import java.util.Arrays;

/**
 * The kinds of resources a sequence creates and names. The generators fill a reference member with the kind's
 * placeholder (a well-formed value no real resource has); a step then puts one of its handles there.
 */
enum Kind {
  PLAN("plan", null, "arn:aws:ssm-incidents::111122223333:response-plan/imkit-ref-plan"),
  INCIDENT("incident", null,
      "arn:aws:ssm-incidents:us-east-1:111122223333:incident-record/imkit-ref-plan/imkit-ref-incident"),
  EVENT("event", INCIDENT, "imkit-ref-event-0000"),
  POLICY("policy", PLAN, "imkit-ref-policy-0000"),
  REPLICATION_SET("replicationSet", null, "arn:aws:ssm-incidents::111122223333:replication-set/imkit-ref-set"),
  RELATED_ITEM("relatedItem", INCIDENT, null);

  private final String json;
  private final Kind parent;
  private final String placeholder;

  Kind(String json, Kind parent, String placeholder) {
    this.json = json;
    this.parent = parent;
    this.placeholder = placeholder;
  }

  /** The kind named {@code name} in the data file. */
  static Kind named(String name) {
    return Arrays.stream(values()).filter(k -> k.json.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no resource kind '" + name + "'"));
  }

  /** The kind a resource of this kind belongs to (an event's incident), or null. */
  Kind parent() {
    return parent;
  }

  /** The value the generators put where a resource of this kind is named, or null for kinds they never name. */
  String placeholder() {
    return placeholder;
  }

  /** How a person calls it: {@code plan}, {@code replication set}. */
  String label() {
    return json.equals("replicationSet") ? "replication set" : json.equals("relatedItem") ? "related item" : json;
  }
}
