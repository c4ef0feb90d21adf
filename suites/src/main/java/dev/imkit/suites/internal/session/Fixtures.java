package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.generators.api.IncidentManagerArbitraries;
import dev.imkit.reports.api.Cause;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.schemas.api.Resource;
import dev.imkit.schemas.api.Resources;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.internal.run.Blocked;
import dev.imkit.suites.internal.run.Causes;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;

/**
 * Resources that checks need but do not test (a response plan to start incidents from, an incident to add events
 * to), made as {@code resources.json} says: each kind by its create operation, from that operation's typical base
 * input (the very input its VAL-CONTROL check sends), under a parent of its own kind's parent, and removed when the
 * run ends, newest first. A target that cannot make one blocks the check that needed it, naming the cause (the
 * operation missing, the valid input refused): the checks of that operation judge it themselves.
 */
public final class Fixtures {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final DefaultTarget target;
  private final Deque<Runnable> cleanUps = new ConcurrentLinkedDeque<>();
  private final Map<String, Instance> shared = new ConcurrentHashMap<>();
  private final Map<String, Blocked> failed = new ConcurrentHashMap<>();
  private final Random random = new Random();
  private volatile IncidentManagerArbitraries typical;
  private volatile dev.imkit.schemas.api.Revision revision;
  private volatile String replicationSetChecked;
  private volatile boolean ownsReplicationSet;
  private volatile Exchange replicationSetCreation;
  /** The replication sets this run created, by ARN, with the call that created each (still its own after a delete). */
  private final Map<String, Exchange> createdSets = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger epoch = new java.util.concurrent.atomic.AtomicInteger();

  Fixtures(DefaultTarget target) {
    this.target = target;
  }

  /**
   * One made resource: its kind, identifiers ({@code arn}, {@code parent}, {@code eventId}, ...) and the calls
   * that made it and what it stands on, in order (so a check that uses it can show how to make it again), and
   * the identifiers the target answered in a form no call can send, each with its cause.
   */
  public record Instance(String kind, Map<String, JsonNode> ids, List<Exchange> made, Map<String, Cause> unusable) {
    public Instance {
      ids = Map.copyOf(ids);
      made = List.copyOf(made);
      unusable = Map.copyOf(unusable);
    }

    /** An instance made by {@code made}, every identifier usable. */
    public Instance(String kind, Map<String, JsonNode> ids, List<Exchange> made) {
      this(kind, ids, made, Map.of());
    }

    /** An instance the run found rather than made. */
    public Instance(String kind, Map<String, JsonNode> ids) {
      this(kind, ids, List.of());
    }

    /** Shows the calls that made it in the recording of the check that uses it, as fixtures. */
    Instance shown() {
      made.forEach(e -> Recorder.attach(e, ExchangeRecord.Role.FIXTURE));
      return this;
    }

    /** The identifier named {@code name} as text ({@code ""} when it has none). */
    public String id(String name) {
      JsonNode v = ids.get(name);
      return v == null ? "" : v.isTextual() ? v.textValue() : v.toString();
    }
  }

  /** The generators of the run: typical values at the target's revision, names prefixed with the run's ID. */
  public IncidentManagerArbitraries typical() {
    IncidentManagerArbitraries t = typical;
    if (t == null) {
      synchronized (this) {
        if (typical == null) {
          String at = (revision == null ? target.revision() : revision).name();
          typical = IncidentManagerArbitraries.forRevision(at).withContext(GenerationContext
              .defaults().withNamePrefix(target.uniqueName("t")).withRegion(target.settings().region()));
        }
        t = typical;
      }
    }
    return t;
  }

  /** Makes later inputs at the revision the run holds the target to (after detection). */
  synchronized void heldTo(dev.imkit.schemas.api.Revision held) {
    if (!held.equals(revision == null ? target.revision() : revision)) {
      revision = held;
      typical = null;
    }
  }

