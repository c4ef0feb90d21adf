package dev.imkit.suites.internal.checks.protocol;

import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.internal.run.Check;
import java.util.ArrayList;
import java.util.List;

/** The PROTOCOL checks: restJson1 as the catalogue binds each operation. */
public final class ProtocolChecks {
  private ProtocolChecks() {
  }

  public static List<Check> all(Contract contract) {
    List<Check> checks = new ArrayList<>();
    for (Operation op : contract.operations()) {
      checks.add(SuccessCode.check(op));
    }
    for (Operation op : contract.operations()) {
      if (MissingResource.appliesTo(contract, op)) {
        checks.add(NotFound.check(op));
      }
    }
    for (Operation op : contract.operations()) {
      checks.add(ModeledErrors.check(op));
    }
    contract.operations().stream().filter(Quota::appliesTo).forEach(op -> checks.add(Quota.check(op)));
    for (Operation op : contract.operations()) {
      if (QueryBinding.appliesTo(op)) {
        checks.add(QueryBinding.check(op));
      }
      if (LabelBinding.appliesTo(op)) {
        checks.add(LabelBinding.check(op));
      }
    }
    checks.add(ContentType.contentType());
    checks.add(ContentType.requestId());
    checks.add(MalformedBody.notJson());
    checks.add(MalformedBody.wrongContentType());
    checks.add(Throttling.check());
    // last: they judge every error answer the run saw before them
    checks.addAll(SeenErrors.all());
    return checks;
  }
}
