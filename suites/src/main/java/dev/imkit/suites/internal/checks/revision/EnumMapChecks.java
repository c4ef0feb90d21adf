package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * For every member a revision added to a response plan whose value is a map of unions over an enum (the
 * runbook's {@code dynamicParameters}, whose values name a {@code VariableType}):
 * {@code REV-MEMBER-UpdateResponsePlan-<Shape>.<member>} (an update with every enum value is what
 * GetResponsePlan then returns) and {@code REV-ENUM-CreateResponsePlan-<Enum>.unknown} (a value outside the
 * enum is refused with a 400 ValidationException).
 */
final class EnumMapChecks {
  private static final String UPDATE = "UpdateResponsePlan";

  private EnumMapChecks() {
  }

  static List<Check> all() {
    Contract contract = Contract.current();
    List<Check> checks = new ArrayList<>();
    for (Changes.Dated d : Changes.of(ChangeKind.ADD_MEMBER)) {
      String shape = d.change().shape();
      Member member = contract.shape(shape).members().get(d.change().member());
      Optional<Member> union = Values.enumUnionMember(contract, contract.shape(member.target()));
      Optional<MemberPath> path = MemberPath.find(contract, contract.operation(UPDATE).input(), shape);
      if (union.isPresent() && path.isPresent()
          && path.equals(MemberPath.find(contract, contract.operation(RoundTripChecks.GET).output(), shape))) {
        String since = d.revision().name();
        checks.add(updated(shape, member.name(), path.get(), since));
        checks.add(unknown(shape, member.name(), union.get(), since));
      }
    }
    return checks;
  }

  private static Check updated(String shape, String member, MemberPath path, String since) {
    String rule = shape + "." + member;
    CheckInfo info = new CheckInfo("REV-MEMBER-" + UPDATE + "-" + rule, Category.REVISION,
        List.of(UPDATE, RoundTripChecks.GET), List.of(rule), Level.MUST, since, true,
        RoundTripChecks.GET + " returns the " + rule + " (added " + since + ", every enum value) " + UPDATE + " set");
    return new Check(info, context -> {
      Changes.requireConfirmed(context, Revisions.named(since));
      String arn = context.fixtures().responsePlan();
      ObjectNode input = JsonNodeFactory.instance.objectNode().put("arn", arn);
      JsonNode sent = fill(context, input, UPDATE, shape, member, path, null);
      Exchange updated = context.target().call(UPDATE, input);
      if (!updated.succeeded()) {
        BaseControls.blockIfKnown(context.target(), UPDATE, updated);
        throw CheckFailure.of(updated, rule + " (since " + since + ")", UPDATE + " must accept a valid " + member);
      }
      Exchange got = context.target().call(RoundTripChecks.GET, JsonNodeFactory.instance.objectNode().put("arn", arn));
      JsonNode read = got.jsonOrNull() == null ? null : path.read(got.jsonOrNull()).get(member);
      if (!got.succeeded() || !Values.same(sent, read)) {
        BaseControls.blockIfKnown(context.target(), RoundTripChecks.GET, got);
        OutputSchema.blockIfBroken(context.target().contract(), got, member);
        throw CheckFailure.of(got, rule + " (since " + since + ")", RoundTripChecks.GET + " must return the "
            + member + " " + UPDATE + " set at " + path + ": sent " + sent + ", read " + read);
      }
    });
  }

  private static Check unknown(String shape, String member, Member union, String since) {
    String enumShape = union.target();
    CheckInfo info = new CheckInfo("REV-ENUM-" + RoundTripChecks.CREATE + "-" + enumShape + ".unknown",
        Category.REVISION, List.of(RoundTripChecks.CREATE), List.of(enumShape, shape + "." + member), Level.MUST,
        since, true, RoundTripChecks.CREATE + " refuses a " + member + " value outside " + enumShape
            + " with a 400 ValidationException");
    return new Check(info, context -> {
      Changes.requireConfirmed(context, Revisions.named(since));
      Contract contract = context.target().contract();
      MemberPath path = MemberPath.find(contract, contract.operation(RoundTripChecks.CREATE).input(), shape)
          .orElseThrow();
      Optional<Blocked> unmet = context.fixtures().unmetNeed("ResponsePlan");
      ObjectNode input = context.fixtures().responsePlanInput(i -> { });
      fill(context, input, RoundTripChecks.CREATE, shape, member, path, union.name());
      Exchange answer = context.target().call(RoundTripChecks.CREATE, input);
      if (answer.succeeded()) {
        context.fixtures().forget("DeleteResponsePlan", "arn", answer.jsonOrNull().path("arn").asText());
      } else if (unmet.isPresent()) {
        throw unmet.get();
      }
      if (answer.status() != 400 || !answer.errorType().orElse("").equals("ValidationException")) {
        throw Causes.refusalFailure(contract.operation(RoundTripChecks.CREATE), answer, CheckFailure.of(answer,
            enumShape + " (enum, since " + since + ")", "a " + member + " value outside "
            + contract.shape(enumShape).enumValues() + " must be refused with 400 ValidationException"));
      }
    });
  }

  /** Puts the member (every enum value, or with {@code unknownIn} an unknown one) at its place in the input. */
  private static JsonNode fill(CheckContext context, ObjectNode input, String operation, String shape, String member,
      MemberPath path, String unknownIn) {
    Contract contract = context.target().contract();
    IncidentManagerArbitraries arbitraries = context.arbitraries(GenerationContext.defaults());
    Random random = new Random(context.seed());
    ObjectNode holder = path.create(contract, contract.operation(operation).input(), input,
        s -> arbitraries.value(s).generator(1000).next(random).value());
    String target = contract.shape(shape).members().get(member).target();
    JsonNode value = Values.covering(contract, target, arbitraries, random);
    if (unknownIn != null) {
      ((ObjectNode) value.elements().next()).put(unknownIn, "IMKIT_NOT_A_VALUE");
    }
    holder.set(member, value);
    return value;
  }
}