  /**
   * The base input of {@code operation} (required members, typical values) with fresh tokens and names; an
   * idempotency token is sent whenever the operation has one, as the SDKs do (CreateTimelineEvent required it
   * until 2021-08-04).
   */
  public ObjectNode baseInput(String operation) {
    IncidentManagerArbitraries t = typical();
    ObjectNode input = t.controls(operation).get(0).input();
    target.contract().findOperation(operation).flatMap(dev.imkit.schemas.api.Operation::idempotencyToken)
        .filter(token -> !input.has(token)).ifPresent(token -> input.put(token, "x"));
    return t.fresh(operation, input, Set.of(), random);
  }

  /** The run's one instance of {@code kind}, made on first use (a failure is remembered, not tried again). */
  public Instance shared(String kind) {
    return shared(kind, "");
  }

  /**
   * The one instance of {@code kind} in {@code namespace}: checks that may change what they share (an invalid
   * input a lenient target accepts) keep a namespace of their own, so other checks never read what they left.
   */
  public Instance shared(String kind, String namespace) {
    String key = namespace + "/" + kind;
    Blocked known = failed.get(key);
    if (known != null) {
      throw known;
    }
    Instance have = shared.get(key);
    if (have != null) {
      return have.shown();
    }
    synchronized (shared) {
      if (shared.containsKey(key)) {
        return shared.get(key).shown();
      }
      try {
        Instance made = make(Resources.named(kind), null, i -> { }, namespace);
        shared.put(key, made);
        return made;
      } catch (Blocked e) {
        failed.put(key, e);
        throw e;
      }
    }
  }

  /** A new instance of {@code kind} under the shared parent (removed at the end). */
  public Instance fresh(String kind) {
    return fresh(kind, "");
  }

  /** A new instance of {@code kind} under the parent shared in {@code namespace}. */
  public Instance fresh(String kind, String namespace) {
    return make(Resources.named(kind), null, i -> { }, namespace);
  }

  /** A new instance of {@code kind} under {@code parentArn} (or the shared parent when null), input customized. */
  public Instance create(String kind, String parentArn, Consumer<ObjectNode> customize) {
    return make(Resources.named(kind), parentArn, customize, "");
  }

  private Instance make(Resource r, String parentArn, Consumer<ObjectNode> customize, String namespace) {
    if (r.singleton()) {
      String arn = replicationSetArn();
      return new Instance(r.kind(), Map.of("arn", JSON.textNode(arn)), replicationSetCreation().stream().toList());
    }
    List<Exchange> chain = new ArrayList<>();
    Optional<Blocked> unmet = r.needs().flatMap(k -> meet(k, namespace, chain));
    String parent = parentArn;
    if (parent == null && r.parent().isPresent()) {
      Instance p = shared(r.parent().get(), namespace);
      chain.addAll(p.made());
      parent = p.id("arn");
    }
    String op = r.create().operation();
    ObjectNode input = baseInput(op);
    if (parent != null) {
      Pointers.put(input, r.create().parentMember().orElseThrow(), JSON.textNode(parent));
    }
    customize.accept(input);
    Exchange made = call(op, input);
    chain.add(made);
    Map<String, JsonNode> ids = new LinkedHashMap<>();
    for (Map.Entry<String, String> id : r.create().ids().entrySet()) {
      boolean fromInput = id.getValue().startsWith("input:");
      JsonNode body = fromInput ? input : made.jsonOrNull();
      JsonNode v = body == null ? null : body.at(fromInput ? id.getValue().substring(6) : id.getValue());
      if (!made.succeeded() && unmet.isPresent()) {
        throw unmet.get();
      }
      if (!made.succeeded() || v == null || v.isMissingNode() || v.isNull()) {
        throw new Blocked(Causes.ofBase(target.contract(), made, op, "input"));
      }
      ids.put(id.getKey(), v);
      if (v.isTextual()) {
        target.learnAccount(v.textValue());
      }
    }
    if (parent != null) {
      ids.put("parent", JSON.textNode(parent));
    }
    Map<String, Cause> unusable = new LinkedHashMap<>();
    r.list().filter(l -> !l.more().isEmpty())
        .ifPresent(l -> ids.putAll(Lookup.more(target.contract(), this::call, l, ids, unusable)));
    Instance instance = new Instance(r.kind(), ids, chain, unusable);
    cleanUps.push(() -> remove(r, instance));
    return instance;
  }

