package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Revision;
import dev.imkit.suites.api.Exchange;
import dev.imkit.suites.api.Settings;
import dev.imkit.suites.api.Target;
import dev.imkit.suites.internal.http.HttpAnswer;
import dev.imkit.suites.internal.http.HttpCall;
import dev.imkit.suites.internal.http.RequestBuilder;
import dev.imkit.suites.internal.http.Signer;
import dev.imkit.suites.internal.http.Transport;
import dev.imkit.suites.internal.run.NoAnswer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import dev.imkit.schemas.api.Operation;
import dev.imkit.suites.api.Profile;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** The target of a run: builds, signs, sends and records every call. */
public final class DefaultTarget implements Target {
  /** The tag key that marks what a live run created. */
  public static final String RUN_TAG = "imkit-run";
  private final Settings settings;
  private final URI endpoint;
  private final boolean embedded;
  private final Revision revision;
  private final Contract contract;
  private final Transport transport;
  private final Signer signer;
  private final RequestBuilder requests;
  private final String runId;
  private final AtomicLong names = new AtomicLong();
  private final AtomicLong sent;
  private final Fixtures fixtures;
  private final AwsCredentialsProvider credentials;
  private final Journal journal;
  private final Pace pace;
  private final AtomicLong retried;
  private volatile String account;
  private volatile boolean writesAllowed;
  private final java.util.concurrent.atomic.AtomicInteger inFlight;
  private final java.util.concurrent.atomic.AtomicReference<Thread> stoppedBy;
  private final ErrorLedger errors;
  private final Settle settle;

  DefaultTarget(Settings settings, URI endpoint, boolean embedded, Revision revision, Transport transport,
      AwsCredentialsProvider credentials, String runId, String account) {
    this(settings, endpoint, embedded, revision, transport, credentials, runId, account, new AtomicLong(), null,
        new Journal(settings.reportDir(), runId, settings.live()), new Pace(settings.rateLimit(), settings.requestBudget()),
        new AtomicLong(), !settings.live(), new java.util.concurrent.atomic.AtomicInteger(),
        new java.util.concurrent.atomic.AtomicReference<>(), new ErrorLedger(), new Settle(settings.settle()));
  }

  private DefaultTarget(Settings settings, URI endpoint, boolean embedded, Revision revision, Transport transport,
      AwsCredentialsProvider credentials, String runId, String account, AtomicLong sent, Fixtures fixtures,
      Journal journal, Pace pace, AtomicLong retried, boolean writesAllowed,
      java.util.concurrent.atomic.AtomicInteger inFlight, java.util.concurrent.atomic.AtomicReference<Thread> stoppedBy,
      ErrorLedger errors, Settle settle) {
    this.settings = settings;
    this.endpoint = endpoint;
    this.embedded = embedded;
    this.revision = revision;
    this.contract = Contract.at(revision);
    this.transport = transport;
    this.credentials = credentials;
    this.signer = new Signer(credentials, settings.region());
    this.requests = new RequestBuilder(endpoint);
    this.runId = runId;
    this.account = account;
    this.sent = sent;
    this.fixtures = fixtures == null ? new Fixtures(this) : fixtures;
    this.journal = journal;
    this.pace = pace;
    this.retried = retried;
    this.writesAllowed = writesAllowed;
    this.inFlight = inFlight;
    this.stoppedBy = stoppedBy;
    this.errors = errors;
    this.settle = settle;
  }

  /** The same target held to another revision (after detection). */
  DefaultTarget at(Revision other) {
    fixtures.heldTo(other);
    return new DefaultTarget(settings, endpoint, embedded, other, transport, credentials, runId, account, sent,
        fixtures, journal, pace, retried, writesAllowed, inFlight, stoppedBy, errors, settle);
  }

