package dev.imkit.suites.internal.checks.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.ChangeKind;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.EcmaPattern;
import dev.imkit.schemas.api.Member;
import dev.imkit.schemas.api.Revision;
import dev.imkit.suites.api.CheckInfo;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.checks.HappyPath;
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
import java.util.function.Predicate;
import org.opentest4j.TestAbortedException;

/**
 * {@code REV-PATTERN-<Op>-<Shape>}: for every pattern a revision changed, on each operation whose input has a
 * top-level member of that shape (or a list of it) and a happy-path input: a value the old pattern allowed and
 * the new one does not is refused with a 400 ValidationException, and a value the new pattern allows is accepted.
 */
final class PatternChecks {
  private static final int DRAWS = 200;

  private PatternChecks() {
  }

  static List<Check> all() {
    List<Check> checks = new ArrayList<>();
    for (Changes.Dated d : Changes.of(ChangeKind.CHANGE_CONSTRAINT)) {
      if (!"pattern".equals(d.change().subject())) {
        continue;
      }
      Contract contract = Contract.at(d.revision());
      for (var op : contract.operations()) {
        contract.shape(op.input()).members().values().stream()
            .filter(m -> MemberPath.element(contract, m.target()).equals(d.change().shape())).findFirst()
            .ifPresent(m -> checks.add(check(op.name(), m, d)));
      }
    }
    return checks;
  }

  private static Check check(String operation, Member member, Changes.Dated d) {
    String shape = d.change().shape();
    String since = d.revision().name();
    CheckInfo info = new CheckInfo("REV-PATTERN-" + operation + "-" + shape, Category.REVISION, List.of(operation),
        List.of(shape), Level.MUST, since, true, operation + " holds " + member.name() + " to the " + shape
            + " pattern of " + since + ": a value only the earlier pattern allowed is refused, a valid one accepted");
    return new Check(info, context -> run(context, operation, member, d));
  }

  private static void run(CheckContext context, String operation, Member member, Changes.Dated d) {
    Changes.requireConfirmed(context, d.revision());
    String rule = d.change().shape() + " pattern " + d.change().after() + " (since " + d.revision().name() + ")";
    EcmaPattern before = EcmaPattern.compile(String.valueOf(d.change().before()));
    EcmaPattern after = EcmaPattern.compile(String.valueOf(d.change().after()));
    Revision earlier = Changes.previous(d.revision()).orElseThrow();
    String valid = draw(context, context.target().revision().name(), d.change().shape(), after::matches);
    String old = Variants.of(valid).stream().filter(v -> before.matches(v) && !after.matches(v)).findFirst()
        .orElseGet(() -> draw(context, earlier.name(), d.change().shape(), v -> before.matches(v) && !after.matches(v)));
    Exchange refused = call(context, operation, member, old);
    if (refused.status() != 400 || !refused.errorType().orElse("").equals("ValidationException")) {
      throw Causes.refusalFailure(context.target().contract().operation(operation), refused,
          CheckFailure.of(refused, rule, member.name() + " '" + old + "' matches only the earlier pattern "
          + d.change().before() + ": it must be refused with 400 ValidationException"));
    }
    Exchange accepted = call(context, operation, member, valid);
    if (!accepted.succeeded()) {
      BaseControls.blockIfKnown(context.target(), operation, accepted);
      throw CheckFailure.of(accepted, rule, member.name() + " '" + valid + "' matches the pattern: it must be accepted");
    }
  }

  /** A generated value of {@code shape} at {@code revision} that {@code wanted} holds for. */
  private static String draw(CheckContext context, String revision, String shape,
      Predicate<String> wanted) {
    IncidentManagerArbitraries arbitraries = IncidentManagerArbitraries.forRevision(revision)
        .withContext(GenerationContext.defaults());
    var generator = arbitraries.value(shape).generator(1000);
    Random random = new Random(context.seed());
    for (int i = 0; i < DRAWS; i++) {
      JsonNode v = generator.next(random).value();
      if (v.isTextual() && wanted.test(v.textValue())) {
        return v.textValue();
      }
    }
    throw new TestAbortedException("no value of " + shape + " told the two patterns apart in " + DRAWS + " draws");
  }

  private static Exchange call(CheckContext context, String operation, Member member, String value) {
    Optional<Blocked> unmet = context.fixtures().unmetNeed("ResponsePlan");
    Optional<ObjectNode> input = HappyPath.input(operation, context.fixtures());
    if (input.isEmpty()) {
      throw new TestAbortedException(HappyPath.whyNot(operation));
    }
    boolean list = !MemberPath.element(context.target().contract(), member.target()).equals(member.target());
    if (list) {
      input.get().putArray(member.name()).add(value);
    } else {
      input.get().put(member.name(), value);
    }
    Exchange answer = context.target().call(operation, input.get());
    if (answer.succeeded() && answer.jsonOrNull() != null && answer.jsonOrNull().path("arn").isTextual()
        && operation.equals(RoundTripChecks.CREATE)) {
      context.fixtures().forget("DeleteResponsePlan", "arn", answer.jsonOrNull().path("arn").asText());
    }
    if (!answer.succeeded() && unmet.isPresent()) {
      throw unmet.get();
    }
    return answer;
  }
}
