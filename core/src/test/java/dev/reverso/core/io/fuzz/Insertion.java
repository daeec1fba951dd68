package dev.reverso.core.io.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random characters put into a text just after the {@code at}-th anchor character (modulo their count;
 * the anchor is {@code "} for JSON, so that about half land inside strings, and {@code ,} for CSV, at the
 * start of a cell): any UTF-16 unit, unpaired surrogates, direction marks and NUL included — what a
 * {@link java.io.Reader} may deliver but no UTF-8 file can hold.
 *
 * @param at which anchor, modulo their count
 * @param chars the characters inserted
 */
record Insertion(int at, String chars) {

  String apply(String text, char anchor) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == anchor) {
        count++;
      }
    }
    int i = Math.floorMod(at, text.length() + 1);
    if (count > 0) {
      int k = Math.floorMod(at, count);
      i = -1;
      while (k-- >= 0) {
        i = text.indexOf(anchor, i + 1);
      }
      i++;
    }
    return text.substring(0, i) + chars + text.substring(i);
  }

  static String applyAll(List<Insertion> insertions, String text, char anchor) {
    String out = text;
    for (Insertion x : insertions) {
      out = x.apply(out, anchor);
    }
    return out;
  }

  static Arbitrary<List<Insertion>> lists() {
    Arbitrary<String> odd = Arbitraries.oneOf(
        Arbitraries.chars().list().ofMinSize(1).ofMaxSize(4).map(cs -> cs.stream().map(String::valueOf)
            .reduce("", String::concat)),
        Arbitraries.of("\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800", "\u202E", "\u0000", "\\ud800", "\\udfff",
            "\uD83D\uDE00", "\uFEFF", "\u2028", "\u200F", "e\u0301"));
    Arbitrary<Insertion> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), odd)
        .as(Insertion::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }
}
