package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

/**
 * One bar of a {@link SvgCharts#barChart bar chart}: a label, a value that sets the length, and the text
 * shown for the value (already formatted, such as {@code 0.72} or {@code 42%}).
 *
 * @param label the bar's label (plain text)
 * @param value the length, finite and not negative
 * @param valueText the value as shown to the reader
 */
public record Bar(String label, double value, String valueText) {
  /** Validates the components. */
  public Bar {
    requireNonNull(label, "label");
    requireNonNull(valueText, "valueText");
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException("a bar's value must be finite and not negative, was " + value);
    }
  }
}
