package dev.imkit.benchmarks.reports;

import dev.imkit.reports.api.Category;
import dev.imkit.reports.api.CheckResult;
import dev.imkit.reports.api.ExchangeRecord;
import dev.imkit.reports.api.Level;
import dev.imkit.reports.api.CheckStatus;
import dev.imkit.reports.api.Coverage;
import dev.imkit.reports.api.HtmlReport;
import dev.imkit.reports.api.Results;
import dev.imkit.reports.api.RunInfo;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The report at scale: writes {@code results.jsonl} with 100,000 realistic check records (the 31 operations, every
 * category, mostly passes with some failures, known failures, advisories and skips; request and response text of a
 * few hundred bytes as the suites record them), then times {@code Results.read} and {@code HtmlReport.write} in
 * this JVM, three rounds (the first one cold). Prints seconds and file sizes.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.imkit.benchmarks.reports.RenderBenchmark [records] [dir]}</pre>
 */
public final class RenderBenchmark {
  private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::name).toList();
  private static final int ROUNDS = 3;

  private RenderBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("imkit-render");
    Path jsonl = dir.resolve(Results.FILE_NAME);
    Path html = dir.resolve("report.html");
    write(records(count), jsonl);
    System.out.printf("%,d records, %s: %.1f MiB%n", count, jsonl, mib(jsonl));
    for (int round = 1; round <= ROUNDS; round++) {
      long t0 = System.nanoTime();
      List<CheckResult> results = Results.read(jsonl);
      long t1 = System.nanoTime();
      HtmlReport.write(run(), results, Optional.empty(), coverage(), html);
      long t2 = System.nanoTime();
      System.out.printf("round %d: Results.read %.2f s + HtmlReport.write %.2f s = %.2f s (%,d records)%n", round,
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, results.size());
    }
    System.out.printf("%s: %.1f MiB%n", html, mib(html));
  }

  /** A seeded, repeatable mix: 88% pass, 5% skip, 3% fail, 2% known, 2% advisory. */
  static List<CheckResult> records(int count) {
    List<Operation> operations = Contract.current().operations();
    SplittableRandom random = new SplittableRandom(20261130);
    return IntStream.range(0, count).mapToObj(i -> {
      Operation op = operations.get(i % operations.size());
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      int roll = random.nextInt(100);
      CheckStatus status = roll < 88 ? CheckStatus.PASS : roll < 93 ? CheckStatus.SKIP : roll < 96 ? CheckStatus.FAIL
          : roll < 98 ? CheckStatus.KNOWN : CheckStatus.ADVISORY;
      return record(i, op, category, status, random);
    }).toList();
  }

  private static CheckResult record(int i, Operation op, String category, CheckStatus status,
      SplittableRandom random) {
    String id = category.substring(0, 3) + "-" + op.name() + "-" + i;
    String rule = op.name() + "Input.member" + (i % 17);
    boolean sent = status != CheckStatus.SKIP;
    String message = switch (status) {
      case PASS -> "";
      case SKIP -> "the security profile is opt-in: run with --profile security";
      case ADVISORY -> "X-Amzn-ErrorType carries no ':' suffix (SHOULD, inferred from the real service)";
      default -> op.name() + ": success code " + op.successCode() + " (@http): expected HTTP " + op.successCode()
          + " for a valid call; the target answered 200 {\"arn\":\"arn:aws:ssm-incidents::123456789012:x/" + i
          + "\"}";
    };
    List<ExchangeRecord> exchanges = sent ? List.of(exchange(op, i)) : List.of();
    return new CheckResult(id, Category.valueOf(category), List.of(op.name()), List.of(rule, op.name() + "#http.code"),
        status == CheckStatus.ADVISORY ? Level.SHOULD : Level.MUST, "2021-05-10", "2023-11-16", status,
        20 + random.nextInt(400), message, null, exchanges, exchanges.isEmpty() ? -1 : 0, "20261130" + i,
        sent ? 1 + random.nextInt(6) : 0, "", List.of());
  }

  private static ExchangeRecord exchange(Operation op, int i) {
    return new ExchangeRecord(ExchangeRecord.Role.CHECK, op.name(), op.method(), "http://127.0.0.1:44051" + op.uri(),
        Map.of("Authorization", List.of("<redacted>"), "Content-Type", List.of("application/json"),
            "x-amz-content-sha256", List.of("32a98c6fa1b5ef24381b4a7aab350b329207043d05004fc1a726b75a9fcee80a"),
            "X-Amz-Date", List.of("20261130T184143Z")),
        "{\"incidentRecordArn\":\"arn:aws:ssm-incidents:us-east-1:123456789012:incident-record/imkit-1f98ac91-plan-1/"
            + i + "\",\"title\":\"<b>imkit & co</b>\"}", 200,
        Map.of("Content-type", List.of("application/json"), "Date", List.of("Mon, 30 Nov 2026 18:41:43 GMT"),
            "X-amzn-requestid", List.of("e775377a-74ba-4ccf-80e7-8353ebaf8f0f")),
        "{\"findings\":[],\"errors\":[{\"findingId\":\"imkit-" + i
            + "\",\"code\":\"ResourceNotFoundException\",\"message\":\"Finding does not exist\"}]}", 3);
  }

  private static void write(List<CheckResult> records, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (CheckResult r : records) {
        out.write(r.toJson());
        out.write('\n');
      }
    }
  }

  private static RunInfo run() {
    return new RunInfo("http://127.0.0.1:4566", "2023-11-16", true, "full", "20261130", "benchmark",
        Instant.parse("2026-11-30T18:40:00Z"), 3_600_000, 350_000, "imkit run --seed 20261130", true);
  }

  private static Coverage coverage() {
    return new Coverage(601, 801, Map.of(Category.PROTOCOL, new Coverage.Part(31, 31)), List.of());
  }

  private static double mib(Path file) throws IOException {
    return Files.size(file) / 1048576.0;
  }
}
