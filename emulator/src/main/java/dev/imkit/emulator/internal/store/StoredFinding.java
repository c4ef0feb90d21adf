package dev.imkit.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A finding of an incident.
 *
 * @param id its id
 * @param creationTime epoch millis
 * @param lastModifiedTime epoch millis
 * @param details the FindingDetails union
 */
public record StoredFinding(String id, long creationTime, long lastModifiedTime, ObjectNode details) {
}
