package dev.imkit.suites.internal.run;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a check's record says when the kit itself threw (an exception no check raises on purpose): that it is a
 * defect of imkit and not a verdict on the target, with the exception and the kit's frames where it happened, so
 * the report alone is enough to report it.
 */
final class KitDefect {
  private static final int FRAMES = 6;

  private KitDefect() {
  }

  static String describe(RuntimeException e) {
    String frames = Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("dev.imkit."))
        .limit(FRAMES).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
    return "the kit failed while judging this check (a defect of imkit, not a verdict on the target; please report "
        + "it with this record): " + e + (frames.isEmpty() ? "" : " at " + frames);
  }
}
