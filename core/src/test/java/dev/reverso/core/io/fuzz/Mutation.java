package dev.reverso.core.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One change to the bytes of a valid file. The three numbers pick positions, lengths, tokens and donors
 * modulo what the input offers, so that any mutation applies to any input and jqwik can shrink them.
 *
 * @param kind what to do
 * @param a usually the position (modulo the input length)
 * @param b usually a length, a second position or a token
 * @param c usually a donor, a token or a seed for random bytes
 */
public record Mutation(Kind kind, int a, int b, int c) {

  /** The kinds of change. */
  public enum Kind {
    /** Flips one bit. */
    FLIP_BIT,
    /** Sets one byte to any value. */
    SET_BYTE,
    /** Inserts 1 to 16 random bytes. */
    INSERT_RANDOM,
    /** Deletes 1 to 64 bytes. */
    DELETE_RANGE,
    /** Cuts the input short. */
    TRUNCATE,
    /** Repeats a range of up to 256 bytes. */
    DUPLICATE_RANGE,
    /** Inserts a fragment of up to 2 000 bytes of another file (of any format). */
    SPLICE,
    /** Replaces a range with a fragment of another file. */
    OVERWRITE_WITH_DONOR,
    /** Inserts a hostile token (huge number, deep nesting, invalid UTF-8, odd Unicode, megabyte text...). */
    INSERT_TOKEN,
    /** Replaces a whole value (a JSON value or a CSV cell) by a hostile token: wrong types and so on. */
    REPLACE_VALUE,
    /** Repeats a whole line (in pretty JSON: a duplicate key or array element). */
    DUPLICATE_LINE,
    /** Deletes a whole line. */
    DELETE_LINE,
    /** Swaps two lines. */
    SWAP_LINES
  }

  /** Where values are in an input of a given syntax. */
  public enum Syntax {
    /** JSON: values follow {@code :}, {@code [} or {@code ,}. */
    JSON,
    /** CSV: cells lie between commas and line ends. */
    CSV
  }

