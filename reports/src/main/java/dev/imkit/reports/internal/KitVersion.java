package dev.imkit.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version, from the resource the build writes ({@code imkit/kit-version.properties}). */
public final class KitVersion {
  public static final String CURRENT = read();

  private KitVersion() {
  }

  private static String read() {
    try (InputStream in = KitVersion.class.getResourceAsStream("/imkit/kit-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
