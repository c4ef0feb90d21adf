package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Generates one JSON value from a run's choices; any choices give a value of the same kind. */
interface Gen {
  JsonNode next(Run run);
}
