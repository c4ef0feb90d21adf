package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imkit.suites.api.ConfigurationException;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Profile;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/**
 * Nothing is created, changed or deleted on a live target unless its account is in {@code imkit.allow-accounts}.
 * The account is learned before the first write: from an ARN a read call returns, else from STS
 * GetCallerIdentity (at the target's endpoint unless it is AWS's own). Unknown or not allowed: the run stops.
 */
final class LiveGuard {
  private LiveGuard() {
  }

  static void check(DefaultTarget target) {
    if (!target.settings().live() || target.settings().profile() == Profile.READONLY) {
      return;
    }
    String account = fromReads(target).or(() -> fromSts(target)).orElseThrow(() -> new ConfigurationException(
        "the target " + target.endpoint() + " is live and its account id could not be learned (no ARN in its "
            + "lists, no answer from STS GetCallerIdentity): use --profile readonly, or imkit.live=false if it "
            + "is an emulator"));
    if (!target.settings().allowedAccounts().contains(account)) {
      throw new ConfigurationException("the target " + target.endpoint() + " is live (account " + account
          + ") and that account is not in imkit.allow-accounts: nothing was written. Add --allow-account "
          + account + " to let the kit create and remove its own resources there, or use --profile readonly");
    }
    target.learnAccount("arn:aws:ssm-incidents::" + account + ":x");
    target.allowWrites();
  }

  private static Optional<String> fromReads(DefaultTarget target) {
    for (String[] read : new String[][] {{"ListReplicationSets", "replicationSetArns"},
        {"ListResponsePlans", "responsePlanSummaries"}}) {
      Exchange answer = target.call(read[0], JsonNodeFactory.instance.objectNode());
      JsonNode items = answer.jsonOrNull() == null ? null : answer.jsonOrNull().path(read[1]);
      if (items != null && items.size() > 0) {
        JsonNode first = items.get(0);
        String arn = first.isTextual() ? first.textValue() : first.path("arn").asText();
        String[] parts = arn.split(":");
        if (parts.length > 4 && parts[4].matches("[0-9]{12}")) {
          return Optional.of(parts[4]);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromSts(DefaultTarget target) {
    StsClientBuilder builder = StsClient.builder().httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(target.credentials()).region(Region.of(target.settings().region()));
    if (!target.endpoint().getHost().endsWith(".amazonaws.com")) {
      builder.endpointOverride(target.endpoint());
    }
    try (StsClient sts = builder.build()) {
      return Optional.ofNullable(sts.getCallerIdentity().account());
    } catch (SdkException e) {
      return Optional.empty();
    }
  }
}