  @Override
  public Settings settings() {
    return settings;
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public boolean embedded() {
    return embedded;
  }

  @Override
  public Revision revision() {
    return revision;
  }

  @Override
  public Contract contract() {
    return contract;
  }

  @Override
  public String account() {
    return account == null ? "" : account;
  }

  /** Records the account seen in an ARN the target returned. */
  public void learnAccount(String arn) {
    String[] parts = arn.split(":");
    if (account == null && parts.length > 4 && parts[4].matches("[0-9]{12}")) {
      account = parts[4];
    }
  }

  /** The resources checks need but do not test; shared by every revision view of the target. */
  public Fixtures fixtures() {
    return fixtures;
  }

  /** The credentials requests are signed with (the SDK checks build their client with them). */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  /** The run's ID: a prefix of every name the run creates. */
  public String runId() {
    return runId;
  }

  /** How many requests were sent so far. */
  public long requestsSent() {
    return sent.get();
  }

  @Override
  public Exchange call(String operation, ObjectNode input) {
    return call(operation, input, settings.retries());
  }

  /** A call whose throttled or 5xx answer is not retried: for the checks that judge throttling itself. */
  public Exchange callOnce(String operation, ObjectNode input) {
    return call(operation, input, 0);
  }

  private Exchange call(String operation, ObjectNode input, int retries) {
    Thread stopper = stoppedBy.get();
    if (stopper != null && stopper != Thread.currentThread()) {
      throw new TestAbortedException("the run is stopping: " + operation + " not sent");
    }
    inFlight.incrementAndGet();
    try {
      return callNow(operation, input, retries);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Stops the run: from now on only the calling thread (the clean-up) sends anything, and this returns once the
   * calls in flight have answered (and so journaled what they created), or after {@code wait}.
   */
  void stop(java.time.Duration wait) {
    stoppedBy.compareAndSet(null, Thread.currentThread());
    long deadline = System.nanoTime() + wait.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(10_000_000L);
    }
  }

  private Exchange callNow(String operation, ObjectNode input, int retries) {
    Operation op = contract.operation(operation);
    if (!op.readonly()) {
      if (settings.profile() == Profile.READONLY) {
        throw new TestAbortedException("the readonly profile sends no " + operation + " (it writes)");
      }
      if (!writesAllowed) {
        throw new IllegalStateException("refusing to send " + operation + " to a live target whose account is not "
            + "in imkit.allow-accounts");
      }
    }
    boolean creates = Cleanup.creates(operation);
    ObjectNode sent = creates && settings.live() ? tagged(op, input) : input;
    long intent = creates ? journal.intent(operation, Cleanup.inputIdentifiers(operation, sent)) : 0;
    Exchange answer = exchange(signer.sign(requests.build(op, sent)), retries);
    Optional<Settle.Fresh> fresh = settle.waitFor(operation, sent, answer);
    if (fresh.isPresent()) {
      answer = settled(op, sent, retries, answer, fresh.get());
    }
    if (creates && answer.succeeded()) {
      ObjectNode ids = Cleanup.identifiers(operation, sent, answer.jsonOrNull());
      journal.created(operation, intent, ids);
      settle.created(ids);
    } else if (answer.succeeded() && Cleanup.deletes(operation)) {
      settle.deleted(operation, sent);
    }
    return answer;
  }

  /**
   * Sends a call that missed a resource the run just created again, after growing pauses, until the resource
   * shows or the settle window ends (see {@link Settle}); the check's record notes the wait either way.
   */
  private Exchange settled(Operation op, ObjectNode sent, int retries, Exchange missed, Settle.Fresh fresh) {
    long firstMiss = System.nanoTime();
    Exchange answer = Settle.until(missed, () -> exchange(signer.sign(requests.build(op, sent)), retries),
        a -> !Settle.misses(a), fresh.deadline());
    long missedFor = (System.nanoTime() - firstMiss) / 1_000_000;
    long age = (firstMiss - fresh.createdAt()) / 1_000_000;
    String window = settings.settle().toMillis() + " ms";
    if (Settle.misses(answer)) {
      settle.outlasted(op.name());
      Recorder.note(op.name() + " answered 404 ResourceNotFoundException for " + fresh.id() + ", created " + age
          + " ms before, and still did " + missedFor + " ms later, when the settle window of " + window + " since its "
          + "creation ended: judged as answered (and " + op.name() + " is not waited for again in this run)");
    } else {
      Recorder.note(op.name() + " answered 404 ResourceNotFoundException for " + fresh.id() + ", created " + age
          + " ms before, then " + answer.status() + " " + missedFor + " ms later: its reads lag its writes, which the "
          + "documentation neither promises nor rules out, so the kit waits up to " + window + " (imkit.settle-seconds)");
    }
    return answer;
  }

  /**
   * Until when (in {@link System#nanoTime()}) the list {@code operation} may still leave out the resource {@code id}:
   * it was created by this run less than the settle window ago and not deleted, and no earlier wait of the list
   * outlasted the window (see {@link Settle}); empty otherwise.
   */
  public Optional<Long> settling(String operation, String id) {
    return settle.waits(operation) ? settle.deadline(id) : Optional.empty();
  }

  /** Notes that {@code operation} still left out a new resource when the settle window ended: no more waits for it. */
  public void outlasted(String operation) {
    settle.outlasted(operation);
  }

  /**
   * {@code first}, or what {@code again} gives after growing pauses, until it is {@code shown} or {@code deadline}
   * ({@link System#nanoTime()}) passes: how a check looks again for what may not show yet (see {@link Settle}).
   */
  public static <T> T settle(T first, java.util.function.Supplier<T> again, java.util.function.Predicate<T> shown,
      long deadline) {
    return Settle.until(first, again, shown, deadline);
  }

  /** The journal of what the run created. */
  public Journal journal() {
    return journal;
  }

  /** How many throttled or 5xx answers were retried so far. */
  public long retries() {
    return retried.get();
  }

  /** Lets this live target be written to (its account is allowlisted). */
  void allowWrites() {
    writesAllowed = true;
  }

  /** On live targets every taggable creation carries the run's ID, so {@code imkit cleanup --all-runs} finds it. */
  private ObjectNode tagged(Operation op, ObjectNode input) {
    if (!contract.shape(op.input()).members().containsKey("tags") || input.has("tags")) {
      return input;
    }
    ObjectNode copy = input.deepCopy();
    copy.putObject("tags").put(RUN_TAG, runId);
    return copy;
  }

  @Override
  public Exchange send(String method, String pathAndQuery, Map<String, List<String>> headers, String body,
      boolean sign) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    HttpCall call = new HttpCall(null, method, requests.resolve(pathAndQuery), headers, bytes);
    return exchange(sign ? signer.sign(call) : call, settings.retries());
  }

  @Override
  public String uniqueName(String hint) {
    String name = runId + "-" + hint + "-" + names.incrementAndGet();
    return name.length() <= 60 ? name : name.substring(name.length() - 60);
  }

  /** Every error answer of the run so far. */
  public ErrorLedger errors() {
    return errors;
  }

  private Exchange exchange(HttpCall call, int retries) {
    Exchange answer = attempt(call);
    for (int attempt = 1; attempt <= retries && retryable(answer); attempt++) {
      retried.incrementAndGet();
      LockSupport.parkNanos(retryDelay(attempt).toNanos());
      answer = attempt(call);
    }
    Recorder.record(answer);
    return answer;
  }

  private Exchange attempt(HttpCall call) {
    long start = System.nanoTime();
    HttpAnswer answer = send(call);
    Exchange exchange = new Exchange(call.operation(), call.method(), call.uri().toString(), call.headers(),
        new String(call.body(), StandardCharsets.UTF_8), answer.status(), answer.headers(), answer.body(),
        System.nanoTime() - start);
    if (!exchange.succeeded()) {
      errors.record(exchange);
    } else if (call.operation() != null) {
      errors.served(call.operation());
    }
    return exchange;
  }

  private HttpAnswer send(HttpCall call) {
    pace.acquire();
    try {
      HttpAnswer answer = transport.send(call);
      sent.incrementAndGet();
      return answer;
    } catch (IOException e) {
      String operation = call.operation() != null ? call.operation() : route(call);
      throw new NoAnswer(operation, "no answer from " + endpoint + " to " + call.method()
          + " " + call.uri().getRawPath() + ": " + e.getMessage(), e);
    }
  }

  /** The operation a raw call's method and path name, or the two themselves when no operation has that route. */
  private String route(HttpCall call) {
    String path = call.uri().getRawPath();
    return contract.operations().stream().filter(op -> op.method().equals(call.method())
            && path.matches(op.uri().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "[^/]+")))
        .map(Operation::name).findFirst().orElse(call.method() + " " + path);
  }

