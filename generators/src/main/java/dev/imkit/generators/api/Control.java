package dev.imkit.generators.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A valid input of typical values (the kind a client sends every day: no empty strings, no extremes) that hosts
 * some places of the operation's input. A check breaks exactly one rule site of it, or varies one place to a valid
 * extreme, so that an answer that differs from the control's can only be caused by that change.
 *
 * @param operation the operation
 * @param name {@code ""} for the base control (required members only), else what it adds: {@code full} (every
 *     optional member, the first member of each union), the union members it chooses otherwise, or the one place
 *     it hosts alone
 * @param document the input (a copy is returned each time it is read through {@link #input()})
 * @param places the pointer templates of the places it hosts ({@code 0}: a list's first item, {@code *}: a map's
 *     first value, {@code {key}}: a map's first key)
 */
@API(status = EXPERIMENTAL)
public record Control(String operation, String name, ObjectNode document, List<String> places) {

  public Control {
    document = document.deepCopy();
    places = List.copyOf(places);
  }

  /** Whether this is the operation's base control: only required members. */
  public boolean isBase() {
    return name.isEmpty();
  }

  /** A copy of the input, to change or send. */
  public ObjectNode input() {
    return document.deepCopy();
  }

  /** Whether it hosts the place with this pointer template. */
  public boolean hosts(String place) {
    return places.contains(place);
  }
}
