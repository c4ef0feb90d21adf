package dev.imkit.suites.internal.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A few resources made once per exploration, on both sides, that every sequence may read and start incidents
 * from but none may change: a response plan and two incidents. Lists are then never empty, even for a sequence
 * run alone (a replay, a shrink attempt), and a step can start an incident or walk a list from the first step.
 */
final class Backdrop {
  /** One shared resource: its kind, each side's identifier, and its parent's index in the backdrop (-1: none). */
  record Shared(Kind kind, String target, String reference, int parent) {
  }

  private Backdrop() {
  }

  /** Makes the backdrop on both sides; what one side refuses is left out of it. */
  static List<Shared> create(Context context) {
    Sides sides = context.sides();
    List<Shared> shared = new ArrayList<>();
    ObjectNode plan = Draws.object().put("name", context.unique("name")).put("displayName", "imkit backdrop");
    plan.putObject("incidentTemplate").put("title", "imkit backdrop incident").put("impact", 4)
        .put("summary", "started by imkit explore for every sequence to read");
    String[] planArns = both(sides, "CreateResponsePlan", plan, "arn");
    if (planArns == null) {
      return List.of();
    }
    shared.add(new Shared(Kind.PLAN, planArns[0], planArns[1], -1));
    for (int i = 0; i < 2; i++) {
      ObjectNode start = Draws.object().put("responsePlanArn", "⟨plan⟩").put("title", "imkit backdrop " + (i + 1));
      String[] incident = new String[2];
      for (Side side : Side.values()) {
        start.put("responsePlanArn", planArns[side.ordinal()]);
        incident[side.ordinal()] = text(sides.once(side, "StartIncident", start).jsonOrNull(), "incidentRecordArn");
      }
      if (incident[0] != null && incident[1] != null) {
        shared.add(new Shared(Kind.INCIDENT, incident[0], incident[1], -1));
      }
    }
    return List.copyOf(shared);
  }

  /** Removes the backdrop from both sides, incidents first. */
  static void remove(Context context, List<Shared> shared) {
    for (Kind kind : List.of(Kind.INCIDENT, Kind.PLAN)) {
      for (Shared s : shared) {
        if (s.kind() == kind) {
          String delete = kind == Kind.PLAN ? "DeleteResponsePlan" : "DeleteIncidentRecord";
          try {
            context.sides().once(Side.REFERENCE, delete, Draws.object().put("arn", s.reference()));
            if (context.sides().once(Side.TARGET, delete, Draws.object().put("arn", s.target())).succeeded()) {
              context.sides().target().journal().forget(s.target());
            }
          } catch (RuntimeException e) {
            // best effort: the run's own clean-up removes what its journal still holds
          }
        }
      }
    }
  }

  private static String[] both(Sides sides, String operation, ObjectNode input, String id) {
    String t = text(sides.once(Side.TARGET, operation, input).jsonOrNull(), id);
    String r = text(sides.once(Side.REFERENCE, operation, input).jsonOrNull(), id);
    return t == null || r == null ? null : new String[] {t, r};
  }

  private static String text(JsonNode body, String member) {
    JsonNode v = body == null ? null : body.get(member);
    return v != null && v.isTextual() ? v.textValue() : null;
  }
}
