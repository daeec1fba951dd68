package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * One bar of a {@link SvgCharts#stackedBarChart stacked bar chart}: a label and one value per series (in
 * series order), each finite and not negative.
 *
 * @param label the bar's label (plain text)
 * @param values one value per series
 */
public record StackedBar(String label, ImmutableList<Double> values) {
  /** Validates the components and copies the values. */
  public StackedBar {
    requireNonNull(label, "label");
    values = ImmutableList.copyOf(values);
    for (double v : values) {
      if (!(Double.isFinite(v) && v >= 0)) {
        throw new IllegalArgumentException("stacked values must be finite and not negative, found " + v);
      }
    }
  }

  /** A bar with these values. */
  public static StackedBar of(String label, double... values) {
    ImmutableList.Builder<Double> b = ImmutableList.builder();
    for (double v : values) {
      b.add(v);
    }
    return new StackedBar(label, b.build());
  }

  /** The sum of the values. */
  public double total() {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }
}
