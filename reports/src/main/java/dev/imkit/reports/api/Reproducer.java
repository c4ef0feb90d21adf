package dev.imkit.reports.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.imkit.reports.internal.curl.CurlScript;
import org.apiguardian.api.API;

/**
 * A standalone reproducer of a check's failing sequence that needs no imkit: a bash script with one {@code curl}
 * command per call, up to the one the verdict rests on, signed by curl itself ({@code --aws-sigv4}, curl 7.75 or
 * later) with credentials taken from the environment ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY},
 * {@code AWS_SESSION_TOKEN}), never written out. The JSON bodies are as sent; identifiers the target chose (an
 * incident's ARN, a page token) are taken from the earlier answers as the script runs.
 *
 * <pre>{@code
 * Files.writeString(Path.of("repro.sh"), Reproducer.curl(result, run));
 * // IMKIT_ENDPOINT=http://localhost:4566 bash repro.sh
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Reproducer {
  private Reproducer() {
  }

  /** The script reproducing {@code result}'s calls against the target of {@code run}; {@code ""} if it made none. */
  public static String curl(CheckResult result, RunInfo run) {
    return CurlScript.of(result, run);
  }
}
