package dev.imkit.emulator.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A deliberate, realistic bug the emulator can be started with, so that a conformance check can be shown to
 * catch what it claims to. Names are stable: suites assert which checks fail for each.
 *
 * <pre>{@code
 * Emulator.builder().fault(Fault.ISO_TIMESTAMPS).start();
 * Fault.named("iso-timestamps");  // the same fault, by its kebab-case name
 * Fault.resolve("lenient");        // the faults of a composite (a fault's name resolves to itself)
 * }</pre>
 */
@API(status = MAINTAINED)
public enum Fault {
  SUCCESS_200_EVERYWHERE(FaultCategory.PROTOCOL, "answers 200 where the model says 201 or 204"),
  NO_ERROR_TYPE_HEADER(FaultCategory.PROTOCOL, "error answers lack the X-Amzn-ErrorType header"),
  NOT_FOUND_AS_400(FaultCategory.PROTOCOL, "a missing resource is a 400 ValidationException instead of a 404"),
  UNMODELED_ERROR(FaultCategory.PROTOCOL,
      "a missing resource is a ServiceQuotaExceededException, an error the operation does not model"),
  WRONG_CONTENT_TYPE(FaultCategory.PROTOCOL, "JSON answers are labelled text/plain"),
  QUERY_BINDING_IGNORED(FaultCategory.PROTOCOL,
      "members bound to the query string are read from the body instead (GET ?arn= is ignored)"),
  LABEL_NOT_DECODED(FaultCategory.PROTOCOL, "the /tags/{resourceArn} label is used without URL-decoding"),
  THROTTLE_EVERY_THIRD(FaultCategory.PROTOCOL, "every third call is refused with ThrottlingException (429)"),
  NO_REQUEST_ID(FaultCategory.PROTOCOL, "answers lack the x-amzn-RequestId header"),
  MISSING_RESOURCE_POLICIES(FaultCategory.PROTOCOL, "PutResourcePolicy, GetResourcePolicies and "
      + "DeleteResourcePolicy do not exist: 404 UnknownOperationException"),
  QUOTA_AS_400(FaultCategory.PROTOCOL,
      "ServiceQuotaExceededException (a 51st tag) is sent with 400 instead of its modeled 402"),
  CONFLICT_AS_500(FaultCategory.PROTOCOL, "UpdateReplicationSet during a change in flight answers 500 "
      + "InternalServerException instead of 409 ConflictException"),
  ERROR_TYPE_IN_BODY(FaultCategory.PROTOCOL, "errors are named only by a namespaced __type in the body, "
      + "without X-Amzn-ErrorType (legal in restJson1: a correct client reads it)"),
  ERROR_CODE_IN_BODY(FaultCategory.PROTOCOL, "errors are named only by a code member in the body, "
      + "without X-Amzn-ErrorType (legal in restJson1: a correct client reads it)"),
  ERROR_TYPE_NAMESPACED(FaultCategory.PROTOCOL, "X-Amzn-ErrorType carries the error's shape ID "
      + "(com.amazonaws.ssmincidents#ValidationException; legal in restJson1: a correct client keeps what follows #)"),
  ISO_TIMESTAMPS(FaultCategory.SCHEMA, "timestamps are ISO-8601 strings instead of epoch-second numbers"),
  DROP_REQUIRED_OUTPUT(FaultCategory.SCHEMA,
      "a required output member is left out (incidentRecord.status, CreateResponsePlan's arn, ...)"),
  ERROR_WITHOUT_MESSAGE(FaultCategory.SCHEMA, "error bodies lack the required message"),
  UNKNOWN_ENUM_OUTPUT(FaultCategory.SCHEMA, "enum values in answers are not the model's (status \"Open\")"),
  ACCEPT_UNKNOWN_ENUM(FaultCategory.VALIDATION, "an enum value outside the model is accepted"),
  IGNORE_REQUIRED(FaultCategory.VALIDATION, "a missing required member is accepted"),
  ACCEPT_UNION_TWO_MEMBERS(FaultCategory.VALIDATION, "a union with two members set is accepted"),
  IGNORE_LENGTH(FaultCategory.VALIDATION, "strings too short or too long are accepted"),
  IGNORE_PATTERN(FaultCategory.VALIDATION, "strings that do not match their pattern are accepted"),
  IGNORE_RANGE(FaultCategory.VALIDATION, "integers out of range are accepted"),
  IGNORE_COLLECTION_SIZE(FaultCategory.VALIDATION, "lists and maps with too few or too many entries are accepted"),
  VALIDATION_AS_500(FaultCategory.VALIDATION, "invalid input is answered with 500 InternalServerException"),
  REFUSE_EMPTY_TITLE(FaultCategory.VALIDATION,
      "an empty title, which the model allows, is refused with ValidationException"),
  REFUSE_LONG_NAMES(FaultCategory.VALIDATION,
      "names of 129 to 200 characters, which the model allows, are refused with ValidationException"),
  DELETE_KEEPS(FaultCategory.STATE, "deletes answer 204 but the resource stays"),
  UPDATE_DROPS_DYNAMIC_PARAMETERS(FaultCategory.STATE,
      "UpdateResponsePlan loses the runbook's dynamicParameters"),
  LOSE_TITLE_OVERRIDE(FaultCategory.STATE, "StartIncident ignores the title given and keeps the template's"),
  BAD_GENERATED_ID(FaultCategory.STATE, "related item generatedIds use lower-case hex"),
  RESOLVE_WITHOUT_TIME(FaultCategory.STATE, "resolving an incident does not set resolvedTime"),
  RELATED_ITEM_REMOVE_IGNORED(FaultCategory.STATE, "UpdateRelatedItems itemToRemove answers 204 but keeps the item"),
  LIST_MISSES_NEWEST(FaultCategory.STATE, "lists of response plans and incidents leave out the newest one"),
  TAGS_NOT_STORED(FaultCategory.STATE, "TagResource answers 204 but stores nothing"),
  FILTERS_IGNORED(FaultCategory.STATE, "ListIncidentRecords ignores its filters: every incident is listed"),
  SORT_IGNORED(FaultCategory.STATE, "ListTimelineEvents ignores sortBy and sortOrder: events come oldest first"),
  DELETE_LEAVES_IN_LISTS(FaultCategory.STATE,
      "deleted response plans and incident records stay in lists while Get answers 404"),
  TAGS_SURVIVE_DELETE(FaultCategory.STATE, "a deleted response plan's tags come back on a new plan of the same name"),
  UPDATE_DROPS_MEMBER(FaultCategory.STATE, "updates apply to the resource as created: what an earlier update set "
      + "and this one does not send is lost (UpdateIncidentRecord, UpdateResponsePlan)"),
  IGNORE_CLIENT_TOKEN(FaultCategory.IDEMPOTENCY, "a repeated clientToken creates a duplicate"),
  TOKEN_MISMATCH_ACCEPTED(FaultCategory.IDEMPOTENCY,
      "the same clientToken with a different input makes a new result instead of a ConflictException"),
  REPEAT_ACROSS_PAGES(FaultCategory.PAGINATION, "the last item of a page comes again first on the next page"),
  ENDLESS_PAGINATION(FaultCategory.PAGINATION, "the last page still carries a nextToken"),
  IGNORE_MAX_RESULTS(FaultCategory.PAGINATION, "maxResults is ignored: pages have the default size"),
  PAGINATION_IGNORED(FaultCategory.PAGINATION,
      "maxResults and nextToken are ignored: lists return every item and never a token"),
  PAGE_TOKEN_BROKEN_BY_INSERT(FaultCategory.PAGINATION, "page tokens count the items sent, so an item created "
      + "ahead of a walk's position makes the next page repeat an item"),
  REJECT_INVOLVED_RESOURCE(FaultCategory.REVISION,
      "the INVOLVED_RESOURCE related item type is refused, as before 2022-05-12"),
  DROP_DYNAMIC_PARAMETERS(FaultCategory.REVISION, "dynamicParameters are accepted but neither stored nor returned"),
  OLD_CONTACTS_PATTERN(FaultCategory.REVISION, "engagements are checked with the SsmContactsArn pattern of before 2022-05-12"),
  UNTYPED_ERRORS(FaultCategory.SDK, "X-Amzn-ErrorType carries names not in the model (NotFound, BadRequest, ...)"),
  ACCEPT_UNSIGNED(FaultCategory.SECURITY, "requests without an Authorization header are served"),
  ACCEPT_BAD_SIGNATURE(FaultCategory.SECURITY, "signature verification passes any well-formed signature");

