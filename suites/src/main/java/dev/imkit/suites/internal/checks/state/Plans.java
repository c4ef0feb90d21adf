package dev.imkit.suites.internal.checks.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.internal.run.CheckContext;

/** Response plans the STATE checks create: inputs with a runbook action, created and removed at the end. */
final class Plans {
  static final String ROLE = "arn:aws:iam::111122223333:role/imkit-runbook";

  private Plans() {
  }

  /** A plan input with an SSM automation action; its dynamicParameters only when the revision has them. */
  static ObjectNode withRunbook(CheckContext c, boolean dynamicParameters) {
    ObjectNode in = c.fixtures().responsePlanInput(i -> { });
    in.put("displayName", "imkit state plan");
    ObjectNode ssm = in.putArray("actions").addObject().putObject("ssmAutomation")
        .put("roleArn", ROLE).put("documentName", "imkit-runbook").put("documentVersion", "1")
        .put("targetAccount", "RESPONSE_PLAN_OWNER_ACCOUNT");
    ssm.putObject("parameters").putArray("severity").add("high");
    if (dynamicParameters) {
      ssm.putObject("dynamicParameters").putObject("incident").put("variable", "INCIDENT_RECORD_ARN");
    }
    return in;
  }

  /** Creates the plan as the check's subject (its failure fails the check) and registers its removal. */
  static String create(CheckContext c, ObjectNode input, String rule) {
    String arn = Steps.text(Steps.body(Steps.must(c, "CreateResponsePlan", input, rule)), "arn", "CreateResponsePlan");
    c.fixtures().forget("DeleteResponsePlan", "arn", arn);
    return arn;
  }
}
