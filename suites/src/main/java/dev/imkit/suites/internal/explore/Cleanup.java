package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.suites.api.Exchange;
import java.util.List;

/**
 * Removes what a run of a sequence left, on both sides, so lists stay short and memory flat over a long
 * exploration: its incidents (resolved first on live targets, as the run's own clean-up does), then its plans;
 * events, policies and related items go with them. What the target removed is forgotten by its clean-up journal.
 * After a sequence that changed the replication set, the account gets one again, without deletion protection.
 */
final class Cleanup {
  private Cleanup() {
  }

  static void after(Sequence sequence, Context context) {
    Sides sides = context.sides();
    for (Kind kind : List.of(Kind.INCIDENT, Kind.PLAN)) {
      for (Handle h : sequence.model().all(kind)) {
        if (h.createdAt() > 0) {
          remove(sides, h, kind == Kind.INCIDENT ? "DeleteIncidentRecord" : "DeleteResponsePlan");
        }
      }
    }
    if (sequence.exclusive()) {
      String region = sides.target().settings().region();
      context.replicationSets(restoreReplicationSet(sides, Side.TARGET, region),
          restoreReplicationSet(sides, Side.REFERENCE, region));
    }
  }

  private static void remove(Sides sides, Handle h, String delete) {
    for (Side side : Side.values()) {
      String id = h.id(side);
      if (id == null) {
        continue;
      }
      boolean removed = !h.live() && h.parent() == null;
      try {
        if (!removed) {
          if (side == Side.TARGET && sides.target().settings().live() && delete.equals("DeleteIncidentRecord")) {
            sides.once(side, "UpdateIncidentRecord", Draws.object().put("arn", id).put("status", "RESOLVED"));
          }
          removed = sides.once(side, delete, Draws.object().put("arn", id)).succeeded();
        }
      } catch (RuntimeException e) {
        // best effort, as at the end of a run: what is left, the run's own clean-up and journal still know
        removed = false;
      }
      if (removed && side == Side.TARGET) {
        sides.target().journal().forget(id);
      }
    }
  }

  /** Makes sure the account has a replication set without deletion protection; returns its ARN (null: none). */
  private static String restoreReplicationSet(Sides sides, Side side, String region) {
    Exchange list = sides.once(side, "ListReplicationSets", Draws.object());
    JsonNode arns = list.jsonOrNull() == null ? null : list.jsonOrNull().path("replicationSetArns");
    if (arns != null && arns.size() > 0) {
      String arn = arns.get(0).asText();
      sides.once(side, "UpdateDeletionProtection", Draws.object().put("arn", arn).put("deletionProtected", false));
      return arn;
    }
    ObjectNode input = Draws.object();
    input.putObject("regions").putObject(region);
    JsonNode created = sides.once(side, "CreateReplicationSet", input).jsonOrNull();
    return created == null ? null : created.path("arn").asText(null);
  }
}
