package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

/**
 * One bar of a {@link SvgCharts#barChart bar chart}: a label, a value that sets the length, and the text
 * shown for the value (already formatted, such as {@code 0.72} or {@code 42%}).
 *
 * @param label the bar's label (plain text)
 * @param value the length, finite and not negative
 * @param valueText the value as shown to the reader
 * @param tone the bar's colour ({@link Tone#NEUTRAL} unless the bar stands for a status)
 */
public record Bar(String label, double value, String valueText, Tone tone) {
  /** Validates the components. */
  public Bar {
    requireNonNull(label, "label");
    requireNonNull(valueText, "valueText");
    requireNonNull(tone, "tone");
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException("a bar's value must be finite and not negative, was " + value);
    }
  }

  /** A bar in the neutral colour. */
  public Bar(String label, double value, String valueText) {
    this(label, value, valueText, Tone.NEUTRAL);
  }
}
