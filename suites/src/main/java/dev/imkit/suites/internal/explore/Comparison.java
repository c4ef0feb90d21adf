package dev.imkit.suites.internal.explore;

/**
 * The kinds of comparison between the target's answers and the reference's, each with the rule that makes it
 * MUST (the model or the documentation states it) or SHOULD (inferred), as for the checks. The README lists them.
 */
enum Comparison {
  /** Both succeeded, with different success codes: MUST (the model's success code). */
  SUCCESS_CODE("STATUS", "both succeed with the operation's modeled success code"),
  /**
   * The reference accepted, the target refused: MUST when the target answered 404 for resources the sequence
   * created and did not delete, a 5xx, or nothing; SHOULD for other refusals (a rule beyond the model may apply).
   */
  REFUSED("REFUSED", "a valid call the reference accepts is accepted"),
  /**
   * The reference answered 404 for a resource the sequence deleted (or never had), the target accepted: MUST for
   * the operations whose missing resource the contract answers with 404, SHOULD for the others (deletes).
   */
  GONE("GONE", "a call on a deleted resource gets 404 ResourceNotFoundException"),
  /** The reference refused otherwise, the target accepted: SHOULD. */
  ACCEPTED("ACCEPTED", "a call the reference refuses is refused"),
  /**
   * Both refused, with different errors: MUST when the reference's is the 404 of a missing resource an operation
   * must answer so, else SHOULD.
   */
  ERROR_TYPE("ERROR", "a refusal carries the reference's error type"),
  /** A create named an existing resource on one side only (a dedupe string, a name): MUST (documented). */
  IDENTITY("IDENTITY", "a create gives a new resource exactly when the reference does"),
  /** A member of a resource read by a Get or a list: MUST when the sequence wrote it, else SHOULD. */
  MEMBER("MEMBER", "members written are read back as the reference reads them"),
  /** A list shows a resource of the sequence the reference does not, misses one, or repeats one: MUST. */
  LISTED("LISTED", "lists hold what exists, once, and nothing deleted"),
  /** The tags of a resource (reserved keys aside): MUST. */
  TAGS("TAGS", "a resource has exactly the tags the sequence gave it"),
  /** A walk page by page misses a resource that existed throughout, or yields one twice: MUST. */
  WALK("WALK", "a walk yields every resource that existed throughout it, once");

  private final String idPart;
  private final String rule;

  Comparison(String idPart, String rule) {
    this.idPart = idPart;
    this.rule = rule;
  }

  /** The part of a finding's ID that names the comparison, e.g. {@code LISTED}. */
  String idPart() {
    return idPart;
  }

  /** The rule in a few words, for messages and the README. */
  String rule() {
    return rule;
  }
}
