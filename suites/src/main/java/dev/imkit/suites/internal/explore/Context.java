package dev.imkit.suites.internal.explore;

import dev.imkit.schemas.api.Contract;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every sequence of one exploration shares: the two sides, the contract at the target's revision, the facts,
 * the draws, the oracles, the replication sets the account has now (one per side), and the step count.
 */
final class Context {
  private final Sides sides;
  private final Contract contract;
  private final Facts facts = Facts.get();
  private final Preparation preparation;
  private final ReadOracle reads;
  private final Draws draws;
  private final AtomicLong steps = new AtomicLong();
  private volatile String[] replicationSets = new String[2];
  private volatile List<Backdrop.Shared> backdrop = List.of();
  /** Target identifiers a later resource took over (the latest ones): a walk may show such an ARN twice. */
  private final java.util.Set<String> reused = java.util.Collections.newSetFromMap(
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
          return size() > 10_000;
        }
      }));

  Context(Sides sides) {
    this.sides = sides;
    this.contract = sides.target().contract();
    this.preparation = new Preparation(contract, facts);
    this.reads = new ReadOracle(contract, facts);
    this.draws = Draws.of(sides.target().revision().name(), sides.target().settings().region());
  }

  Sides sides() {
    return sides;
  }

  Contract contract() {
    return contract;
  }

  Facts facts() {
    return facts;
  }

  Preparation preparation() {
    return preparation;
  }

  ReadOracle reads() {
    return reads;
  }

  Draws draws() {
    return draws;
  }

  /** Steps judged so far, in every sequence. */
  AtomicLong steps() {
    return steps;
  }

  /** The account's replication set on the target and on the reference, as the last check found them. */
  String[] replicationSets() {
    return replicationSets.clone();
  }

  void replicationSets(String target, String reference) {
    replicationSets = new String[] {target, reference};
  }

  /** A fresh model for a run of a sequence: the backdrop and the replication set are there before it. */
  Model model() {
    Model model = new Model(this::unique, reused::add);
    List<Handle> added = new java.util.ArrayList<>();
    for (Backdrop.Shared s : backdrop) {
      Handle h = model.add(s.kind(), s.parent() < 0 ? null : added.get(s.parent()), s.target(), s.reference(), null,
          null);
      h.share();
      added.add(h);
    }
    String[] sets = replicationSets();
    if (sets[0] != null && sets[1] != null) {
      model.add(Kind.REPLICATION_SET, null, sets[0], sets[1], null, null);
    }
    return model;
  }

  List<Backdrop.Shared> backdrop() {
    return backdrop;
  }

  void backdrop(List<Backdrop.Shared> shared) {
    backdrop = List.copyOf(shared);
  }

  /** Whether a later resource took over this target identifier (so a walk may rightly show it twice). */
  boolean reused(String targetId) {
    return reused.contains(targetId);
  }

  /** A value for a slot no other run uses: a plan name, a client token, a dedupe string. */
  String unique(String slot) {
    return switch (slot) {
      case "token" -> UUID.randomUUID().toString();
      case "dedupe" -> "imkit-dedupe-" + UUID.randomUUID();
      default -> sides.target().uniqueName("x");
    };
  }
}
