package dev.reverso.reporting.fuzz;

import static dev.reverso.core.io.fuzz.Mutation.utf8;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.io.fuzz.Mutation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile tokens and mutation lists for fuzzing journal lines and files. */
final class JournalHostile {
  private JournalHostile() {}

  private static final List<byte[]> BAD_BYTES = List.of(
      new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0}, new byte[] {'\r'}, new byte[] {'\n'},
      new byte[] {'\r', '\n'});

  static final List<String> ODD_TEXT = List.of(
      "\u202E", "\u200F", "\uFEFF", "\u0000", "\u2028", "😀", "e\u0301", "\uFFFF", "İ", "ı", "\u00A0", "\u3000", "\t",
      "\u0085", "\u001F", "\u007F", "漢字", "مرحبا");

  static final List<String> NUMBERS = List.of(
      "1e400", "-1e400", "1e-400", "99999999999999999999", "-99999999999999999999", "-0", "-0.0", "0.0", "NaN",
      "Infinity", "-Infinity", "0x10", "+1", "1.", ".5", "01", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "3.0", "5e0", "-1", "0", "11", "1441",
      "1" + "0".repeat(1200), "1e99999999999");

  static final List<String> VALUES = List.of(
      "\"\"", "\"x\"", "\"4\"", "[]", "{}", "null", "true", "false", "[1,2]", "{\"a\":1}", "{\"genai\":9}",
      "{\"genai\":\"4\"}", "{\"genai\":{\"x\":1}}", "{\"\":1}", "{\"a\":1,\"a\":1}", "[[[]]]", "\"\\ud800\"",
      "\"\\udc00x\"", "\"\\u0000\"", "\"\\u202e\"", "\"\\uD83D\\uDE00\"", "\"\\x41\"", "\"unterminated", "'single'",
      "\"reverso/event@1\"", "\"reverso/event@2\"", "\"session-held\"", "\"session-cancelled\"", "\"feedback\"",
      "\"pair-closed\"", "\"MENTOR\"", "\"MENTEE\"", "\"mentor\"", "\"COMPLETED\"", "\"MISMATCH\"", "\"e000003\"",
      "\" e1\"", "\"2026-02-30\"", "\"2026-3-1\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-03-01T10:00\"",
      "\"ev-0-1\"", "\"fb-0-2-MENTOR\"", "1 2", ",", ":", "]", "}", "\"\\\"\"");

  private static ImmutableList<byte[]> huge;

  private static synchronized List<byte[]> huge() {
    if (huge == null) {
      huge = ImmutableList.of(
          utf8("\"" + "x".repeat(1_100_000) + "\""),
          utf8("[".repeat(5_000)),
          utf8("{\"a\":".repeat(2_000)),
          utf8("[".repeat(1_500) + "]".repeat(1_500)),
          utf8("\"" + "c".repeat(10_001) + "\""),
          utf8("\"" + "\\ud800".repeat(2_000) + "\""));
    }
    return huge;
  }

  /** Every token: values, numbers, odd text (raw and as strings), bad bytes, huge ones. */
  static List<byte[]> tokens() {
    ImmutableList.Builder<byte[]> b = ImmutableList.builder();
    VALUES.forEach(s -> b.add(utf8(s)));
    NUMBERS.forEach(s -> b.add(utf8(s)));
    ODD_TEXT.forEach(s -> b.add(utf8(s)).add(utf8("\"" + s + "\"")));
    b.addAll(BAD_BYTES);
    b.addAll(huge());
    return b.build();
  }

  /** Well-formed JSON values only. */
  static List<byte[]> valueTokens() {
    ImmutableList.Builder<byte[]> b = ImmutableList.builder();
    VALUES.forEach(s -> b.add(utf8(s)));
    NUMBERS.forEach(s -> b.add(utf8(s)));
    ODD_TEXT.forEach(s -> b.add(utf8("\"" + s + "\"")));
    return b.build();
  }

  static Arbitrary<List<Mutation>> mutationLists() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(Arbitraries.of(Mutation.Kind.class), any, any, any).as(Mutation::new)
        .list().ofMinSize(1).ofMaxSize(5);
  }

  /** Whole values replaced, lines repeated, dropped or swapped: mostly well-formed lines. */
  static Arbitrary<List<Mutation>> structuralMutationLists() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Mutation.Kind> kinds = Arbitraries.frequency(
        Tuple.of(6, Mutation.Kind.REPLACE_VALUE), Tuple.of(2, Mutation.Kind.DUPLICATE_LINE),
        Tuple.of(1, Mutation.Kind.DELETE_LINE), Tuple.of(1, Mutation.Kind.SWAP_LINES));
    return Combinators.combine(kinds, any, any, any).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
  }
}
