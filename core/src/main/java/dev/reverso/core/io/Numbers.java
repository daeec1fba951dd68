package dev.reverso.core.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Locale-independent number text shared by the JSON and CSV formats. */
final class Numbers {
  /** A plain decimal number: optional sign, digits with an optional '.' part, optional exponent. */
  static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  /** A whole number small enough for an int once parsed (at most 9 digits). */
  static final Pattern SMALL_INT = Pattern.compile("[+-]?\\d{1,9}");

  private Numbers() {}

  /**
   * The shortest decimal text that parses back to exactly {@code d}: {@code 12}, {@code 7.5},
   * {@code 0.1}, {@code 1E+20}. Whole numbers below 10^15 have no fraction, numbers from 10^-6 to 10^15
   * are written plainly, others in scientific notation. Finite values only.
   */
  static String shortest(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    double abs = Math.abs(d);
    if (d == Math.rint(d) && abs < 1e15) {
      return Long.toString((long) d);
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal found = exact;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        found = r;
        break;
      }
    }
    found = found.stripTrailingZeros();
    return abs >= 1e-6 && abs < 1e15 ? found.toPlainString() : found.toString();
  }
}
