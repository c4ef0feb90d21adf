package dev.imkit.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;

/** Walks an SDK response and asserts every enum it holds parsed to a constant the SDK knows. */
public final class SdkEnums {
  private SdkEnums() {
  }

  /** Returns how many enum values were checked. */
  public static int assertKnown(Object value) {
    if (value instanceof SdkPojo pojo) {
      int n = 0;
      for (Method m : pojo.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().getPackageName().startsWith("software.amazon.awssdk.services")) {
          n += check(pojo, m);
        }
      }
      return n;
    }
    if (value instanceof Collection<?> c) {
      return c.stream().mapToInt(SdkEnums::assertKnown).sum();
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().mapToInt(SdkEnums::assertKnown).sum();
    }
    return 0;
  }

  private static int check(Object owner, Method m) {
    Object v = invoke(owner, m);
    if (v instanceof Enum<?> e) {
      assertThat(e.name()).as(owner.getClass().getSimpleName() + "." + m.getName()).isNotEqualTo(
          "UNKNOWN_TO_SDK_VERSION");
      return 1;
    }
    if (m.getName().equals("toBuilder") || m.getName().equals("sdkFields") || m.getName().equals("type")) {
      return 0;
    }
    return v instanceof SdkPojo || v instanceof Collection<?> || v instanceof Map<?, ?> ? assertKnown(v) : 0;
  }

  private static Object invoke(Object owner, Method m) {
    try {
      return m.invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }
}
