package dev.imkit.suites.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Puts values into documents at JSON pointers of member names, making the objects on the way. */
public final class Pointers {
  private Pointers() {
  }

  /** Sets {@code value} at {@code pointer} (members only), creating missing objects along it. */
  public static void put(ObjectNode doc, String pointer, JsonNode value) {
    String[] steps = pointer.substring(1).split("/");
    ObjectNode cur = doc;
    for (int i = 0; i < steps.length - 1; i++) {
      String step = unescape(steps[i]);
      JsonNode next = cur.get(step);
      cur = next instanceof ObjectNode o ? o : cur.putObject(step);
    }
    cur.set(unescape(steps[steps.length - 1]), value == null ? null : value.deepCopy());
  }

  private static String unescape(String step) {
    return step.replace("~1", "/").replace("~0", "~");
  }
}
