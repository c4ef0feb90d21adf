package dev.imkit.generators.internal;

import dev.imkit.schemas.api.Shape;

/**
 * Where a value is generated: its shape, its pointer template, and the structure and member it belongs to
 * (both {@code null} for list items, map keys and values, and the root).
 */
record Place(Shape shape, String pointer, Shape parent, String member) {
}
