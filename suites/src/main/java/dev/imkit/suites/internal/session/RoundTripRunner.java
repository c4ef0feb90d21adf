package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.schemas.api.Contract;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.revision.Occurrences;
import dev.imkit.suites.internal.revision.RoundTrip;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Runs a {@link RoundTrip}: creates with the added member set (the create's base input of typical values with
 * that member added), reads back, and says whether the member came back. Anything inconclusive (the create or
 * the read refused for another reason, or the member read back with another value: it is there, so the target
 * knows it, and what changed its value is another deviation, such as enum values in another case) counts as
 * present: detection never lowers a revision on a guess.
 */
public final class RoundTripRunner {

  private RoundTripRunner() {
  }

  /** What the target answered when it lost the member; empty when it gave it back (or the test was inconclusive). */
  public static Optional<String> lost(DefaultTarget target, RoundTrip trip) {
    Contract contract = Contract.at(trip.revision());
    Optional<ObjectNode> input = input(target, contract, trip);
    if (input.isEmpty()) {
      return Optional.empty();
    }
    Exchange created = target.call(trip.create(), input.get());
    JsonNode out = created.jsonOrNull();
    if (!created.succeeded() || out == null) {
      return Optional.empty();
    }
    ObjectNode readInput = readInput(contract, trip, input.get(), out);
    if (trip.delete() != null) {
      target.fixtures().forget(trip.delete(), readInput);
    }
    Exchange read = target.call(trip.read(), readInput);
    if (!read.succeeded() || read.jsonOrNull() == null) {
      return Optional.empty();
    }
    String pointer = Occurrences.of(contract, contract.operation(trip.create()).input(), input.get(), trip.shape(),
        trip.member()).get(0);
    JsonNode sent = input.get().at(pointer);
    List<String> back = Occurrences.of(contract, contract.operation(trip.read()).output(), read.jsonOrNull(),
        trip.readShape(), trip.member());
    boolean found = back.stream().map(p -> read.jsonOrNull().at(p)).anyMatch(v -> sameShape(sent, v));
    return found ? Optional.empty() : Optional.of(trip.create() + " stored " + trip.shape() + "." + trip.member()
        + " = " + sent + " and " + trip.read() + " answered " + read.answerLine());
  }

  /**
   * Whether {@code read} is what was sent, or the same member with other values in it: the same JSON type, the same
   * keys (an object) or as many items (an array). An empty map for a map sent with entries is not.
   */
  private static boolean sameShape(JsonNode sent, JsonNode read) {
    if (read.isMissingNode() || read.isNull() || sent.getNodeType() != read.getNodeType()) {
      return false;
    }
    if (sent.isObject()) {
      Set<String> a = new HashSet<>();
      Set<String> b = new HashSet<>();
      sent.fieldNames().forEachRemaining(a::add);
      read.fieldNames().forEachRemaining(b::add);
      return a.equals(b);
    }
    return !sent.isArray() || sent.size() == read.size();
  }

  /** The create's base input with the added member (typical values), bound to the run's resources. */
  private static Optional<ObjectNode> input(DefaultTarget target, Contract contract, RoundTrip trip) {
    IncidentManagerArbitraries im = IncidentManagerArbitraries.forRevision(trip.revision().name());
    String inputShape = contract.operation(trip.create()).input();
    for (String place : im.placesOf(trip.create(), trip.shape(), trip.member())) {
      if (im.unreachable(trip.create(), place).isPresent()) {
        continue;
      }
      ObjectNode doc = target.fixtures().bind(trip.create(), im.alone(trip.create(), place).input(), Set.of());
      doc = target.fixtures().typical().fresh(trip.create(), doc, Set.of(), new Random());
      if (contract.validator().input(trip.create(), doc).valid()
          && !Occurrences.of(contract, inputShape, doc, trip.shape(), trip.member()).isEmpty()) {
        return Optional.of(doc);
      }
    }
    return Optional.empty();
  }

  /** The read's required members, from the create's answer or else its input (same names). */
  private static ObjectNode readInput(Contract contract, RoundTrip trip, ObjectNode created, JsonNode answer) {
    ObjectNode in = JsonNodeFactory.instance.objectNode();
    for (String member : contract.shape(contract.operation(trip.read()).input()).requiredMembers()) {
      JsonNode value = answer.has(member) ? answer.get(member) : created.get(member);
      if (value != null) {
        in.set(member, value);
      }
    }
    return in;
  }
}
