package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Revisions;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.schema.OutputSchema;
import dev.imkit.suites.internal.checks.validation.BaseControls;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Check;
import dev.imkit.suites.internal.run.CheckContext;
import dev.imkit.suites.internal.run.CheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code REV-MEMBER-<Create>-<Shape>.<member>}: for every member a revision added to a shape that a create
 * operation stores and its get operation returns at the same place, the value created is the value read.
 * Response plans are the resource the fixtures can create with any content, so the pair is
 * CreateResponsePlan and GetResponsePlan.
 */
final class RoundTripChecks {
  static final String CREATE = "CreateResponsePlan";
  static final String GET = "GetResponsePlan";

  private RoundTripChecks() {
  }

  static List<Check> all() {
    Contract contract = Contract.current();
    Operation create = contract.operation(CREATE);
    Operation get = contract.operation(GET);
    List<Check> checks = new ArrayList<>();
    for (Changes.Dated d : Changes.of(ChangeKind.ADD_MEMBER)) {
      String shape = d.change().shape();
      String member = d.change().member();
      Optional<MemberPath> in = MemberPath.find(contract, create.input(), shape);
      Optional<MemberPath> out = shape.equals(create.input()) ? Optional.of(new MemberPath(List.of()))
          : MemberPath.find(contract, get.output(), shape);
      boolean returned = out.isPresent() && (!shape.equals(create.input())
          || contract.shape(get.output()).members().containsKey(member));
      if (in.isPresent() && returned && in.get().equals(out.get())) {
        checks.add(check(shape, member, in.get(), d.revision().name()));
      }
    }
    return checks;
  }

  private static Check check(String shape, String member, MemberPath path, String since) {
    String rule = shape + "." + member;
    CheckInfo info = new CheckInfo("REV-MEMBER-" + CREATE + "-" + rule, Category.REVISION, List.of(CREATE, GET),
        List.of(rule), Level.MUST, since, true,
        GET + " returns the " + rule + " (added " + since + ") that " + CREATE + " stored");
    return new Check(info, context -> {
      Changes.requireConfirmed(context, Revisions.named(since));
      run(context, shape, member, path, rule + " (since " + since + ")");
    });
  }

  private static void run(CheckContext context, String shape, String member, MemberPath path, String rule) {
    Contract contract = context.target().contract();
    IncidentManagerArbitraries arbitraries = context.arbitraries(GenerationContext.defaults());
    Random random = new Random(context.seed());
    Optional<Blocked> unmet = context.fixtures().unmetNeed("ResponsePlan");
    ObjectNode input = context.fixtures().responsePlanInput(i -> { });
    ObjectNode holder = path.create(contract, contract.operation(CREATE).input(), input,
        s -> arbitraries.value(s).generator(1000).next(random).value());
    String target = contract.shape(shape).members().get(member).target();
    holder.set(member, Values.covering(contract, target, arbitraries, random));
    JsonNode sent = holder.get(member);
    Exchange created = context.target().call(CREATE, input);
    String arn = created.jsonOrNull() == null ? null : created.jsonOrNull().path("arn").asText(null);
    if (!created.succeeded() || arn == null) {
      if (!created.succeeded() && unmet.isPresent()) {
        throw unmet.get();
      }
      BaseControls.blockIfKnown(context.target(), CREATE, created);
      OutputSchema.blockIfBroken(contract, created, "/arn");
      throw CheckFailure.of(created, rule, CREATE + " must accept a valid " + rule + " at " + path);
    }
    context.fixtures().forget("DeleteResponsePlan", "arn", arn);
    Exchange got = context.target().call(GET, input.objectNode().put("arn", arn));
    JsonNode read = got.jsonOrNull() == null ? null : path.read(got.jsonOrNull()).get(member);
    if (!got.succeeded() || !Values.same(sent, read)) {
      BaseControls.blockIfKnown(context.target(), GET, got);
      OutputSchema.blockIfBroken(contract, got, member);
      throw CheckFailure.of(got, rule, GET + " must return the " + member + " stored at " + path + ": sent " + sent
          + ", read " + read);
    }
  }
}
