package dev.imkit.suites.internal.checks.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between contract JSON documents (model member names, epoch-second timestamps) and AWS SDK for Java v2
 * objects, through the SDK's own field metadata ({@link SdkPojo#sdkFields()}), so no operation is hand-written.
 * ({@code SdkWireTest} uses it too, to prove the schemas and the SDK agree.)
 */
final class SdkJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SdkJson() {
  }

  /** Fills an SDK builder from a document and builds it. */
  static Object build(SdkPojo builder, JsonNode doc) {
    Map<String, SdkField<?>> fields = new LinkedHashMap<>();
    builder.sdkFields().forEach(f -> fields.put(f.locationName(), f));
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SdkField<?> field = fields.get(e.getKey());
      if (field == null) {
        throw new IllegalArgumentException("the SDK has no member '" + e.getKey() + "' on " + builder.getClass());
      }
      field.set(builder, value(field, e.getValue()));
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static Object value(SdkField<?> field, JsonNode v) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return v.asText();
    } else if (type == MarshallingType.INTEGER) {
      return v.intValue();
    } else if (type == MarshallingType.LONG) {
      return v.longValue();
    } else if (type == MarshallingType.BOOLEAN) {
      return v.booleanValue();
    } else if (type == MarshallingType.INSTANT) {
      BigDecimal seconds = v.decimalValue();
      long whole = seconds.longValue();
      return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
    } else if (type == MarshallingType.SDK_POJO) {
      return build(field.constructor().get(), v);
    } else if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      v.forEach(item -> list.add(value(member, item)));
      return list;
    } else if (type == MarshallingType.MAP) {
      SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      v.fields().forEachRemaining(e -> map.put(e.getKey(), value(valueField, e.getValue())));
      return map;
    }
    throw new IllegalArgumentException("unsupported SDK type " + type + " for " + field.locationName());
  }

  /** The document of an SDK object: members set, by their wire names. */
  static ObjectNode json(SdkPojo pojo) {
    ObjectNode out = F.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object v = field.getValueOrDefault(pojo);
      JsonNode j = v == null ? null : json(field, v);
      if (j != null) {
        out.set(field.locationName(), j);
      }
    }
    return out;
  }

  private static JsonNode json(SdkField<?> field, Object v) {
    if (v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return F.textNode(v.toString());
    } else if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
      return F.numberNode(((Number) v).longValue());
    } else if (type == MarshallingType.BOOLEAN) {
      return F.booleanNode((Boolean) v);
    } else if (type == MarshallingType.INSTANT) {
      Instant t = (Instant) v;
      return F.numberNode(BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9))
          .stripTrailingZeros());
    } else if (type == MarshallingType.SDK_POJO) {
      return json((SdkPojo) v);
    } else if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      ArrayNode a = F.arrayNode();
      ((List<?>) v).forEach(item -> a.add(json(member, item)));
      return a;
    } else if (type == MarshallingType.MAP) {
      SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
      ObjectNode o = F.objectNode();
      ((Map<?, ?>) v).forEach((k, item) -> o.set(k.toString(), json(valueField, item)));
      return o;
    }
    throw new IllegalArgumentException("unsupported SDK type " + type + " for " + field.locationName());
  }
}
