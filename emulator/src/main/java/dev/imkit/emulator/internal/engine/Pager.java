package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.api.Fault;
import dev.imkit.schemas.api.Contract;
import dev.imkit.schemas.api.Operation;
import dev.imkit.schemas.api.Paginator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pages over a sorted map. The token is the base64 of the operation and the last key sent, so a walk resumes
 * after that key however the map changed meanwhile: every item present for the whole walk comes exactly
 * once, and a page costs what its items cost (plus items a filter skips).
 */
public final class Pager {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Contract contract;
  private final Faults faults;

  public Pager(Contract contract, Faults faults) {
    this.contract = contract;
    this.faults = faults;
  }

  /**
   * One page.
   *
   * @param items the page's items
   * @param nextToken the token of the next page, or {@code null} on the last
   */
  public record Page<V>(List<V> items, String nextToken) {
  }

  /** How keys are written into tokens and read back; {@code decode} throws on text it did not write. */
  public record KeyCodec<K>(Function<K, String> encode, Function<String, K> decode) {
    /** Keys that are strings. */
    public static final KeyCodec<String> TEXT = new KeyCodec<>(k -> k, k -> k);
    /** Keys that are longs. */
    public static final KeyCodec<Long> NUMBER = new KeyCodec<>(String::valueOf, Long::valueOf);
  }

  /** The page of {@code map} the input asks for, items kept by {@code filter}. */
  public <K, V> Page<V> page(Operation op, JsonNode input, NavigableMap<K, V> map, KeyCodec<K> codec,
      Predicate<? super V> filter) {
    int limit = limit(op, input);
    K after = after(op, input, codec);
    NavigableMap<K, V> rest = after == null ? map : map.tailMap(after, faults.has(Fault.REPEAT_ACROSS_PAGES)
        && limit > 1);
    List<V> items = new ArrayList<>(Math.min(limit, 16));
    K last = null;
    boolean more = false;
    for (Map.Entry<K, V> e : rest.entrySet()) {
      if (!filter.test(e.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        more = true;
        break;
      }
      items.add(e.getValue());
      last = e.getKey();
    }
    K resumeAt = more ? last : endless(last, after);
    return new Page<>(items, resumeAt == null ? null : token(op, codec.encode().apply(resumeAt)));
  }

  private <K> K endless(K last, K after) {
    if (!faults.has(Fault.ENDLESS_PAGINATION)) {
      return null;
    }
    return last != null ? last : after;
  }

  /** The page size: {@code maxResults}, else the contract's maximum for it. */
  public int limit(Operation op, JsonNode input) {
    Paginator p = op.paginator().orElseThrow();
    String sizeShape = contract.shape(op.input()).members().get(p.pageSize()).target();
    int max = (int) contract.shape(sizeShape).max().orElse(100);
    JsonNode size = input.get(p.pageSize());
    if (size == null || !size.canConvertToInt() || faults.has(Fault.IGNORE_MAX_RESULTS)) {
      return max;
    }
    return Math.max(1, Math.min(max, size.intValue()));
  }

  private <K> K after(Operation op, JsonNode input, KeyCodec<K> codec) {
    String token = Json.text(input, op.paginator().orElseThrow().inputToken());
    if (token == null) {
      return null;
    }
    try {
      String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
      String prefix = op.name() + "|";
      if (!text.startsWith(prefix)) {
        throw new IllegalArgumentException("token of another operation");
      }
      return codec.decode().apply(text.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw Errors.validation("The nextToken is not valid: it was not returned by " + op.name());
    }
  }

  private static String token(Operation op, String key) {
    return ENCODER.encodeToString((op.name() + "|" + key).getBytes(StandardCharsets.UTF_8));
  }
}
