package dev.imkit.suites.internal.checks.sdk;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * The enum members of an SDK answer whose value the SDK did not know ({@code UNKNOWN_TO_SDK_VERSION}), with the
 * raw value ({@code xAsString()}): found by walking the SDK object's fields and enum getters.
 */
final class UnknownEnums {
  private static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  private UnknownEnums() {
  }

  /** {@code path=raw value} for each unknown enum value in {@code pojo}. */
  static List<String> in(SdkPojo pojo) {
    List<String> out = new ArrayList<>();
    walk(pojo, "", out);
    return out;
  }

  private static void walk(Object value, String path, List<String> out) {
    if (value instanceof SdkPojo pojo) {
      enums(pojo, path, out);
      for (SdkField<?> field : pojo.sdkFields()) {
        walk(field.getValueOrDefault(pojo), path + "/" + field.locationName(), out);
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "/" + i++, out);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "/" + k, out));
    }
  }

  /** The enum getters of the object, and list getters of enums, checked for the unknown constant. */
  private static void enums(SdkPojo pojo, String path, List<String> out) {
    for (Method m : pojo.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || !m.getDeclaringClass().getName().startsWith("software.amazon.awssdk.services.ssmincidents.model")) {
        continue;
      }
      Object result = invoke(pojo, m);
      if (result instanceof Enum<?> e && e.name().equals(UNKNOWN)) {
        out.add(path + "/" + m.getName() + "=" + raw(pojo, m.getName()));
      } else if (result instanceof Collection<?> items) {
        for (Object item : items) {
          if (item instanceof Enum<?> e && e.name().equals(UNKNOWN)) {
            out.add(path + "/" + m.getName() + "=" + raw(pojo, m.getName()));
          }
        }
      }
    }
  }

  /** The raw value the SDK kept: {@code xAsString()}, or {@code xAsStrings()} for a list. */
  private static Object raw(SdkPojo pojo, String getter) {
    for (String suffix : new String[] {"AsString", "AsStrings"}) {
      try {
        return pojo.getClass().getMethod(getter + suffix).invoke(pojo);
      } catch (ReflectiveOperationException e) {
        // try the list form
      }
    }
    return "?";
  }

  private static Object invoke(Object target, Method m) {
    try {
      return m.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