  /** Applies the mutation; the input is not changed. */
  public byte[] apply(byte[] in, Syntax syntax, List<byte[]> donors, List<byte[]> tokens) {
    int n = in.length;
    int at = pos(a, n);
    switch (kind) {
      case FLIP_BIT: {
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        int i = Math.min(at, n - 1);
        out[i] ^= (byte) (1 << Math.floorMod(b, 8));
        return out;
      }
      case SET_BYTE: {
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[Math.min(at, n - 1)] = (byte) b;
        return out;
      }
      case INSERT_RANDOM: {
        byte[] bytes = new byte[Math.floorMod(b, 16) + 1];
        SplittableRandom r = new SplittableRandom(c);
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) r.nextInt(256);
        }
        return replace(in, at, at, bytes);
      }
      case DELETE_RANGE:
        return replace(in, at, Math.min(n, at + Math.floorMod(b, 64) + 1), new byte[0]);
      case TRUNCATE:
        return Arrays.copyOf(in, at);
      case DUPLICATE_RANGE: {
        int end = Math.min(n, at + Math.floorMod(b, 256) + 1);
        return replace(in, at, at, Arrays.copyOfRange(in, at, end));
      }
      case SPLICE:
        return replace(in, at, at, fragment(donors, b, c));
      case OVERWRITE_WITH_DONOR: {
        byte[] piece = fragment(donors, b, c);
        return replace(in, at, Math.min(n, at + piece.length), piece);
      }
      case INSERT_TOKEN:
        return replace(in, at, at, tokens.get(Math.floorMod(b, tokens.size())));
      case REPLACE_VALUE: {
        List<int[]> spans = syntax == Syntax.JSON ? jsonValues(in) : csvCells(in);
        if (spans.isEmpty()) {
          return in;
        }
        int[] span = spans.get(Math.floorMod(a, spans.size()));
        return replace(in, span[0], span[1], tokens.get(Math.floorMod(b, tokens.size())));
      }
      case DUPLICATE_LINE: {
        List<int[]> lines = lines(in);
        int[] line = lines.get(Math.floorMod(a, lines.size()));
        return replace(in, line[1], line[1], Arrays.copyOfRange(in, line[0], line[1]));
      }
      case DELETE_LINE: {
        List<int[]> lines = lines(in);
        int[] line = lines.get(Math.floorMod(a, lines.size()));
        return replace(in, line[0], line[1], new byte[0]);
      }
      case SWAP_LINES: {
        List<int[]> lines = lines(in);
        int[] x = lines.get(Math.floorMod(a, lines.size()));
        int[] y = lines.get(Math.floorMod(b, lines.size()));
        if (x[0] > y[0]) {
          int[] t = x;
          x = y;
          y = t;
        }
        if (x[0] == y[0]) {
          return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(in, 0, x[0]);
        out.write(in, y[0], y[1] - y[0]);
        out.write(in, x[1], y[0] - x[1]);
        out.write(in, x[0], x[1] - x[0]);
        out.write(in, y[1], n - y[1]);
        return out.toByteArray();
      }
      default:
        throw new AssertionError(kind);
    }
  }

  /** Applies the mutations in order. */
  public static byte[] applyAll(List<Mutation> mutations, byte[] in, Syntax syntax, List<byte[]> donors,
      List<byte[]> tokens) {
    byte[] out = in;
    for (Mutation m : mutations) {
      out = m.apply(out, syntax, donors, tokens);
    }
    return out;
  }

  private static int pos(int x, int n) {
    return Math.floorMod(x, n + 1);
  }

  private static byte[] fragment(List<byte[]> donors, int b, int c) {
    byte[] donor = donors.get(Math.floorMod(c, donors.size()));
    int start = pos(b, donor.length);
    int len = Math.min(donor.length - start, Math.floorMod(b ^ c, 2000) + 1);
    return Arrays.copyOfRange(donor, start, start + len);
  }

  private static byte[] replace(byte[] in, int from, int to, byte[] with) {
    byte[] out = new byte[in.length - (to - from) + with.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(with, 0, out, from, with.length);
    System.arraycopy(in, to, out, from + with.length, in.length - to);
    return out;
  }

  /** Each line as [start, end), the end including its line feed; at least one (possibly empty) line. */
  static List<int[]> lines(byte[] in) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < in.length || out.isEmpty()) {
      out.add(new int[] {start, in.length});
    }
    return out;
  }

  /** Each cell as [start, end), not counting separators; quotes are not interpreted. */
  static List<int[]> csvCells(byte[] in) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= in.length; i++) {
      if (i == in.length || in[i] == ',' || in[i] == '\n') {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * Each JSON value as [start, end): whatever starts after {@code :}, {@code [} or {@code ,} (blanks
   * skipped), ending with its closing quote or bracket, or before the next separator.
   */
  static List<int[]> jsonValues(byte[] in) {
    List<int[]> out = new ArrayList<>();
    boolean inString = false;
    byte last = 0;
    for (int i = 0; i < in.length; i++) {
      byte ch = in[i];
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          inString = false;
          last = ch;
        }
        continue;
      }
      if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
        continue;
      }
      if ((last == ':' || last == '[' || last == ',') && ch != ']' && ch != '}') {
        int end = valueEnd(in, i);
        if (end > i && !(last != ':' && ch == '"' && followedByColon(in, end))) {
          out.add(new int[] {i, end});
        }
      }
      if (ch == '"') {
        inString = true;
      }
      last = ch;
    }
    return out;
  }

  private static boolean followedByColon(byte[] in, int i) {
    while (i < in.length && (in[i] == ' ' || in[i] == '\n' || in[i] == '\r' || in[i] == '\t')) {
      i++;
    }
    return i < in.length && in[i] == ':';
  }

  private static int valueEnd(byte[] in, int start) {
    byte first = in[start];
    if (first == '"') {
      for (int i = start + 1; i < in.length; i++) {
        if (in[i] == '\\') {
          i++;
        } else if (in[i] == '"') {
          return i + 1;
        }
      }
      return in.length;
    }
    if (first == '[' || first == '{') {
      int depth = 0;
      boolean inString = false;
      for (int i = start; i < in.length; i++) {
        byte ch = in[i];
        if (inString) {
          if (ch == '\\') {
            i++;
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
        } else if (ch == '[' || ch == '{') {
          depth++;
        } else if (ch == ']' || ch == '}') {
          if (--depth == 0) {
            return i + 1;
          }
        }
      }
      return in.length;
    }
    int i = start;
    while (i < in.length && ",]}\n\r\t ".indexOf(in[i]) < 0) {
      i++;
    }
    return i;
  }

  /** UTF-8 bytes of a text, for token lists. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
