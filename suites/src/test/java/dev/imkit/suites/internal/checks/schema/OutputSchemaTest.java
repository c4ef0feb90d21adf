package dev.imkit.suites.internal.checks.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {
  private static final Contract CONTRACT = Contract.current();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void anUntaggedResourcesEmptyTagMapConformsButAMissingOneDoesNot() throws Exception {
    assertThat(failures("ListTagsForResource", "{\"tags\":{}}")).isEmpty();
    assertThat(failures("ListTagsForResource", "{}")).hasSize(1);
    assertThat(failures("ListTagsForResource", "{\"tags\":[]}")).hasSize(1);
  }

  @Test
  void theEmptyMapExceptionIsOnlyForTags() throws Exception {
    assertThat(failures("GetResponsePlan", "{\"arn\":\"arn:aws:ssm-incidents::123456789012:response-plan/x\","
        + "\"name\":\"x\",\"incidentTemplate\":{\"title\":\"t\",\"impact\":3,\"incidentTags\":{}}}")).hasSize(1);
  }

  private static java.util.List<?> failures(String operation, String json) throws Exception {
    Operation op = CONTRACT.operation(operation);
    JsonNode body = MAPPER.readTree(json);
    return OutputSchema.failures(op, CONTRACT.validator().output(operation, body), body);
  }
}
