package dev.imkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Documented;
import dev.imkit.schemas.api.DocumentedFilter;
import org.junit.jupiter.api.Test;

/** documented.json names members the contract has, and its documented values and filters are valid there. */
class DocumentedTest {
  private static final Contract CONTRACT = Contract.current();

  @Test
  void documentedValuesAreValidValuesOfTheirMembers() {
    for (String op : new String[] {"CreateTimelineEvent", "UpdateTimelineEvent"}) {
      assertThat(Documented.values(op, "/eventType")).hasValueSatisfying(v -> assertThat(v)
          .containsExactly("Custom Event", "Note"));
    }
    assertThat(Documented.values("StartIncident", "/title")).isEmpty();
  }

  @Test
  void everyDocumentedFilterIsAValidFilterOfItsOperation() {
    assertThat(Documented.filters("ListIncidentRecords")).extracting(DocumentedFilter::key)
        .containsExactly("creationTime", "impact", "status", "createdBy");
    assertThat(Documented.filters("ListTimelineEvents")).extracting(DocumentedFilter::key)
        .containsExactly("eventTime", "eventType", "eventReference");
    for (String op : new String[] {"ListIncidentRecords", "ListTimelineEvents"}) {
      for (DocumentedFilter f : Documented.filters(op)) {
        for (String condition : f.conditions()) {
          ObjectNode input = JsonNodeFactory.instance.objectNode();
          if (op.equals("ListTimelineEvents")) {
            input.put("incidentRecordArn", "arn:aws:ssm-incidents::111122223333:incident-record/p/1");
          }
          ObjectNode filter = input.putArray("filters").addObject().put("key", f.key());
          ObjectNode c = filter.putObject("condition");
          if (condition.equals("equals")) {
            var values = c.putObject("equals").putArray(f.values().orElseThrow());
            if (f.domain().isEmpty()) {
              values.add(f.values().get().equals("integerValues") ? JsonNodeFactory.instance.numberNode(1)
                  : JsonNodeFactory.instance.textNode("x"));
            } else {
              f.domain().forEach(values::add);
            }
          } else {
            c.put(condition, 1_700_000_000);
          }
          assertThat(CONTRACT.validator().input(op, input).valid()).as(op + " " + f.key() + " " + condition).isTrue();
        }
      }
    }
    assertThat(Documented.filters("ListResponsePlans")).isEmpty();
  }
}
