package dev.imkit.reports.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.RootCause;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.reports.api.Verdict;
import java.util.List;

/**
 * {@code run.json}: the run's record at the top (so {@code RunInfo.fromJson} reads the file), then its verdict,
 * how much of the contract it judged, and its root causes, biggest first.
 */
public final class RunJson {
  private RunJson() {
  }

  public static String of(RunInfo run, Verdict verdict, Coverage coverage, List<RootCause> causes) {
    ObjectNode json = Json.MAPPER.valueToTree(run);
    ObjectNode v = json.putObject("verdict");
    v.put("outcome", verdict.outcome().title()).put("passes", verdict.passes()).put("line", verdict.line());
    v.set("counts", Json.MAPPER.valueToTree(verdict.counts()));
    v.set("unexplainedBlocked", Json.MAPPER.valueToTree(verdict.unexplainedBlocked()));
    ObjectNode c = json.putObject("coverage");
    c.put("covered", coverage.covered()).put("total", coverage.total())
        .put("percent", Math.round(coverage.percent() * 10) / 10.0).put("uncovered", coverage.uncovered().size());
    c.set("byCategory", Json.MAPPER.valueToTree(coverage.byCategory()));
    json.set("causes", Json.MAPPER.valueToTree(causes));
    return Json.write(json);
  }
}
