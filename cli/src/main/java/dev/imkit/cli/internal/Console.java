package dev.imkit.cli.internal;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes and what it reads from its surroundings: standard output for results, standard error
 * for progress and errors, whether standard error is a terminal, and the environment ({@code IMKIT_*}).
 * Passed in rather than read from {@code System}, so tests run commands in-process.
 *
 * @param out results
 * @param err progress and errors
 * @param terminal whether progress may be redrawn in place with {@code \r}
 * @param environment the process environment
 */
record Console(PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> environment) {
  Console {
    environment = Map.copyOf(environment);
  }
}
