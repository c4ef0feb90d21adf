package dev.imkit.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imkit.emulator.internal.hooks.PagingHook;
import dev.imkit.emulator.internal.wire.Errors;
import dev.imkit.emulator.internal.wire.Json;
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
 * once, and a page costs what its items cost (plus items a filter skips). The paging hook may change all that.
 */
public final class Pager {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Contract contract;
  private final PagingHook hook;

  public Pager(Contract contract, PagingHook hook) {
    this.contract = contract;
    this.hook = hook;
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
    String token = hook.readsTokens() ? Json.text(input, op.paginator().orElseThrow().inputToken()) : null;
    if (hook.countsOffsets()) {
      return byOffset(op, token == null ? 0 : decode(op, token, Long::valueOf), map, limit, filter);
    }
    K after = token == null ? null : decode(op, token, codec.decode());
    NavigableMap<K, V> rest = after == null ? map : map.tailMap(after, hook.resumesAtLastItem() && limit > 1);
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
    K resumeAt = more ? last : lastPageResume(last, after);
    return new Page<>(items, resumeAt == null ? null : token(op, codec.encode().apply(resumeAt)));
  }

  /** A page that starts after {@code skip} items, as offset tokens count them. */
  private <V> Page<V> byOffset(Operation op, long skip, NavigableMap<?, V> map, int limit,
      Predicate<? super V> filter) {
    List<V> items = new ArrayList<>(Math.min(limit, 16));
    long seen = 0;
    boolean more = false;
    for (V v : map.values()) {
      if (!filter.test(v) || seen++ < skip) {
        continue;
      }
      if (items.size() == limit) {
        more = true;
        break;
      }
      items.add(v);
    }
    boolean next = more || hook.tokenOnLastPage();
    return new Page<>(items, next ? token(op, Long.toString(skip + items.size())) : null);
  }

  private <K> K lastPageResume(K last, K after) {
    if (!hook.tokenOnLastPage()) {
      return null;
    }
    return last != null ? last : after;
  }

  /** The page size: {@code maxResults}, else the contract's maximum for it, as the hook sees it. */
  private int limit(Operation op, JsonNode input) {
    Paginator p = op.paginator().orElseThrow();
    String sizeShape = contract.shape(op.input()).members().get(p.pageSize()).target();
    int max = (int) contract.shape(sizeShape).max().orElse(100);
    JsonNode size = input.get(p.pageSize());
    int asked = size == null || !size.canConvertToInt() ? max : Math.max(1, Math.min(max, size.intValue()));
    return hook.pageSize(asked, max);
  }

  private static <K> K decode(Operation op, String token, Function<String, K> decode) {
    try {
      String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
      String prefix = op.name() + "|";
      if (!text.startsWith(prefix)) {
        throw new IllegalArgumentException("token of another operation");
      }
      return decode.apply(text.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw Errors.validation("The nextToken is not valid: it was not returned by " + op.name());
    }
  }

  private String token(Operation op, String key) {
    if (!hook.issuesTokens()) {
      return null;
    }
    return ENCODER.encodeToString((op.name() + "|" + key).getBytes(StandardCharsets.UTF_8));
  }
}
