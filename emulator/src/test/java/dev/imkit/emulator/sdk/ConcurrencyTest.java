package dev.imkit.emulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.support.Fixtures;
import dev.imkit.emulator.support.Recorder;
import dev.imkit.emulator.support.Sdk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;
import software.amazon.awssdk.services.ssmincidents.model.IncidentRecordSummary;
import software.amazon.awssdk.services.ssmincidents.model.SsmIncidentsException;

/** Eight threads create, update and list for ten seconds: no write is lost and nothing answers 500. */
class ConcurrencyTest {
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("imkit.concurrency.seconds", 10));
  private static final int THREADS = 8;

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    Recorder recorder = new Recorder();
    Map<String, String> lastTitle = new ConcurrentHashMap<>();
    Map<String, String> incidents = new ConcurrentHashMap<>();
    AtomicInteger serverErrors = new AtomicInteger();
    try (Emulator emulator = Emulator.builder().start(); SsmIncidentsClient client = Sdk.client(emulator, recorder)) {
      String shared = client.createResponsePlan(Fixtures.minimalPlan("shared")).arn();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long end = System.nanoTime() + RUN.toNanos();
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> work(client, thread, end, shared, lastTitle, incidents, serverErrors)));
      }
      int operations = 0;
      for (Future<Integer> f : done) {
        operations += f.get();
      }
      pool.shutdown();
      assertThat(serverErrors).hasValue(0);
      assertThat(operations).isGreaterThan(THREADS * 10);
      for (Map.Entry<String, String> e : lastTitle.entrySet()) {
        assertThat(client.getResponsePlan(r -> r.arn(e.getKey())).incidentTemplate().title())
            .as("last title of " + e.getKey()).isEqualTo(e.getValue());
      }
      List<String> listed = client.listIncidentRecordsPaginator(r -> r.maxResults(100)).incidentRecordSummaries()
          .stream().map(IncidentRecordSummary::arn).toList();
      assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(incidents.keySet());
      for (Map.Entry<String, String> e : incidents.entrySet()) {
        assertThat(client.getIncidentRecord(r -> r.arn(e.getKey())).incidentRecord().title()).isEqualTo(e.getValue());
      }
    }
  }

  private static int work(SsmIncidentsClient client, int thread, long end, String shared,
      Map<String, String> lastTitle, Map<String, String> incidents, AtomicInteger serverErrors) {
    int n = 0;
    while (System.nanoTime() < end) {
      try {
        String plan = client.createResponsePlan(Fixtures.minimalPlan("t" + thread + "-" + n)).arn();
        String title = "title " + thread + "/" + n;
        client.updateResponsePlan(r -> r.arn(plan).incidentTemplateTitle(title));
        lastTitle.put(plan, title);
        String incidentTitle = "incident " + thread + "/" + n;
        incidents.put(client.startIncident(r -> r.responsePlanArn(shared).title(incidentTitle)).incidentRecordArn(),
            incidentTitle);
        client.listResponsePlans(r -> r.maxResults(10));
        client.listIncidentRecords(r -> r.maxResults(10));
      } catch (SsmIncidentsException e) {
        if (e.statusCode() >= 500) {
          serverErrors.incrementAndGet();
        }
      }
      n++;
    }
    return n * 5;
  }
}
