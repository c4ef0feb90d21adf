package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What the generators know about the target: the account and region realistic values use, and the resources
 * that exist (created earlier in a run) for members that refer to them. Immutable: every {@code withX} returns
 * a copy.
 *
 * <p>{@link #defaults()} is lenient: a reference it was not given is synthesized (syntactically valid, pointing
 * nowhere). {@link #strict()} never synthesizes: an operation whose input requires a reference the context
 * lacks fails with a {@link MissingReferenceException}; optional members it cannot fill are left out.
 *
 * <pre>{@code
 * GenerationContext ctx = GenerationContext.strict()
 *     .withResponsePlanArns(planArn)
 *     .withTimelineEvent(incidentArn, eventId);
 * Arbitrary<ObjectNode> starts = IncidentManagerArbitraries.current().withContext(ctx).validInput("StartIncident");
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class GenerationContext {
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
  private static final Pattern NAME_PREFIX = Pattern.compile("[A-Za-z0-9_-]{0,100}");

  /** A timeline event and the incident record it belongs to. */
  public record TimelineEventRef(String incidentRecordArn, String eventId) {
  }

  /** A related item's generatedId and the incident record it belongs to. */
  public record RelatedItemRef(String incidentRecordArn, String generatedId) {
  }

  /** A resource policy id and the response plan it is attached to. */
  public record ResourcePolicyRef(String responsePlanArn, String policyId) {
  }

  private final Fields f;

  private GenerationContext(Fields f) {
    this.f = f;
  }

  /** A lenient context: account 111122223333, region us-east-1, names prefixed {@code imkit-}. */
  public static GenerationContext defaults() {
    return new GenerationContext(new Fields());
  }

  /** A strict context: references must be supplied; otherwise like {@link #defaults()}. */
  public static GenerationContext strict() {
    return defaults().with(c -> c.strict = true);
  }

  /** The account realistic ARNs are in (12 digits). */
  public GenerationContext withAccountId(String accountId) {
    return with(c -> c.accountId = checked(accountId, ACCOUNT, "account id (12 digits)"));
  }

  /** The region realistic ARNs are in, e.g. {@code eu-west-1}. */
  public GenerationContext withRegion(String region) {
    return with(c -> c.region = checked(region, REGION, "region name such as us-east-1"));
  }

  /** The prefix of generated response plan names (letters, digits, {@code _} and {@code -}). */
  public GenerationContext withNamePrefix(String prefix) {
    return with(c -> c.namePrefix = checked(prefix, NAME_PREFIX, "name prefix of at most 100 [A-Za-z0-9_-]"));
  }

  /** Response plans that exist (StartIncident, Get/Update/DeleteResponsePlan, resource policies). */
  public GenerationContext withResponsePlanArns(String... arns) {
    return with(c -> c.responsePlans = plus(c.responsePlans, arns));
  }

  /** Incident records that exist (incident, timeline, related item and finding operations). */
  public GenerationContext withIncidentRecordArns(String... arns) {
    return with(c -> c.incidents = plus(c.incidents, arns));
  }

  /** Replication sets that exist (Get/Update/DeleteReplicationSet, UpdateDeletionProtection). */
  public GenerationContext withReplicationSetArns(String... arns) {
    return with(c -> c.replicationSets = plus(c.replicationSets, arns));
  }

  /** ARNs for the tag operations; if none are given, the known response plans and replication sets are used. */
  public GenerationContext withTaggableArns(String... arns) {
    return with(c -> c.taggables = plus(c.taggables, arns));
  }

  /** A timeline event that exists, with its incident (Get/Update/DeleteTimelineEvent). */
  public GenerationContext withTimelineEvent(String incidentRecordArn, String eventId) {
    return with(c -> c.events = plus(c.events, new TimelineEventRef(nonNull(incidentRecordArn), nonNull(eventId))));
  }

  /** A related item that exists, with its incident (EventReference.relatedItemId of timeline events). */
  public GenerationContext withRelatedItem(String incidentRecordArn, String generatedId) {
    return with(c -> c.relatedItems = plus(c.relatedItems,
        new RelatedItemRef(nonNull(incidentRecordArn), nonNull(generatedId))));
  }

  /** A resource policy that exists, with its response plan (DeleteResourcePolicy). */
  public GenerationContext withResourcePolicy(String responsePlanArn, String policyId) {
    return with(c -> c.policies = plus(c.policies, new ResourcePolicyRef(nonNull(responsePlanArn), nonNull(policyId))));
  }

  /** Whether references must be supplied rather than synthesized. */
  public boolean isStrict() {
    return f.strict;
  }

  public String accountId() {
    return f.accountId;
  }

  public String region() {
    return f.region;
  }

  public String namePrefix() {
    return f.namePrefix;
  }

  public List<String> responsePlanArns() {
    return f.responsePlans;
  }

  public List<String> incidentRecordArns() {
    return f.incidents;
  }

  public List<String> replicationSetArns() {
    return f.replicationSets;
  }

  public List<String> taggableArns() {
    return f.taggables;
  }

  public List<TimelineEventRef> timelineEvents() {
    return f.events;
  }

  public List<RelatedItemRef> relatedItems() {
    return f.relatedItems;
  }

  public List<ResourcePolicyRef> resourcePolicies() {
    return f.policies;
  }

  @Override
  public String toString() {
    return (f.strict ? "strict" : "lenient") + " context (account " + f.accountId + ", " + f.region + ", "
        + f.responsePlans.size() + " plans, " + f.incidents.size() + " incidents, " + f.events.size() + " events, "
        + f.relatedItems.size() + " related items, " + f.replicationSets.size() + " replication sets, "
        + f.policies.size() + " policies)";
  }

  private GenerationContext with(Consumer<Fields> change) {
    Fields copy = f.copy();
    change.accept(copy);
    return new GenerationContext(copy);
  }

  private static String checked(String value, Pattern pattern, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a valid " + what);
    }
    return value;
  }

  private static String nonNull(String value) {
    return Objects.requireNonNull(value, "a reference in a generation context cannot be null");
  }

  @SafeVarargs
  private static <T> List<T> plus(List<T> list, T... more) {
    List<T> out = new ArrayList<>(list);
    Arrays.stream(more).map(v -> Objects.requireNonNull(v, "a reference in a generation context cannot be null"))
        .forEach(out::add);
    return List.copyOf(out);
  }

  /** The context's values; copied, never shared, so instances stay immutable. */
  private static final class Fields {
    boolean strict;
    String accountId = "111122223333";
    String region = "us-east-1";
    String namePrefix = "imkit-";
    List<String> responsePlans = List.of();
    List<String> incidents = List.of();
    List<String> replicationSets = List.of();
    List<String> taggables = List.of();
    List<TimelineEventRef> events = List.of();
    List<RelatedItemRef> relatedItems = List.of();
    List<ResourcePolicyRef> policies = List.of();

    Fields copy() {
      Fields c = new Fields();
      c.strict = strict;
      c.accountId = accountId;
      c.region = region;
      c.namePrefix = namePrefix;
      c.responsePlans = responsePlans;
      c.incidents = incidents;
      c.replicationSets = replicationSets;
      c.taggables = taggables;
      c.events = events;
      c.relatedItems = relatedItems;
      c.policies = policies;
      return c;
    }
  }
}