  /**
   * What an instance of {@code kind} needs before it is made (the account's replication set, for a response plan),
   * made if it can be. A need that cannot be made (its operation missing or refused) is returned, not thrown: a
   * target may not ask for it, so the instance is tried anyway, and only a refusal of the instance is blocked by
   * the need's cause.
   */
  public Optional<Blocked> unmetNeed(String kind) {
    return Resources.named(kind).needs().flatMap(k -> meet(k, "", new ArrayList<>()));
  }

  private Optional<Blocked> meet(String kind, String namespace, List<Exchange> chain) {
    try {
      chain.addAll(shared(kind, namespace).made());
      return Optional.empty();
    } catch (Blocked e) {
      return Optional.of(e);
    }
  }

  /**
   * Points the members of {@code doc} (an input of {@code operation}) that refer to resources at the run's own, as
   * resources.json names them: members naming one kind take one instance's identifiers; an operation that
   * removes an instance, and the kinds in {@code freshKinds}, get a new instance, so no call removes or fills up
   * what other checks use. An identifier the caller chooses (a related item's) is kept: an instance is made with
   * it.
   */
  public ObjectNode bind(String operation, ObjectNode doc, java.util.Set<String> freshKinds) {
    return bind(operation, doc, freshKinds, java.util.Set.of(), "");
  }

