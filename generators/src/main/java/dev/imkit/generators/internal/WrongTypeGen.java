package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.schemas.api.Shape;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value of another JSON type than the shape's, most natural mistake first: a number for a string, a string
 * for a number, an ISO-8601 string for an epoch-seconds timestamp, a fraction for an integer. A fraction lies
 * within the integer's range, so that under JSON Schema too it breaks the type and not also the range.
 */
final class WrongTypeGen implements Gen {
  private enum Wrong { STRING, NUMBER, FRACTION, ISO_TIME, BOOLEAN, OBJECT, ARRAY }

  private final Wrong[] options;
  private final long fractionFrom;
  private final long fractionSpan;

  WrongTypeGen(Shape shape) {
    long min = shape.min().orElse(Integer.MIN_VALUE);
    long max = shape.max().orElse(Integer.MAX_VALUE);
    this.fractionFrom = Math.max(min, Math.min(0, max - 1));
    this.fractionSpan = Math.min(max - fractionFrom - 1, 1000);
    this.options = switch (shape.kind()) {
      case STRING, ENUM -> new Wrong[] {Wrong.NUMBER, Wrong.BOOLEAN, Wrong.OBJECT, Wrong.ARRAY};
      case INTEGER -> fractionSpan >= 0 ? new Wrong[] {Wrong.STRING, Wrong.FRACTION, Wrong.BOOLEAN, Wrong.ARRAY}
          : new Wrong[] {Wrong.STRING, Wrong.BOOLEAN, Wrong.ARRAY};
      case BOOLEAN -> new Wrong[] {Wrong.STRING, Wrong.NUMBER, Wrong.OBJECT};
      case TIMESTAMP -> new Wrong[] {Wrong.ISO_TIME, Wrong.BOOLEAN, Wrong.OBJECT};
      case STRUCTURE, UNION, MAP -> new Wrong[] {Wrong.STRING, Wrong.ARRAY, Wrong.NUMBER, Wrong.BOOLEAN};
      case LIST -> new Wrong[] {Wrong.OBJECT, Wrong.STRING, Wrong.NUMBER};
    };
  }

  @Override
  public JsonNode next(Run run) {
    Source s = run.source;
    return switch (options[s.pick(options.length)]) {
      case STRING -> TextNode.valueOf(String.valueOf(1 + s.uniform(99)));
      case NUMBER -> IntNode.valueOf((int) s.uniform(1000));
      case FRACTION -> DecimalNode.valueOf(BigDecimal.valueOf(fractionFrom + s.uniform(fractionSpan))
          .add(BigDecimal.valueOf(5, 1)));
      case ISO_TIME -> TextNode.valueOf(Instant.ofEpochSecond(ScalarGens.EPOCH_FROM
          + s.uniform(ScalarGens.EPOCH_TO - 1 - ScalarGens.EPOCH_FROM)).toString());
      case BOOLEAN -> BooleanNode.valueOf(s.pick(2) == 1);
      case OBJECT -> JsonNodeFactory.instance.objectNode();
      case ARRAY -> JsonNodeFactory.instance.arrayNode().add(TextGen.text(s, s.length(0, 8)));
    };
  }
}
