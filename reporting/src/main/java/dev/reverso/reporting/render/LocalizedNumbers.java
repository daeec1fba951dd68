package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats numbers for people with an explicit locale (never the JVM default).
 *
 * <p>Rounding is half-up on the exact binary value of the double, so the same value always gives the same
 * text; a value that rounds to zero is shown without a minus sign. {@link #root()} uses {@link Locale#ROOT}:
 * {@code .} as decimal separator and {@code ,} for grouping, like English. Immutable and thread-safe.
 */
public final class LocalizedNumbers {
  private static final LocalizedNumbers ROOT = new LocalizedNumbers(Locale.ROOT);

  private final Locale locale;

  private LocalizedNumbers(Locale locale) {
    this.locale = locale;
  }

  /** Numbers for {@link Locale#ROOT}. */
  public static LocalizedNumbers root() {
    return ROOT;
  }

  /** Numbers for this locale. */
  public static LocalizedNumbers of(Locale locale) {
    requireNonNull(locale, "locale");
    return locale.equals(Locale.ROOT) ? ROOT : new LocalizedNumbers(locale);
  }

  /** The locale. */
  public Locale locale() {
    return locale;
  }

  /**
   * The value with exactly {@code fractionDigits} digits after the decimal separator and grouping of the
   * integer part: {@code decimal(1234.5, 2)} is {@code 1,234.50} in {@link Locale#ROOT}.
   *
   * @throws IllegalArgumentException if the value is not finite or {@code fractionDigits} is outside 0..15
   */
  public String decimal(double value, int fractionDigits) {
    BigDecimal rounded = round(value, fractionDigits);
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    f.setMinimumFractionDigits(fractionDigits);
    f.setMaximumFractionDigits(fractionDigits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(rounded);
  }

  /** The integer with grouping: {@code 12,345} in {@link Locale#ROOT}. */
  public String integer(long value) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    return f.format(value);
  }

  /**
   * A share in [0, 1] (or beyond) as a percentage with the locale's percent pattern: {@code percent(0.425, 1)}
   * is {@code 42.5%} in {@link Locale#ROOT} and {@code %42,5} in Turkish.
   *
   * @throws IllegalArgumentException if the value is not finite or {@code fractionDigits} is outside 0..15
   */
  public String percent(double share, int fractionDigits) {
    BigDecimal rounded = round(share * 100, fractionDigits).movePointLeft(2);
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMinimumFractionDigits(fractionDigits);
    f.setMaximumFractionDigits(fractionDigits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(rounded);
  }

  /**
   * A plain machine-readable decimal, independent of any locale: {@code .} as separator, no grouping,
   * exactly {@code fractionDigits} digits, half-up; used in CSV cells and SVG coordinates.
   */
  public static String plain(double value, int fractionDigits) {
    return round(value, fractionDigits).toPlainString();
  }

  private static BigDecimal round(double value, int fractionDigits) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("expected a finite number, found " + value);
    }
    if (fractionDigits < 0 || fractionDigits > 15) {
      throw new IllegalArgumentException("fractionDigits must be in 0..15, was " + fractionDigits);
    }
    BigDecimal r = new BigDecimal(value).setScale(fractionDigits, RoundingMode.HALF_UP);
    return r.signum() == 0 ? BigDecimal.ZERO.setScale(fractionDigits) : r;
  }

  /** The locale tag only. */
  @Override
  public String toString() {
    return "LocalizedNumbers[" + (locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag()) + "]";
  }
}
