package dev.imkit.schemas.internal;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901): building, escaping and splitting. */
public final class Pointers {
  private Pointers() {
  }

  /** The pointer for a path of member names and list indexes. */
  static String of(List<Object> path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Object segment : path) {
      sb.append('/').append(segment instanceof String s ? escape(s) : segment.toString());
    }
    return sb.toString();
  }

  /** The pointer of a member under {@code parent}. */
  public static String child(String parent, String member) {
    return parent + "/" + escape(member);
  }

  /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The unescaped reference tokens of a pointer. */
  public static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