  /**
   * {@link #bind(String, ObjectNode, java.util.Set)}, leaving the members at {@code keep} as they are, with the
   * instances shared in {@code namespace}.
   */
  public ObjectNode bind(String operation, ObjectNode doc, java.util.Set<String> freshKinds,
      java.util.Set<String> keep, String namespace) {
    Map<String, Instance> byKind = new java.util.HashMap<>();
    for (dev.imkit.schemas.api.ResourceReference ref : Resources.references(operation)) {
      com.fasterxml.jackson.core.JsonPointer pointer = com.fasterxml.jackson.core.JsonPointer.compile(ref.pointer());
      if (doc.at(pointer).isMissingNode() || keep.contains(ref.pointer())) {
        continue;
      }
      Resource kind = Resources.named(ref.resource());
      String chosen = kind.create().ids().getOrDefault(ref.id(), "");
      Instance instance = byKind.computeIfAbsent(ref.resource(), k -> chosen.startsWith("input:")
          ? make(kind, null, in -> Pointers.put(in, chosen.substring(6), doc.at(pointer)), namespace)
          : freshKinds.contains(k) || kind.delete().operation().equals(operation) ? fresh(k, namespace)
          : shared(k, namespace));
      JsonNode value = instance.ids().get(ref.id());
      JsonNode parent = doc.at(pointer.head());
      if (value == null) {
        if (instance.unusable().containsKey(ref.id())) {
          throw new Blocked(instance.unusable().get(ref.id()));
        }
        continue;
      }
      if (parent instanceof ObjectNode o) {
        o.set(pointer.last().getMatchingProperty(), value.deepCopy());
      } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
        a.set(pointer.last().getMatchingIndex(), value.deepCopy());
      }
    }
    return doc;
  }

  /** Removes an instance as its kind says: the documented call before, then the delete. */
  private void remove(Resource r, Instance instance) {
    r.beforeDelete().ifPresent(call -> target.call(call.operation(), input(call, instance)));
    target.call(r.delete().operation(), input(r.delete(), instance));
  }

  /** The input of a call on an instance: its identifiers and fixed values where the call puts them. */
  public static ObjectNode input(Resource.Call call, Instance instance) {
    ObjectNode in = JSON.objectNode();
    call.input().forEach((pointer, id) -> Pointers.put(in, pointer, instance.ids().get(id)));
    call.values().forEach((pointer, value) -> Pointers.put(in, pointer, value));
    return in;
  }

  /** A minimal valid CreateResponsePlan input with a unique name; {@code customize} may add to it. */
  public ObjectNode responsePlanInput(Consumer<ObjectNode> customize) {
    ObjectNode input = baseInput("CreateResponsePlan");
    customize.accept(input);
    return input;
  }

  /** Creates a response plan (removed at the end) and returns its ARN. */
  public String responsePlan(Consumer<ObjectNode> customize) {
    return create("ResponsePlan", null, customize).id("arn");
  }

  public String responsePlan() {
    return fresh("ResponsePlan").id("arn");
  }

  /** Starts an incident from the run's response plan (removed at the end) and returns the record's ARN. */
  public String incident(Consumer<ObjectNode> customize) {
    return create("IncidentRecord", null, customize).id("arn");
  }

  public String incident() {
    return fresh("IncidentRecord").id("arn");
  }

  /** Adds a timeline event to the incident and returns its id. */
  public String timelineEvent(String incidentArn) {
    return create("TimelineEvent", incidentArn, i -> { }).id("eventId");
  }

  /** Puts a resource policy on a new response plan; returns {plan ARN, policy id}. */
  public String[] resourcePolicy() {
    Instance policy = create("ResourcePolicy", responsePlan(), i -> { });
    return new String[] {policy.id("parent"), policy.id("policyId")};
  }

  /** Makes sure the account has a replication set (creating one, removed at the end, only if it has none). */
  public void replicationSet() {
    if (replicationSetChecked != null) {
      return;
    }
    synchronized (this) {
      if (replicationSetChecked != null) {
        return;
      }
      Blocked known = failed.get("/ReplicationSet");
      if (known != null) {
        throw known;
      }
      try {
        makeReplicationSet();
      } catch (Blocked e) {
        failed.put("/ReplicationSet", e);
        throw e;
      }
    }
  }

  private void makeReplicationSet() {
    Exchange list = call("ListReplicationSets", JSON.objectNode());
    JsonNode arns = list.succeeded() && list.jsonOrNull() != null ? list.jsonOrNull().path("replicationSetArns") : null;
    if (arns != null && arns.size() > 0) {
      String arn = arns.get(0).asText();
      Exchange mine = createdSets.get(arn);
      if (mine == null) {
        replicationSetChecked = arn;
        return;
      }
      if (!ReplicationSetRules.goneAfterDelete(target, arn)) {
        // the run's own set, still there after a delete it answered as a success (STATE checks judge that): the
        // run still owns it, so the checks that change it are judged rather than skipped
        own(arn, mine);
        return;
      }
    }
    ObjectNode input = baseInput("CreateReplicationSet");
    input.set("regions", JSON.objectNode().set(target.settings().region(), JSON.objectNode()));
    Exchange created = call("CreateReplicationSet", input);
    JsonNode arn = created.jsonOrNull() == null ? null : created.jsonOrNull().get("arn");
    if (created.succeeded() && (arn == null || !arn.isTextual())) {
      // created, but the answer lacks its ARN (SCHEMA-OUTPUT-CreateReplicationSet reports that): the list has it
      Exchange listed = call("ListReplicationSets", JSON.objectNode());
      arn = listed.jsonOrNull() == null ? null : listed.jsonOrNull().path("replicationSetArns").path(0);
    }
    if (!created.succeeded() || arn == null || !arn.isTextual()) {
      Cause cause = Causes.of(target.contract(), created, "CreateReplicationSet", "typical input");
      throw new Blocked(created.succeeded() ? cause
          : Causes.ofBase(target.contract(), created, "CreateReplicationSet", "input"));
    }
    target.learnAccount(arn.textValue());
    createdSets.put(arn.textValue(), created);
    own(arn.textValue(), created);
    forget("DeleteReplicationSet", "arn", arn.textValue());
  }

  private void own(String arn, Exchange created) {
    replicationSetChecked = arn;
    replicationSetCreation = created;
    ownsReplicationSet = true;
  }

  /** Whether the run has found or made the account's replication set so far (nothing is sent to find out). */
  public boolean hasReplicationSet() {
    return replicationSetChecked != null;
  }

  /** The account's replication set (created by the run if there was none). */
  public String replicationSetArn() {
    replicationSet();
    return replicationSetChecked;
  }

  /** Whether this run created the replication set: only then may checks change or delete it. */
  public boolean ownsReplicationSet() {
    replicationSet();
    return ownsReplicationSet;
  }

  /** The call that created the run's replication set, if the run created it. */
  public java.util.Optional<Exchange> replicationSetCreation() {
    replicationSet();
    return java.util.Optional.ofNullable(replicationSetCreation);
  }

  /**
   * Forgets the replication set after a check deleted it, and every resource made so far (a target may remove
   * what the set held), so the next use makes a new set and new resources in it.
   */
  public synchronized void replicationSetDeleted() {
    synchronized (shared) {
      shared.clear();
      failed.clear();
    }
    replicationSetChecked = null;
    replicationSetCreation = null;
    ownsReplicationSet = false;
    epoch.incrementAndGet();
  }

  /** How many times the run's resources were made anew (see {@link #replicationSetDeleted()}). */
  public int epoch() {
    return epoch.get();
  }

  /** Registers a clean-up call with a whole input, to make at the end of the run. */
  public void forget(String operation, ObjectNode input) {
    cleanUps.push(() -> target.call(operation, input));
  }

  /** Registers a clean-up call to make at the end of the run. */
  public void forget(String operation, String member, String value) {
    cleanUps.push(() -> target.call(operation, JSON.objectNode().put(member, value)));
  }

  /** Registers the removal of what an accepted call of {@code operation} created, as resources.json says. */
  public void forgetCreated(String operation, ObjectNode input, Exchange answer) {
    Resources.createdBy(operation).filter(r -> !r.singleton() && answer.succeeded()).ifPresent(r -> {
      Map<String, JsonNode> ids = new LinkedHashMap<>();
      r.create().ids().forEach((name, pointer) -> {
        boolean fromInput = pointer.startsWith("input:");
        JsonNode body = fromInput ? input : answer.jsonOrNull();
        JsonNode v = body == null ? null : body.at(fromInput ? pointer.substring(6) : pointer);
        if (v != null && !v.isMissingNode()) {
          ids.put(name, v);
        }
      });
      r.create().parentMember().map(input::at).filter(JsonNode::isTextual).ifPresent(p -> ids.put("parent", p));
      if (ids.size() > (r.parent().isPresent() ? 1 : 0)) {
        Instance instance = new Instance(r.kind(), ids);
        cleanUps.push(() -> remove(r, instance));
      }
    });
  }

  void cleanUp() {
    Runnable next;
    while ((next = cleanUps.poll()) != null) {
      try {
        next.run();
      } catch (RuntimeException e) {
        // clean-up is best effort: the target may already be gone at the end of a run
      }
    }
  }

  /** Calls {@code operation} for a fixture, recorded as such; no answer at all blocks the check. */
  private Exchange call(String operation, ObjectNode input) {
    try {
      return Recorder.as(ExchangeRecord.Role.FIXTURE, () -> target.call(operation, input));
    } catch (UncheckedIOException e) {
      throw new Blocked(Causes.noAnswer(operation, String.valueOf(e.getCause() == null ? e : e.getCause())));
    }
  }
}
