package dev.imkit.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a baseline file line by line, strictly as UTF-8, so that a file saved in another encoding is refused
 * with its name, the line and the byte, never with a bare {@code MalformedInputException}.
 */
public final class BaselineFile {
  /** One check ID of the file and the line it is on. */
  public record Line(int number, String id, String reason) {
  }

  private BaselineFile() {
  }

  /** The check IDs of {@code file}, each with its line; blank lines and comments are left out. */
  public static List<Line> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the baseline " + file + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      throw new IllegalArgumentException("baseline " + file + " line 1: the file is UTF-16 text; save it as UTF-8");
    }
    List<Line> lines = new ArrayList<>();
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    int number = 1;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        parse(file, number++, decode(file, number - 1, bytes, start, i)).ifPresent(lines::add);
        start = i + 1;
      }
    }
    return lines;
  }

  private static String decode(Path file, int number, byte[] bytes, int from, int to) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer line = ByteBuffer.wrap(bytes, from, to - from);
    try {
      return utf8.decode(line).toString();
    } catch (CharacterCodingException e) {
      int bad = line.position() < to ? bytes[line.position()] & 0xFF : bytes[from] & 0xFF;
      throw new IllegalArgumentException("baseline " + file + " line " + number + ": not UTF-8 text (byte 0x"
          + Integer.toHexString(bad).toUpperCase(Locale.ROOT) + "): save the file as UTF-8");
    }
  }

  private static java.util.Optional<Line> parse(Path file, int number, String text) {
    int hash = text.indexOf('#');
    String id = (hash >= 0 ? text.substring(0, hash) : text).strip();
    String reason = hash >= 0 ? text.substring(hash + 1).strip() : "";
    if (id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("baseline " + file + " line " + number + ": expected one check ID, found '"
          + id + "' (one ID a line; put reasons after a #)");
    }
    return id.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Line(number, id, reason));
  }
}
