package dev.imkit.benchmarks.emulator;

import dev.imkit.emulator.api.Emulator;
import dev.imkit.emulator.api.Inventory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an embedded emulator with incident records (10 related items each) over HTTP, then prints the heap
 * they take and how long list pages take. Run with {@code -Xmx1g}:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.imkit.benchmarks.emulator.MemoryHarness [count]}.
 */
public final class MemoryHarness {
  private static final String AUTH = "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/"
      + "aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);
  private static final String PLAN = "arn:aws:ssm-incidents::123456789012:response-plan/memory";
  private static final Pattern TOKEN = Pattern.compile("\"nextToken\":\"([^\"]+)\"");
  private static final int THREADS = 16;

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  private MemoryHarness(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long before = usedHeapAfterGc();
    try (Emulator emulator = Emulator.builder().start()) {
      MemoryHarness h = new MemoryHarness(emulator.uri());
      long start = System.nanoTime();
      h.fill(count);
      double seconds = (System.nanoTime() - start) / 1e9;
      long after = usedHeapAfterGc();
      Inventory inv = emulator.inventory("123456789012", "us-east-1");
      System.out.printf("incident records: %d, related items: %d (created in %.1f s, %.0f StartIncident/s)%n",
          inv.incidentRecordArns().size(), inv.relatedItems(), seconds, count / seconds);
      System.out.printf("heap used after GC: %.1f MiB (%.1f MiB before filling; max heap %.0f MiB)%n",
          after / 1048576.0, before / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
      List<String> arns = inv.incidentRecordArns();
      h.walk("ListIncidentRecords, 100 a page, a walk of 200 pages", "{\"maxResults\":100", 200);
      h.pages("ListRelatedItems (10 items) of 500 incidents spread over the store", i -> "/listRelatedItems",
          i -> "{\"incidentRecordArn\":\"" + arns.get((int) ((long) i * 7919 % arns.size())) + "\"}", 500);
      h.pages("GetIncidentRecord of 500 incidents spread over the store", i -> "/getIncidentRecord?arn="
          + java.net.URLEncoder.encode(arns.get((int) ((long) i * 7919 % arns.size())), java.nio.charset.StandardCharsets.UTF_8), i -> null, 500);
    }
  }

  private void fill(int count) throws Exception {
    post("/createResponsePlan", "{\"name\":\"memory\",\"incidentTemplate\":{\"title\":\"t\",\"impact\":3}}");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = thread; i < count; i += THREADS) {
          String answer = post("/startIncident", startIncident(i));
          if (!answer.contains("incidentRecordArn")) {
            throw new IllegalStateException("StartIncident failed: " + answer);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  private static String startIncident(int i) {
    StringBuilder items = new StringBuilder();
    for (int k = 0; k < 10; k++) {
      if (k > 0) {
        items.append(',');
      }
      String value = switch (k % 3) {
        case 0 -> "\"arn\":\"arn:aws:ec2:us-east-1:111122223333:instance/i-" + i + "-" + k + "\"";
        case 1 -> "\"url\":\"https://runbooks.example.com/incident/" + i + "/" + k + "\"";
        default -> "\"metricDefinition\":\"{\\\"metric\\\":\\\"CPU\\\",\\\"id\\\":" + i + k + "}\"";
      };
      String type = switch (k % 3) {
        case 0 -> "INVOLVED_RESOURCE";
        case 1 -> "OTHER";
        default -> "METRIC";
      };
      items.append("{\"title\":\"item ").append(k).append("\",\"identifier\":{\"type\":\"").append(type)
          .append("\",\"value\":{").append(value).append("}}}");
    }
    return "{\"responsePlanArn\":\"" + PLAN + "\",\"title\":\"incident " + i + "\",\"impact\":" + (1 + i % 5)
        + ",\"relatedItems\":[" + items + "]}";
  }

  /** Walks up to {@code pages} pages of ListIncidentRecords and prints the page times. */
  private void walk(String what, String bodyStart, int pages) throws Exception {
    for (int warm = 0; warm < 300; warm++) {
      post("/listIncidentRecords", bodyStart + "}");
    }
    List<Double> millis = new ArrayList<>();
    String token = null;
    do {
      String body = bodyStart + (token == null ? "" : ",\"nextToken\":\"" + token + "\"") + "}";
      long t0 = System.nanoTime();
      String answer = post("/listIncidentRecords", body);
      millis.add((System.nanoTime() - t0) / 1e6);
      Matcher m = TOKEN.matcher(answer);
      token = m.find() ? m.group(1) : null;
    } while (token != null && millis.size() < pages);
    print(what, millis);
  }

  /** Sends {@code count} requests (after as many to warm up) and prints their times. */
  private void pages(String what, IntFunction<String> path, IntFunction<String> body, int count) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < 2 * count; i++) {
      long t0 = System.nanoTime();
      String b = body.apply(i);
      String answer = b == null ? get(path.apply(i)) : post(path.apply(i), b);
      if (answer.contains("\"message\"")) {
        throw new IllegalStateException(what + " failed: " + answer);
      }
      if (i >= count) {
        millis.add((System.nanoTime() - t0) / 1e6);
      }
    }
    print(what, millis);
  }

  private static void print(String what, List<Double> millis) {
    Collections.sort(millis);
    System.out.printf("%s: %d requests; median %.2f ms, p99 %.2f ms, max %.2f ms%n", what, millis.size(),
        millis.get(millis.size() / 2), millis.get((int) Math.floor(millis.size() * 0.99)),
        millis.get(millis.size() - 1));
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", AUTH).GET().build();
    return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
  }

  private String post(String path, String json) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", AUTH)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
