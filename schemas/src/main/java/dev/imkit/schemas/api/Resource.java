package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One kind of resource of the API, as {@code resources.json} describes it: the operations that create, read, list
 * and delete an instance, the identifiers an instance has, and what it lives in. Identifiers are named
 * ({@code arn}, {@code eventId}, {@code policyId}, {@code identifier}, ...); {@code parent} is the ARN of the
 * instance's parent.
 *
 * @param kind the kind, e.g. {@code ResponsePlan}
 * @param singleton whether an account has at most one (the replication set)
 * @param taggable whether TagResource applies to it
 * @param arnTemplate its ARN format with {@code {account}}, {@code {region}}, {@code {id}}, {@code {name}} and
 *     {@code {parentName}} placeholders, if it has an ARN
 * @param parent the kind it lives in and whose ARN its create input names, if any
 * @param needs a kind that must exist before one is created though the create input does not name it
 * @param create how one is created
 * @param get how one is read, if it can be alone
 * @param list how instances are listed
 * @param beforeDelete a call the documentation requires before the delete (an incident is resolved first)
 * @param delete how one is removed
 * @param removalRank the order of removal at the end of a run: lower first (children before parents)
 */
@API(status = EXPERIMENTAL)
public record Resource(String kind, boolean singleton, boolean taggable, Optional<String> arnTemplate,
    Optional<String> parent, Optional<String> needs, Creation create, Optional<Call> get, Optional<Listing> list,
    Optional<Call> beforeDelete, Call delete, int removalRank) {

  /**
   * The operation that creates an instance.
   *
   * @param operation the operation
   * @param parentMember the input member that names the parent's ARN, if the kind has a parent
   * @param ids each identifier and where the answer carries it (a pointer into the output, or {@code input:}
   *     and a pointer into the input for one the caller chooses)
   * @param nameMember the input member holding the instance's name, where its ARN is built from it
   */
  @API(status = EXPERIMENTAL)
  public record Creation(String operation, Optional<String> parentMember, Map<String, String> ids,
      Optional<String> nameMember) {
    public Creation {
      ids = Map.copyOf(ids);
    }
  }

  /**
   * A call on one instance.
   *
   * @param operation the operation
   * @param input each input member (a pointer) and the identifier it takes
   * @param values input members with fixed values (e.g. {@code /status}: {@code RESOLVED})
   */
  @API(status = EXPERIMENTAL)
  public record Call(String operation, Map<String, String> input, Map<String, JsonNode> values) {
    public Call {
      input = Map.copyOf(input);
      values = Map.copyOf(values);
    }
  }

  /**
   * How instances are listed.
   *
   * @param operation the list operation
   * @param input each input member (a pointer) and the identifier of the parent it takes
   * @param items where the answer carries the items
   * @param id the identifier each item carries
   * @param at where in an item that identifier is ({@code ""}: the item itself)
   * @param more other identifiers an item carries, and where
   */
  @API(status = EXPERIMENTAL)
  public record Listing(String operation, Map<String, String> input, String items, String id, String at,
      Map<String, String> more) {
    public Listing {
      input = Map.copyOf(input);
      more = Map.copyOf(more);
    }
  }
}
