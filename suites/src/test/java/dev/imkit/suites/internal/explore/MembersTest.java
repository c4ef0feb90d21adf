package dev.imkit.suites.internal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.reports.api.Level;
import dev.imkit.schemas.api.Contract;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the member comparison judges, at which level, and the legal differences it lets pass. */
class MembersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Members members = new Members(Contract.current(), Facts.get());

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private Optional<Members.Difference> plan(String reference, String target, Set<String> written) throws Exception {
    return members.first("GetResponsePlanOutput", json(reference), json(target), written);
  }

  @Test
  void aWrittenMemberThatDiffersIsMustAndNamesThePath() throws Exception {
    Members.Difference d = plan("{'displayName':'new'}", "{'displayName':'old'}", Set.of("displayName")).orElseThrow();
    assertThat(d.level()).isEqualTo(Level.MUST);
    assertThat(d.path()).isEqualTo("/displayName");
    assertThat(d.idPath()).isEqualTo("displayName");
    assertThat(plan("{'incidentTemplate':{'title':'a','impact':3}}", "{'incidentTemplate':{'title':'b','impact':3}}",
        Set.of("incidentTemplate/title")).orElseThrow().level()).isEqualTo(Level.MUST);
  }

  @Test
  void aMemberTheSequenceDidNotWriteIsShould() throws Exception {
    Members.Difference d = plan("{'displayName':'x'}", "{}", Set.of("name")).orElseThrow();
    assertThat(d.level()).isEqualTo(Level.SHOULD);
    assertThat(plan("{'incidentTemplate':{'title':'a','summary':'s'}}", "{'incidentTemplate':{'title':'a'}}",
        Set.of("incidentTemplate/title")).orElseThrow().level()).isEqualTo(Level.SHOULD);
  }

  @Test
  void legalDifferencesPass() throws Exception {
    // list order, an empty list for an absent one, an empty union member, 3.0 for 3, unknown members
    assertThat(plan("{'engagements':['a','b'],'incidentTemplate':{'impact':3}}",
        "{'engagements':['b','a'],'incidentTemplate':{'impact':3.0},'unknownMember':1}", null)).isEmpty();
    assertThat(plan("{'actions':[]}", "{}", null)).isEmpty();
    assertThat(plan("{'chatChannel':{'empty':{}}}", "{}", null)).isEmpty();
  }

  @Test
  void whatTheServerChoosesIsNeverCompared() throws Exception {
    assertThat(members.first("IncidentRecord", json("{'creationTime':1,'lastModifiedBy':'a','automationExecutions':"
        + "[{'ssmExecutionArn':'x'}],'incidentRecordSource':{'createdBy':'a','source':'s'}}"),
        json("{'creationTime':2,'lastModifiedBy':'b','incidentRecordSource':{'createdBy':'b','source':'s'}}"),
        null)).isEmpty();
  }

  @Test
  void aTimestampTheSequenceWroteIsCompared() throws Exception {
    assertThat(members.first("TimelineEvent", json("{'eventTime':100,'eventUpdatedTime':5}"),
        json("{'eventTime':200,'eventUpdatedTime':6}"), Set.of("eventTime")).orElseThrow().path())
        .isEqualTo("/eventTime");
    assertThat(members.first("TimelineEvent", json("{'eventTime':100,'eventUpdatedTime':5}"),
        json("{'eventTime':100,'eventUpdatedTime':6}"), Set.of("eventTime"))).isEmpty();
  }

  @Test
  void aMemberMissingOnOneSideDiffers() throws Exception {
    Members.Difference d = plan("{'integrations':[{'pagerDutyConfiguration':{'name':'p'}}]}", "{}",
        Set.of("integrations")).orElseThrow();
    assertThat(d.level()).isEqualTo(Level.MUST);
    assertThat(d.target()).isNull();
  }
}
