package dev.reverso.core.io.fuzz;

import static dev.reverso.core.io.fuzz.Mutation.utf8;

import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile tokens and mutation lists for the fuzz properties. */
public final class Hostile {
  private Hostile() {}

  /** Text that is not valid UTF-8, and byte order marks where they do not belong. */
  static final ImmutableList<byte[]> BAD_BYTES = ImmutableList.of(
      new byte[] {(byte) 0xC0, (byte) 0x80},                         // overlong NUL
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},            // encoded high surrogate
      new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80},            // encoded low surrogate
      new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xFE, (byte) 0xFF},                         // UTF-16 byte order mark
      new byte[] {(byte) 0x80},                                      // lone continuation byte
      new byte[] {(byte) 0xE2, (byte) 0x82},                         // truncated sequence
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},            // truncated emoji
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},            // UTF-8 byte order mark
      new byte[] {0});

  /** Odd but valid Unicode: direction marks, NUL, separators, Turkish i, combining marks, emoji. */
  static final ImmutableList<String> ODD_TEXT = ImmutableList.of(
      "\u202E", "\u200F", "\u200E", "\uFEFF", "\u0000", "\u2028", "\u2029", "😀", "e\u0301", "\uFFFF", "\uFFFD",
      "İ", "ı", "ß", "\u00A0", "\u3000", "\t", "\u000B", "\r", "\r\n", "\n", "\u0085", "\u001F", "\u007F",
      "ﷺ", "𝔘𝔫𝔦", "漢字", "مرحبا");

  /** Numbers that do not fit, are not numbers in JSON, or are edge values. */
  static final ImmutableList<String> NUMBERS = ImmutableList.of(
      "1e400", "-1e400", "1e-400", "4.9e-324", "99999999999999999999", "-99999999999999999999", "-0", "-0.0",
      "0.0", "NaN", "-NaN", "Infinity", "-Infinity", "0x10", "1_000", "+1", "1.", ".5", "01", "2147483647",
      "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1.5", "3.0", "5e0", "-1",
      "1" + "0".repeat(1200), "0." + "0".repeat(1200) + "1", "1e99999999999");

  /** JSON values of every type, and broken ones. */
  static final ImmutableList<String> JSON_VALUES = ImmutableList.of(
      "\"\"", "\"x\"", "\"4\"", "\"high\"", "\" e1 \"", "[]", "{}", "null", "true", "false", "[1,2]", "{\"a\":1}",
      "[null]", "[\"\"]", "{\"\":\"\"}", "{\"genai\":9}", "[[[]]]", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\ud83d\"",
      "\"\\u0000\"", "\"\\u202e\"", "\"\\uD83D\\uDE00\"", "\"\\x41\"", "\"\\u12\"", "\"unterminated", "'single'",
      "\"mentor\"", "\"mentee\"", "\"reverso/program@1\"", "\"reverso/event@1\"", "\"e000003\"", "\"Europe/Rome\"",
      "\"Not/AZone\"", "\"2026-02-30\"", "\"2026-03-01\"", "[\"en\",\"en\"]", "{\"a\":1,\"a\":2}", "/* c */ 1",
      "1 2", ",", ":", "]", "}", "\"\\\"\"");

  /** CSV cells of every kind, and broken ones. */
  static final ImmutableList<String> CSV_CELLS = ImmutableList.of(
      "", " ", "mentor", "mentee", "MENTOR", "Mentee ", "none", "e000003", " e000003 ", "genai:4;x:9", "genai:4;genai:5",
      "a:1>3:urgent", "a:3>1", "a:1>3:high;b:0>6", "::>", ";;;", ":", ">", "\"quoted, cell\"", "\"unterminated", "x\"y",
      "\"a\"b", "\"\"", "\"\"\"\"", ",,,,", "Europe/Rome", "Not/AZone", "en;en", "it;;en", "pt-BR", "7.5", "7,5", "1e3",
      "-0", "e1;e1", "self");

  private static ImmutableList<byte[]> megabyteTokens;

  /** Huge and deeply nested tokens, built once. */
  private static synchronized List<byte[]> huge() {
    if (megabyteTokens == null) {
      megabyteTokens = ImmutableList.of(
          utf8("\"" + "x".repeat(1_100_000) + "\""),
          utf8("y".repeat(1_100_000)),
          utf8("[".repeat(100_000)),
          utf8("{\"a\":".repeat(20_000)),
          utf8("[".repeat(40) + "]".repeat(40)),
          utf8("{\"a\":".repeat(40) + "1" + "}".repeat(40)),
          utf8("\"" + "ü".repeat(12_000) + "\""),
          utf8("\"" + "\\ud800".repeat(5_000) + "\""));
    }
    return megabyteTokens;
  }

  /** Tokens for JSON inputs: values, numbers, bad bytes, odd text (raw and as JSON strings), huge ones. */
  public static List<byte[]> jsonTokens() {
    ImmutableList.Builder<byte[]> b = ImmutableList.builder();
    JSON_VALUES.forEach(s -> b.add(utf8(s)));
    NUMBERS.forEach(s -> b.add(utf8(s)));
    ODD_TEXT.forEach(s -> b.add(utf8(s)).add(utf8("\"" + s + "\"")));
    b.addAll(BAD_BYTES);
    b.addAll(huge());
    return b.build();
  }

  /** Tokens for CSV inputs: cells, numbers, bad bytes, odd text, huge ones. */
  public static List<byte[]> csvTokens() {
    ImmutableList.Builder<byte[]> b = ImmutableList.builder();
    CSV_CELLS.forEach(s -> b.add(utf8(s)));
    NUMBERS.forEach(s -> b.add(utf8(s)));
    ODD_TEXT.forEach(s -> b.add(utf8(s)).add(utf8("\"" + s + "\"")));
    b.addAll(BAD_BYTES);
    b.addAll(huge());
    return b.build();
  }

  /** One mutation of any kind. */
  public static Arbitrary<Mutation> mutations() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(Arbitraries.of(Mutation.Kind.class), any, any, any).as(Mutation::new);
  }

  /** One to six mutations, applied in order. */
  public static Arbitrary<List<Mutation>> mutationLists() {
    return mutations().list().ofMinSize(1).ofMaxSize(6);
  }

  /**
   * One to three mutations that keep the syntax mostly intact (whole values replaced, lines repeated,
   * dropped or swapped), so that most inputs parse and the records' own checks and the round trip are
   * exercised; use with {@link #valueTokens(List)}.
   */
  public static Arbitrary<List<Mutation>> structuralMutationLists() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Mutation.Kind> kinds = Arbitraries.frequency(
        Tuple.of(6, Mutation.Kind.REPLACE_VALUE), Tuple.of(2, Mutation.Kind.DUPLICATE_LINE),
        Tuple.of(1, Mutation.Kind.DELETE_LINE), Tuple.of(1, Mutation.Kind.SWAP_LINES));
    return Combinators.combine(kinds, any, any, any).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
  }

  /** Well-formed values of every type (JSON values, numbers, odd text as strings), without huge ones. */
  public static List<byte[]> valueTokens(List<String> values) {
    ImmutableList.Builder<byte[]> b = ImmutableList.builder();
    values.forEach(s -> b.add(utf8(s)));
    NUMBERS.forEach(s -> b.add(utf8(s)));
    ODD_TEXT.forEach(s -> b.add(utf8("\"" + s + "\"")));
    return b.build();
  }
}