  /**
   * The wait before retry number {@code attempt} (from 1): none against the embedded emulator the run started;
   * else exponential from 10 ms (250 ms on a live target), plus as much again at most, at random (jitter), so
   * concurrent checks' retries spread out.
   */
  public java.time.Duration retryDelay(int attempt) {
    return retryDelay(countsNotTimes(), settings.live(), attempt);
  }

  /**
   * Whether the target is the embedded emulator this run started, which counts calls and times none: its
   * throttling refuses every third call however far apart they come, so pacing or backing off buys nothing there.
   */
  public boolean countsNotTimes() {
    return embedded && !settings.live();
  }

  /**
   * The wait before retry {@code attempt} against a target that is the run's own embedded emulator, live, or
   * neither. The embedded emulator's refusals are counted, not timed (throttle-every-third refuses every third
   * call, validation-as-500 every invalid one) and its only timed state, a replication set held UPDATING, is held
   * for whole seconds, longer than all the back-offs together: a wait changes none of its answers, only the time
   * of a run (validation-as-500: about 70 s of waits) and of the kit's tests. Any other target may throttle by
   * time or be recovering, so it gets the back-off.
   */
  static java.time.Duration retryDelay(boolean ownEmulator, boolean live, int attempt) {
    if (ownEmulator) {
      return java.time.Duration.ZERO;
    }
    long millis = (live ? 250L : 10L) << Math.max(0, Math.min(attempt - 1, 16));
    return java.time.Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis + 1));
  }

  /**
   * A throttled answer (429, or a ThrottlingException however named) or a server fault (5xx) that came as an AWS
   * JSON error: worth another try, later. Never a 501 (the server says it does not implement this: another try
   * changes nothing) nor an answer whose body is not a JSON object (not the service answering: a proxy's or another
   * server's page), nor a 4xx.
   */
  public static boolean retryable(Exchange answer) {
    if (answer.status() == 501 || answer.jsonOrNull() == null || !answer.jsonOrNull().isObject()) {
      return false;
    }
    return answer.status() == 429 || answer.status() >= 500
        || (answer.status() == 400 && answer.errorType().filter("ThrottlingException"::equals).isPresent());
  }
}