  private final FaultCategory category;
  private final String description;

  Fault(FaultCategory category, String description) {
    this.category = category;
    this.description = description;
  }

  /** The stable kebab-case name, e.g. {@code iso-timestamps}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The check category the fault is meant to trip. */
  public FaultCategory category() {
    return category;
  }

  /** One line saying how the emulator deviates. */
  public String description() {
    return description;
  }

  /** The fault with this kebab-case name; {@link IllegalArgumentException} listing the valid names if none. */
  public static Fault named(String id) {
    for (Fault f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown fault '" + id + "'; valid faults: " + String.join(", ", ids()));
  }

  /** Every fault's name, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Fault::id).toList();
  }

  /**
   * The faults a name stands for: a fault's name gives that fault, a {@link FaultComposite}'s name its faults.
   * {@link IllegalArgumentException} listing the valid names if it is neither.
   */
  @API(status = EXPERIMENTAL)
  public static Set<Fault> resolve(String name) {
    for (Fault f : values()) {
      if (f.id().equals(name)) {
        return Collections.unmodifiableSet(EnumSet.of(f));
      }
    }
    for (FaultComposite c : FaultComposite.values()) {
      if (c.id().equals(name)) {
        return c.faults();
      }
    }
    throw new IllegalArgumentException("unknown fault '" + name + "'; valid faults: " + String.join(", ", ids())
        + "; composites: " + String.join(", ", FaultComposite.ids()));
  }
}
