package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.STABLE;

import dev.imkit.reports.internal.Json;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The record of one check execution, one line of {@code results.jsonl}.
 *
 * <pre>{@code
 * String line = result.toJson();
 * CheckResult back = CheckResult.fromJson(line);
 * }</pre>
 *
 * @param id the check's stable ID, e.g. {@code VAL-ENUM-ItemType}
 * @param category PROTOCOL, SCHEMA, VALIDATION, STATE, IDEMPOTENCY, PAGINATION, REVISION, SDK or SECURITY
 *     ({@code ""} for a test that published no record, e.g. a suite that could not start)
 * @param operations the operations the check sends
 * @param rules the contract elements it covers, e.g. {@code StartIncidentInput.title}
 * @param level {@code MUST} or {@code SHOULD} ({@code ""} when unknown)
 * @param since the first revision the check applies to
 * @param revision the revision the target was tested as
 * @param status how it ended
 * @param durationMillis how long it ran
 * @param message why it failed or was skipped ({@code ""} when it passed)
 * @param request the last request sent, as text, secrets redacted ({@code ""} if none)
 * @param response the last response received, as text ({@code ""} if none)
 * @param seed the seed that replays it ({@code ""} when unknown)
 * @param requests how many requests it sent
 */
@API(status = STABLE)
public record CheckResult(String id, String category, List<String> operations, List<String> rules, String level,
    String since, String revision, CheckStatus status, long durationMillis, String message, String request,
    String response, String seed, int requests) {

  /** Copies the lists; null text becomes empty, so readers never meet null. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    category = orEmpty(category);
    operations = operations == null ? List.of() : List.copyOf(operations);
    rules = rules == null ? List.of() : List.copyOf(rules);
    level = orEmpty(level);
    since = orEmpty(since);
    revision = orEmpty(revision);
    message = orEmpty(message);
    request = orEmpty(request);
    response = orEmpty(response);
    seed = orEmpty(seed);
  }

  /** This record as one line of JSON (no line breaks). */
  public String toJson() {
    return Json.write(this);
  }

  /**
   * Reads a record from one line of JSON.
   *
   * @throws IllegalArgumentException if the text is not a check record
   */
  public static CheckResult fromJson(String json) {
    return Json.read(json, CheckResult.class);
  }

  /** The command that runs this check again with the same seed: {@code ./imkit run --only ID --seed SEED}. */
  public String replayCommand() {
    return "./imkit run --only " + id + (seed.isEmpty() ? "" : " --seed " + seed);
  }

  /** A copy with another status and message (e.g. when a baseline reclassifies it). */
  public CheckResult withStatus(CheckStatus newStatus, String newMessage) {
    return new CheckResult(id, category, operations, rules, level, since, revision, newStatus, durationMillis,
        newMessage, request, response, seed, requests);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
