package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Advisory;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Rule;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import dev.imkit.schemas.api.Violation;
import dev.imkit.schemas.internal.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of broken rule is found, with the right pointer, rule and message, by both engines. */
class ValidatorTest {
  static final String PLAN = "arn:aws:ssm-incidents::123456789012:response-plan/plan1";

  static Stream<Validator> engines() {
    return Stream.of(Contract.current().validator(), Contract.current().jsonSchemaValidator());
  }

  static JsonNode json(String text) {
    try {
      return Json.MAPPER.readTree(text.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static ObjectNode startIncident() {
    return (ObjectNode) json("{'responsePlanArn':'" + PLAN + "'}");
  }

  private static Violation only(ValidationReport r) {
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aValidInputHasNoViolation(Validator v) {
    ValidationReport r = v.input("StartIncident", json("{'responsePlanArn':'" + PLAN + "','impact':3,'title':'t',"
        + "'relatedItems':[{'identifier':{'type':'INVOLVED_RESOURCE','value':{'arn':'" + PLAN + "'}}}],"
        + "'triggerDetails':{'source':'aws.cloudwatch','timestamp':1700000000.5,'rawData':'{}'}}"));
    assertThat(r.violations()).isEmpty();
    assertThat(r.valid()).isTrue();
  }

  static Stream<Arguments> rangeBoundaries() {
    return Stream.of(Arguments.of(0, Rule.MINIMUM), Arguments.of(1, null), Arguments.of(2, null),
        Arguments.of(4, null), Arguments.of(5, null), Arguments.of(6, Rule.MAXIMUM));
  }

  @ParameterizedTest
  @MethodSource("rangeBoundaries")
  void impactRange(int impact, Rule expected) {
    engines().forEach(v -> {
      ValidationReport r = v.input("StartIncident", startIncident().put("impact", impact));
      if (expected == null) {
        assertThat(r.violations()).isEmpty();
      } else {
        Violation x = only(r);
        assertThat(x.rule()).isEqualTo(expected);
        assertThat(x.pointer()).isEqualTo("/impact");
        assertThat(x.constraint()).isEqualTo("1..5");
        assertThat(x.message())
            .isEqualTo("Value at '/impact' failed to satisfy constraint: Member must be between 1 and 5, inclusive");
      }
    });
  }

  @ParameterizedTest
  @MethodSource("engines")
  void lengthBoundariesCountCodePoints(Validator v) {
    String astral = "\uD83D\uDE80"; // one code point, two UTF-16 units
    assertThat(v.input("StartIncident", startIncident().put("title", "a".repeat(200))).violations()).isEmpty();
    assertThat(v.input("StartIncident", startIncident().put("title", astral.repeat(200))).violations()).isEmpty();
    assertThat(v.input("StartIncident", startIncident().put("title", "a".repeat(199))).violations()).isEmpty();
    Violation tooLong = only(v.input("StartIncident", startIncident().put("title", astral.repeat(201))));
    assertThat(tooLong.rule()).isEqualTo(Rule.MAX_LENGTH);
    assertThat(tooLong.message()).isEqualTo("Value with length 201 at '/title' failed to satisfy constraint: "
        + "Member must have length between 0 and 200, inclusive");
    ObjectNode plan = (ObjectNode) json("{'name':'','incidentTemplate':{'title':'t','impact':1}}");
    Violation empty = only(v.input("CreateResponsePlan", plan));
    assertThat(empty.rule()).isEqualTo(Rule.MIN_LENGTH);
    assertThat(empty.pointer()).isEqualTo("/name");
    assertThat(v.input("CreateResponsePlan", plan.put("name", "a")).violations()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void patternIsSearchedWithEcmaAnchors(Validator v) {
    ObjectNode plan = (ObjectNode) json("{'name':'ok-name_1','incidentTemplate':{'title':'t','impact':1}}");
    assertThat(v.input("CreateResponsePlan", plan).violations()).isEmpty();
    Violation space = only(v.input("CreateResponsePlan", plan.deepCopy().put("name", "a b")));
    assertThat(space.rule()).isEqualTo(Rule.PATTERN);
    assertThat(space.message()).isEqualTo(
        "Value at '/name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9-_]*$");
    // java.util.regex's $ would accept a final newline; ECMA's does not.
    assertThat(only(v.input("CreateResponsePlan", plan.deepCopy().put("name", "plan\n"))).rule())
        .isEqualTo(Rule.PATTERN);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void unknownEnumValue(Validator v) {
    Violation x = only(v.input("StartIncident", (ObjectNode) json("{'responsePlanArn':'" + PLAN + "',"
        + "'relatedItems':[{'identifier':{'type':'BOGUS','value':{'url':'https://x'}}}]}")));
    assertThat(x.rule()).isEqualTo(Rule.ENUM);
    assertThat(x.pointer()).isEqualTo("/relatedItems/0/identifier/type");
    assertThat(x.message()).startsWith("Value at '/relatedItems/0/identifier/type' failed to satisfy constraint: "
        + "Member must satisfy enum value set: [ANALYSIS, INCIDENT, METRIC, PARENT, ATTACHMENT, OTHER, AUTOMATION,");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aWrongJsonTypeIsOneTypeViolationEvenOnEnumsAndUnions(Validator v) {
    Violation onEnum = only(v.input("StartIncident", (ObjectNode) json("{'responsePlanArn':'" + PLAN + "',"
        + "'relatedItems':[{'identifier':{'type':7,'value':{'url':'https://x'}}}]}")));
    assertThat(onEnum.rule()).isEqualTo(Rule.TYPE);
    assertThat(onEnum.pointer()).isEqualTo("/relatedItems/0/identifier/type");
    Violation onUnion = only(v.input("CreateResponsePlan", json("{'name':'p','incidentTemplate':{'title':'t',"
        + "'impact':1},'chatChannel':['empty']}")));
    assertThat(onUnion.rule()).isEqualTo(Rule.TYPE);
    assertThat(onUnion.pointer()).isEqualTo("/chatChannel");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void unionsNeedExactlyOneMember(Validator v) {
    JsonNode two = json("{'name':'p','incidentTemplate':{'title':'t','impact':1},"
        + "'chatChannel':{'empty':{},'chatbotSns':['arn:aws:sns:us-east-1:123456789012:t']}}");
    Violation x = only(v.input("CreateResponsePlan", two));
    assertThat(x.rule()).isEqualTo(Rule.UNION);
    assertThat(x.pointer()).isEqualTo("/chatChannel");
    assertThat(x.message()).isEqualTo("Value at '/chatChannel' failed to satisfy constraint: Union must have "
        + "exactly one member set, but 2 were: [chatbotSns, empty]");
    JsonNode none = json("{'name':'p','incidentTemplate':{'title':'t','impact':1},'chatChannel':{}}");
    assertThat(only(v.input("CreateResponsePlan", none)).message()).endsWith("but none was");
    JsonNode unknownTag = json("{'name':'p','incidentTemplate':{'title':'t','impact':1},"
        + "'chatChannel':{'empty':{},'__type':'x'}}");
    ValidationReport r = v.input("CreateResponsePlan", unknownTag);
    assertThat(r.violations()).isEmpty();
    assertThat(r.advisories()).extracting(Advisory::kind).containsExactly(Advisory.Kind.UNKNOWN_MEMBER);
    assertThat(r.advisories().get(0).pointer()).isEqualTo("/chatChannel/__type");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void missingAndNullRequiredMembers(Validator v) {
    Violation x = only(v.input("CreateResponsePlan", json("{'name':'p','incidentTemplate':{'impact':1}}")));
    assertThat(x.rule()).isEqualTo(Rule.REQUIRED);
    assertThat(x.pointer()).isEqualTo("/incidentTemplate/title");
    assertThat(x.message())
        .isEqualTo("Value at '/incidentTemplate/title' failed to satisfy constraint: Member must not be null");
    ValidationReport nul = v.input("CreateResponsePlan", json("{'name':'p','incidentTemplate':{'impact':1,'title':null}}"));
    assertThat(only(nul).pointer()).isEqualTo("/incidentTemplate/title");
    assertThat(nul.advisories()).extracting(Advisory::kind).containsExactly(Advisory.Kind.NULL_MEMBER);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void mapsCheckSizeKeysAndValues(Validator v) {
    ObjectNode plan = (ObjectNode) json("{'name':'p','incidentTemplate':{'title':'t','impact':1}}");
    ObjectNode tags = plan.putObject("tags");
    Violation empty = only(v.input("CreateResponsePlan", plan));
    assertThat(empty.rule()).isEqualTo(Rule.MIN_ENTRIES);
    assertThat(empty.pointer()).isEqualTo("/tags");
    tags.put("aws:reserved", "v");
    Violation key = only(v.input("CreateResponsePlan", plan));
    assertThat(key.rule()).isEqualTo(Rule.PATTERN);
    assertThat(key.key()).contains("aws:reserved");
    assertThat(key.pointer()).isEqualTo("/tags");
    assertThat(key.message()).contains("Map key 'aws:reserved' must satisfy regular expression pattern");
    tags.removeAll().put("a/b", 7);
    Violation value = only(v.input("CreateResponsePlan", plan));
    assertThat(value.rule()).isEqualTo(Rule.TYPE);
    assertThat(value.pointer()).isEqualTo("/tags/a~1b");
    tags.removeAll();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }
    assertThat(only(v.input("CreateResponsePlan", plan)).rule()).isEqualTo(Rule.MAX_ENTRIES);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void listsCheckSizeAndUniqueness(Validator v) {
    ObjectNode plan = (ObjectNode) json("{'name':'p','incidentTemplate':{'title':'t','impact':1}}");
    var engagements = plan.putArray("engagements");
    String contact = "arn:aws:ssm-contacts:us-east-1:123456789012:contact/alice";
    engagements.add(contact).add(contact);
    Violation dup = only(v.input("CreateResponsePlan", plan));
    assertThat(dup.rule()).isEqualTo(Rule.UNIQUE_ITEMS);
    engagements.removeAll();
    for (int i = 0; i < 6; i++) {
      engagements.add(contact + i);
    }
    Violation many = only(v.input("CreateResponsePlan", plan));
    assertThat(many.rule()).isEqualTo(Rule.MAX_ITEMS);
    assertThat(many.message()).startsWith("Value with length 6 at '/engagements'");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void wrongTypesAndTimestamps(Validator v) {
    Violation iso = only(v.input("StartIncident", startIncident().set("triggerDetails",
        json("{'source':'s','timestamp':'2024-01-01T00:00:00Z'}"))));
    assertThat(iso.rule()).isEqualTo(Rule.TYPE);
    assertThat(iso.pointer()).isEqualTo("/triggerDetails/timestamp");
    assertThat(iso.constraint()).isEqualTo("number (epoch seconds)");
    assertThat(only(v.input("StartIncident", startIncident().put("impact", "3"))).rule()).isEqualTo(Rule.TYPE);
    assertThat(v.input("StartIncident", startIncident().put("impact", 3.0)).violations()).isEmpty();
    assertThat(only(v.input("StartIncident", startIncident().put("impact", 3.5))).rule()).isEqualTo(Rule.TYPE);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aDocumentThatIsNotAnObject(Validator v) {
    for (String text : new String[] {"[]", "\"x\"", "3", "null"}) {
      Violation x = only(v.input("StartIncident", json(text)));
      assertThat(x.rule()).isEqualTo(Rule.TYPE);
      assertThat(x.pointer()).isEmpty();
      assertThat(x.message()).isEqualTo("Value at '/' failed to satisfy constraint: Member must be of type object");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void deepNestingIsNeverFollowedPastTheSchema(Validator v) {
    JsonNode deep = Json.MAPPER.createObjectNode();
    for (int i = 0; i < 10_000; i++) {
      ObjectNode parent = Json.MAPPER.createObjectNode();
      parent.set("x", deep);
      deep = parent;
    }
    ObjectNode doc = startIncident();
    doc.set("unknown", deep);
    doc.set("triggerDetails", deep);
    ValidationReport r = v.input("StartIncident", doc);
    assertThat(r.violations()).extracting(Violation::rule).containsExactlyInAnyOrder(Rule.REQUIRED, Rule.REQUIRED);
    assertThat(r.advisories()).hasSize(2);
  }

  @Test
  void catastrophicPatternsCannotHang() {
    Validator old = Contract.at("2022-03-16").validator();
    ObjectNode plan = (ObjectNode) json("{'name':'p','incidentTemplate':{'title':'t','impact':1}}");
    plan.putArray("engagements").add("arn:aws:ssm-contacts:us-east-1:1:" + "a".repeat(60) + " ");
    long t0 = System.nanoTime();
    Violation x = only(old.input("CreateResponsePlan", plan));
    assertThat(x.rule()).isEqualTo(Rule.PATTERN);
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }

  @Test
  void olderRevisionsHaveTheirOwnRules() {
    JsonNode involved = json("{'responsePlanArn':'" + PLAN + "',"
        + "'relatedItems':[{'identifier':{'type':'INVOLVED_RESOURCE','value':{'arn':'" + PLAN + "'}}}]}");
    assertThat(Contract.at("2022-05-12").validator().input("StartIncident", involved).valid()).isTrue();
    assertThat(only(Contract.at("2022-03-16").validator().input("StartIncident", involved)).rule())
        .isEqualTo(Rule.ENUM);
    JsonNode dynamic = json("{'name':'p','incidentTemplate':{'title':'t','impact':1},'actions':[{'ssmAutomation':{"
        + "'documentName':'doc','roleArn':'arn:aws:iam::123456789012:role/r',"
        + "'dynamicParameters':{'p':{'variable':'INVOLVED_RESOURCES'}}}}]}");
    assertThat(Contract.at("2022-05-12").validator().input("CreateResponsePlan", dynamic).valid()).isTrue();
    ValidationReport old = Contract.at("2022-03-16").validator().input("CreateResponsePlan", dynamic);
    assertThat(old.valid()).isTrue();
    assertThat(old.advisories()).extracting(Advisory::pointer)
        .containsExactly("/actions/0/ssmAutomation/dynamicParameters");
  }

  @Test
  void summaryReadsLikeAValidationException() {
    ValidationReport r = Contract.current().validator().input("StartIncident", startIncident().put("impact", 9));
    assertThat(r.summary()).isEqualTo("1 validation error detected: Value at '/impact' failed to satisfy "
        + "constraint: Member must be between 1 and 5, inclusive");
  }
}
