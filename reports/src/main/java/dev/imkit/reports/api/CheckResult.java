package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.Handoff;
import dev.imkit.reports.internal.Json;
import dev.imkit.reports.internal.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The record of one check execution: what the suites publish for each check and one line of
 * {@code results.jsonl}. The same typed record crosses from the checks to every report; nothing is parsed back
 * from strings.
 *
 * <pre>{@code
 * String line = result.toJson();
 * CheckResult back = CheckResult.fromJson(line);
 * back.failingExchange().ifPresent(e -> System.out.println(e.describeResponse()));
 * }</pre>
 *
 * @param id the check's stable ID, e.g. {@code VAL-ENUM-StartIncident-impact}
 * @param category its category ({@code null} for a test that published no record, e.g. a suite that could not
 *     start)
 * @param operations the operations the check sends, its primary operation first
 * @param rules the contract elements it covers, e.g. {@code StartIncidentInput.title}
 * @param level {@code MUST} or {@code SHOULD} ({@code null} when unknown)
 * @param since the first revision the check applies to
 * @param revision the revision the target was tested as
 * @param status how it ended
 * @param durationMillis how long it ran
 * @param message why it failed, was blocked or skipped ({@code ""} when it passed)
 * @param cause the root cause of a failure or a block ({@code null} when there is none)
 * @param exchanges the check's calls in the order sent (capped), with the controls and fixtures they rest on
 * @param failing the index in {@code exchanges} of the call the verdict rests on ({@code -1} if none)
 * @param seed the seed that replays it ({@code ""} when unknown)
 * @param requests how many requests it sent
 * @param replay the command that runs it again against the same target setup ({@code ""} when unknown)
 * @param notes lines the check added to its record, e.g. the detected revision
 */
@API(status = EXPERIMENTAL)
public record CheckResult(String id, Category category, List<String> operations, List<String> rules, Level level,
    String since, String revision, CheckStatus status, long durationMillis, String message, Cause cause,
    List<ExchangeRecord> exchanges, int failing, String seed, int requests, String replay, List<String> notes) {

  /** The key of the one report entry each check publishes: its record as JSON. */
  public static final String ENTRY_KEY = "imkit.record";

  /**
   * Copies the lists; null text becomes empty and half characters (unpaired surrogates) U+FFFD, so readers never
   * meet null text and every file can hold it.
   */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    operations = operations == null ? List.of() : List.copyOf(operations);
    rules = rules == null ? List.of() : List.copyOf(rules);
    since = orEmpty(since);
    revision = orEmpty(revision);
    message = Text.wellFormed(message);
    exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
    failing = failing < 0 || failing >= exchanges.size() ? -1 : failing;
    seed = orEmpty(seed);
    replay = orEmpty(replay);
    notes = notes == null ? List.of() : notes.stream().map(Text::wellFormed).toList();
  }

  /** A record of a test that published none: all that is known is its name, how it ended and why. */
  public static CheckResult bare(String id, CheckStatus status, long durationMillis, String message) {
    return new CheckResult(id, null, List.of(), List.of(), null, "", "", status, durationMillis, message, null,
        List.of(), -1, "", 0, "", List.of());
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

  /**
   * The one report entry a check publishes: {@link #ENTRY_KEY} and this record as JSON. A listener in the same JVM
   * reads it back with {@link #fromEntry} without parsing it.
   */
  public Map<String, String> entry() {
    return Map.of(ENTRY_KEY, Handoff.publish(this));
  }

  /**
   * The record of a report entry, if it carries one: the published record itself when this JVM published it, else
   * read from its JSON.
   *
   * @throws IllegalArgumentException if the entry's text is not a check record
   */
  public static Optional<CheckResult> fromEntry(Map<String, String> entry) {
    String json = entry.get(ENTRY_KEY);
    return json == null ? Optional.empty() : Optional.of(Handoff.take(json));
  }

  /** The call the verdict rests on; else the check's last call, if it made any. */
  public Optional<ExchangeRecord> failingExchange() {
    if (failing >= 0) {
      return Optional.of(exchanges.get(failing));
    }
    return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
  }

  /** The request of {@link #failingExchange()} as text ({@code ""} if none). */
  public String request() {
    return failingExchange().map(ExchangeRecord::describeRequest).orElse("");
  }

  /** The response of {@link #failingExchange()} as text ({@code ""} if none). */
  public String response() {
    return failingExchange().map(ExchangeRecord::describeResponse).orElse("");
  }

  /** The command that runs this check again: {@link #replay()}, else {@code ./imkit run --only ID --seed SEED}. */
  public String replayCommand() {
    return !replay.isEmpty() ? replay : "./imkit run --only " + id + (seed.isEmpty() ? "" : " --seed " + seed);
  }

  /** The category's name, or {@code ""} when the record has none. */
  public String categoryName() {
    return category == null ? "" : category.name();
  }

  /** The level's name, or {@code ""} when the record has none. */
  public String levelName() {
    return level == null ? "" : level.name();
  }

  /** A copy with another status and message (e.g. when a baseline reclassifies it). */
  public CheckResult withStatus(CheckStatus newStatus, String newMessage) {
    return new CheckResult(id, category, operations, rules, level, since, revision, newStatus, durationMillis,
        newMessage, cause, exchanges, failing, seed, requests, replay, notes);
  }

  /** A copy with other text: the message, the exchanges and notes (e.g. redacted and capped). */
  public CheckResult withText(String newMessage, List<ExchangeRecord> newExchanges, List<String> newNotes) {
    return new CheckResult(id, category, operations, rules, level, since, revision, status, durationMillis,
        newMessage, cause, newExchanges, failing, seed, requests, replay, newNotes);
  }

  /** A copy with another duration (the listener measures it). */
  public CheckResult withDuration(long millis) {
    return new CheckResult(id, category, operations, rules, level, since, revision, status, millis, message, cause,
        exchanges, failing, seed, requests, replay, notes);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
