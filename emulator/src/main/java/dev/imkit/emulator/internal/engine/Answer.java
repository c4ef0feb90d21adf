package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer.
 *
 * @param status the HTTP status
 * @param body the JSON body, or {@code null} for none
 */
public record Answer(int status, JsonNode body) {
}
