package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clean-up journal: before a call that creates something, its intent; after it, what it created (the
 * operation and the identifiers of the answer). Each line is written and forced to disk before the call goes
 * on, so a run killed at any point leaves a journal from which {@code imkit cleanup} removes what it made.
 * Lines are forced to disk only for live targets (a real account is where a lost line costs); without a report
 * directory the journal lives in memory only.
 */
public final class Journal {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Optional<Path> file;
  /** Open from the start of the run to its close; null after (a late line opens the file for itself). */
  private FileChannel channel;
  private final String runId;
  private final boolean durable;
  private final List<ObjectNode> created = new ArrayList<>();
  private long intents;

  Journal(Optional<Path> directory, String runId, boolean durable) {
    this.runId = runId;
    this.durable = durable;
    this.file = directory.map(dir -> dir.resolve("journal.jsonl"));
    this.channel = file.map(Journal::open).orElse(null);
  }

  /**
   * Appends the intent to call {@code operation} with the identifiers its input already holds (a plan's name,
   * the plan an incident starts from), so a sweep can find what a call cut short by a kill created; returns the
   * intent's number, which the {@code created} line repeats.
   */
  public synchronized long intent(String operation, ObjectNode inputIdentifiers) {
    long number = ++intents;
    ObjectNode line = line("intent", operation).put("n", number);
    line.set("ids", inputIdentifiers);
    write(line);
    return number;
  }

  /** Appends what {@code operation} created: the identifiers found in the call's input and answer. */
  public synchronized void created(String operation, long intent, ObjectNode identifiers) {
    ObjectNode line = line("created", operation).put("n", intent);
    line.set("ids", identifiers);
    created.add(line);
    write(line);
  }

  /**
   * Forgets, in memory, what was created with {@code id} among its identifiers (a resource, and what belongs to
   * it), after the run removed it: a long run then keeps only what still exists. The file keeps every line.
   */
  public synchronized void forget(String id) {
    created.removeIf(line -> {
      for (var value : line.path("ids")) {
        if (value.asText().equals(id)) {
          return true;
        }
      }
      return false;
    });
  }

  /** What the run created, oldest first. */
  public synchronized List<ObjectNode> createdSoFar() {
    return List.copyOf(created);
  }

  /** Appends that the run's clean-up finished. */
  public synchronized void cleaned() {
    write(line("cleaned", ""));
  }

  private ObjectNode line(String phase, String operation) {
    return JSON.createObjectNode().put("run", runId).put("at", System.currentTimeMillis()).put("phase", phase)
        .put("operation", operation);
  }

  /**
   * Closes the file at the end of the run (or when it could not open), so a run inside a longer-lived JVM (a
   * consumer's build) keeps no descriptor. A call that answers later still gets its line: it opens the file for it.
   */
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // every line was written before: nothing is lost by a close that fails
      }
      channel = null;
    }
  }

  private void write(ObjectNode line) {
    if (file.isEmpty()) {
      return;
    }
    boolean late = channel == null;
    FileChannel out = late ? open(file.get()) : channel;
    try {
      byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      out.write(ByteBuffer.wrap(bytes));
      if (durable) {
        out.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the clean-up journal: " + e.getMessage(), e);
    } finally {
      if (late) {
        try {
          out.close();
        } catch (IOException e) {
          // the line was written (or its failure thrown above)
        }
      }
    }
  }

  private static FileChannel open(Path path) {
    try {
      Files.createDirectories(path.getParent());
      return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new dev.imkit.suites.api.ConfigurationException("cannot open the clean-up journal " + path + ": "
          + e.getMessage());
    }
  }
}
