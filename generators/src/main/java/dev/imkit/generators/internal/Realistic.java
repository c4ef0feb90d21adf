package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.generators.api.GenerationContext;

/**
 * Values a real Incident Manager would recognise: ARNs in the context's account and region, real region names,
 * IAM role, SNS topic, contact and KMS key ARNs, SSM document names, URLs and CloudWatch metric definitions.
 */
final class Realistic {
  static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1",
      "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
      "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1",
      "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1",
      "il-central-1", "me-south-1", "me-central-1", "sa-east-1"};
  private static final String[] AWS_DOCUMENTS = {"AWSIncidents-CriticalIncidentRunbookTemplate",
      "AWS-RestartEC2Instance", "AWS-StopEC2Instance", "AWS-StartEC2Instance", "AWS-CreateSnapshot",
      "AWSSupport-TroubleshootSSH", "AWS-PublishSNSNotification", "AWS-UpdateCloudFormationStack"};

  private final GenerationContext ctx;

  Realistic(GenerationContext ctx) {
    this.ctx = ctx;
  }

  Gen region() {
    return run -> TextNode.valueOf(Tokens.pick(run.source, REGIONS));
  }

  Gen roleArn() {
    return run -> TextNode.valueOf("arn:aws:iam::" + ctx.accountId() + ":role/"
        + (run.source.chance(20) ? "service-role/" : "")
        + Tokens.pick(run.source, "IncidentManagerAutomationRole", "SSMIncidentsRunbookRole", "OnCallResponder")
        + "-" + Tokens.token(run.source, Tokens.ALNUM, 6));
  }

  Gen snsTopicArn() {
    return run -> TextNode.valueOf("arn:aws:sns:" + ctx.region() + ":" + ctx.accountId() + ":"
        + Tokens.pick(run.source, "incident-notifications", "oncall-alerts", "chatbot-incidents")
        + "-" + Tokens.token(run.source, Tokens.LOWER_ALNUM, 6));
  }

  Gen contactArn() {
    return run -> TextNode.valueOf("arn:aws:ssm-contacts:" + ctx.region() + ":" + ctx.accountId() + ":contact/"
        + Tokens.pick(run.source, "oncall-primary", "sre_team", "db-admins") + "-"
        + Tokens.token(run.source, Tokens.LOWER_ALNUM, 6));
  }

  /** The ARN of a resource of another service, as related items and triggers name them (a CloudWatch alarm). */
  Gen resourceArn() {
    return run -> TextNode.valueOf("arn:aws:cloudwatch:" + ctx.region() + ":" + ctx.accountId() + ":alarm:"
        + Tokens.pick(run.source, "checkout-latency-high", "api-5xx-errors", "queue-depth") + "-"
        + Tokens.token(run.source, Tokens.LOWER_ALNUM, 6));
  }

  Gen kmsKeyArn() {
    return run -> TextNode.valueOf("arn:aws:kms:" + ctx.region() + ":" + ctx.accountId() + ":key/"
        + Tokens.uuid(run.source));
  }

  Gen documentName() {
    return run -> TextNode.valueOf(switch (run.source.pick(3)) {
      case 0 -> Tokens.pick(run.source, AWS_DOCUMENTS);
      case 1 -> ctx.namePrefix() + "Runbook-" + Tokens.token(run.source, Tokens.ALNUM, 8);
      default -> "arn:aws:ssm:" + ctx.region() + ":" + ctx.accountId() + ":document/" + ctx.namePrefix()
          + "Runbook-" + Tokens.token(run.source, Tokens.ALNUM, 8);
    });
  }

  /** An https URL of {@code [lo, hi]} characters (as short as its host and path allow), padded in the path. */
  Gen url(int lo, int hi) {
    return run -> {
      String base = "https://" + Tokens.pick(run.source, "runbooks.example.com", "wiki.example.org",
          "status.example.net", "tickets.example.com/browse") + "/" + Tokens.token(run.source, Tokens.LOWER_ALNUM, 8);
      return TextNode.valueOf(padded(run, base, "-/" + Tokens.LOWER_ALNUM, lo, hi));
    };
  }

  /** A CloudWatch metric definition as JSON text of {@code [lo, hi]} characters, padded in its label. */
  Gen metricDefinition(int lo, int hi) {
    return run -> {
      String[] metric = switch (run.source.pick(3)) {
        case 0 -> new String[] {"AWS/EC2", "CPUUtilization", "InstanceId", "i-" + Tokens.token(run.source, Tokens.HEX, 17)};
        case 1 -> new String[] {"AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer",
            "app/web/" + Tokens.token(run.source, Tokens.HEX, 16)};
        default -> new String[] {"AWS/Lambda", "Errors", "FunctionName", "checkout-" + Tokens.token(run.source, Tokens.LOWER_ALNUM, 6)};
      };
      String head = "{\"metrics\":[[\"" + metric[0] + "\",\"" + metric[1] + "\",\"" + metric[2] + "\",\"" + metric[3]
          + "\"]],\"region\":\"" + ctx.region() + "\",\"stat\":\"" + Tokens.pick(run.source, "Average", "Sum", "Maximum")
          + "\",\"period\":" + Tokens.pick(run.source, "60", "300") + ",\"label\":\"";
      String label = padded(run, "", Tokens.ALNUM + " ", Math.max(0, lo - head.length() - 2), hi - head.length() - 2);
      return TextNode.valueOf(head + label + "\"}");
    };
  }

  /**
   * A resource policy as the documentation describes one (an IAM policy document sharing the response plan with
   * another account), as JSON text of {@code [lo, hi]} characters, padded in its statement id.
   */
  Gen policy(int lo, int hi) {
    return run -> {
      String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
      String tail = "\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
          + "\"Action\":[\"ssm-incidents:GetResponsePlan\",\"ssm-incidents:StartIncident\"],\"Resource\":\"*\"}]}";
      int room = head.length() + tail.length();
      String sid = padded(run, "ShareWithOps", Tokens.ALNUM, Math.max(0, lo - room), Math.max(0, hi - room));
      return TextNode.valueOf(head + sid + tail);
    };
  }

  /** {@code base} extended with characters of {@code pad} to a drawn length in {@code [max(lo, |base|), hi]}. */
  private static String padded(Run run, String base, String pad, int lo, int hi) {
    int target = run.source.length(Math.max(lo, base.length()), Math.max(hi, base.length()));
    return base + Tokens.token(run.source, pad, target - base.length());
  }
}
