package dev.imkit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.schemas.api.ValidationReport;
import dev.imkit.schemas.api.Validator;
import java.util.Map;

/** The default validator: checks compiled once per revision from the typed shapes. */
final class FastValidator implements Validator {
  private final DefaultContract contract;
  private final Map<String, Check> checks;

  FastValidator(DefaultContract contract) {
    this.contract = contract;
    this.checks = Check.compile(contract.shapes());
  }

  @Override
  public ValidationReport input(String operation, JsonNode document) {
    return run(contract.operation(operation).input(), document);
  }

  @Override
  public ValidationReport output(String operation, JsonNode document) {
    return run(contract.operation(operation).output(), document);
  }

  @Override
  public ValidationReport error(String errorName, JsonNode document) {
    return run(contract.error(errorName).name(), document);
  }

  @Override
  public ValidationReport shape(String shapeName, JsonNode document) {
    return run(contract.shape(shapeName).name(), document);
  }

  private ValidationReport run(String shape, JsonNode document) {
    Walk walk = new Walk();
    if (document == null || document.isMissingNode()) {
      throw new IllegalArgumentException("no document to validate");
    }
    checks.get(shape).check(document, walk);
    return walk.report();
  }
}
