package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** Carries out one operation: returns its output body (an empty object for operations without one). */
@FunctionalInterface
public interface Handler {
  JsonNode handle(Call call);
}
