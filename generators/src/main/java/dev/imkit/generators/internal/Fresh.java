package dev.imkit.generators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.imkit.generators.api.GenerationContext;
import dev.imkit.schemas.api.Operation;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The values each call needs its own of, renewed in a copy of a document: the idempotency token (the same token
 * with another input is a conflict), names that must be unique (the same name twice is a conflict) and what
 * identifies an added item. Lengths are kept, so a name at its maximum length stays at it. Tokens and names carry
 * the context's name prefix (unique per run), so a run repeated with the same seed meets none of its own.
 */
final class Fresh {
  private Fresh() {
  }

  static ObjectNode values(Operation op, GenerationContext ctx, ObjectNode document, Set<String> keep,
      Random random) {
    ObjectNode out = document.deepCopy();
    op.idempotencyToken().filter(t -> out.has(t) && !keep.contains("/" + t))
        .ifPresent(t -> out.put(t, idempotencyToken(ctx, random)));
    for (String pointer : DomainTable.uniqueNames(op)) {
      JsonNode old = out.at(pointer);
      if (old.isTextual() && !keep.contains(pointer)) {
        Docs.set(out, Docs.steps(pointer), TextNode.valueOf(name(ctx, old.asText().length(), random)));
      }
    }
    for (String pointer : DomainTable.uniqueValues(op)) {
      JsonNode old = out.at(pointer);
      if (old.isTextual() && !keep.contains(pointer)) {
        Docs.set(out, Docs.steps(pointer), TextNode.valueOf(suffixed(old.asText(), random)));
      }
    }
    return out;
  }

  /**
   * A random idempotency token, salted by the context's name prefix (unique per run): a target keeps tokens across
   * runs, and a later run with the same seed must not send one of them with another input.
   */
  private static String idempotencyToken(GenerationContext ctx, Random random) {
    return new UUID(random.nextLong() ^ ((long) ctx.namePrefix().hashCode() << 32), random.nextLong()).toString();
  }

  /** A name of {@code length} characters: the context's prefix and random characters where there is room. */
  private static String name(GenerationContext ctx, int length, Random random) {
    String prefixed = ctx.namePrefix() + token(random, 12);
    String base = prefixed.length() <= length ? prefixed : token(random, length);
    return base + token(random, length - base.length());
  }

  /** The value with its last 8 characters (or fewer, for a short one) made random. */
  private static String suffixed(String value, Random random) {
    int n = Math.min(8, value.length() / 2);
    return value.substring(0, value.length() - n) + token(random, n);
  }

  private static String token(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(Tokens.LOWER_ALNUM.charAt(random.nextInt(Tokens.LOWER_ALNUM.length())));
    }
    return s.toString();
  }
}
