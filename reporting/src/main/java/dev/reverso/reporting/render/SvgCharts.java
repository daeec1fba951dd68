package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Inline SVG charts for {@link HtmlDocument}: a histogram, a horizontal bar chart and a horizontal stacked
 * bar chart.
 *
 * <p>Every chart is readable without colour and with a screen reader: the {@code <svg>} has
 * {@code role="img"}, an {@code aria-label}, a {@code <title>} and a {@code <desc>} (from
 * {@link ChartText}); every bar carries its value as visible text and as a {@code <title>} tooltip; series
 * of a stacked bar are told apart by fill patterns (solid, hatching, dots, cross-hatching...) and a legend,
 * not by hue alone. Charts use no script, no external resource and no {@code xmlns} URL (not needed for
 * SVG inside HTML). Coordinates are written with {@code .} decimals whatever the locale; texts use the given
 * {@link LocalizedNumbers}. Output is a pure function of the arguments.
 */
public final class SvgCharts {
  private static final int WIDTH = 640;
  private static final int MAX_LABEL = 30;
  /** Fill patterns for the series of a stacked bar, distinguishable in grey scale. */
  private static final int PATTERNS = 6;

  private SvgCharts() {}

  /**
   * A vertical histogram: one bar per bin with its count above it, the bin edges on the x axis
   * ({@code edgeDigits} fraction digits) and {@code axisLabel} under it.
   */
  public static SafeHtml histogram(ChartText text, Histogram histogram, String axisLabel, int edgeDigits,
      LocalizedNumbers numbers) {
    requireNonNull(text, "text");
    requireNonNull(histogram, "histogram");
    requireNonNull(axisLabel, "axisLabel");
    requireNonNull(numbers, "numbers");
    int height = 260;
    double left = 16;
    double right = 16;
    double top = 28;
    double bottom = 52;
    double plotW = WIDTH - left - right;
    double plotH = height - top - bottom;
    int bins = histogram.bins();
    double slot = plotW / bins;
    int max = Math.max(1, histogram.maxCount());
    StringBuilder sb = open(text, WIDTH, height);
    double baseY = top + plotH;
    for (int k = 0; k < bins; k++) {
      int count = histogram.count(k);
      double h = plotH * count / max;
      double x = left + slot * k;
      String range = numbers.decimal(histogram.binLower(k), edgeDigits) + "–"
          + numbers.decimal(histogram.binUpper(k), edgeDigits);
      sb.append("<g><title>").append(Html.escape(range + ": " + numbers.integer(count))).append("</title>");
      sb.append("<rect x=\"").append(n(x + 1)).append("\" y=\"").append(n(baseY - h)).append("\" width=\"")
          .append(n(Math.max(0, slot - 2))).append("\" height=\"").append(n(h))
          .append("\" fill=\"#4a78a8\" stroke=\"currentColor\" stroke-width=\"0.5\"/>");
      sb.append("<text x=\"").append(n(x + slot / 2)).append("\" y=\"").append(n(baseY - h - 4))
          .append("\" text-anchor=\"middle\" font-size=\"11\">").append(Html.escape(numbers.integer(count)))
          .append("</text></g>\n");
    }
    sb.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(baseY)).append("\" x2=\"")
        .append(n(left + plotW)).append("\" y2=\"").append(n(baseY)).append("\" stroke=\"currentColor\"/>\n");
    for (int k = 0; k <= bins; k++) {
      double x = left + slot * k;
      double edge = k == bins ? histogram.upper() : histogram.binLower(k);
      sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseY + 14))
          .append("\" text-anchor=\"middle\" font-size=\"10\">").append(Html.escape(numbers.decimal(edge, edgeDigits)))
          .append("</text>\n");
    }
    sb.append("<text x=\"").append(n(left + plotW / 2)).append("\" y=\"").append(n(height - 10))
        .append("\" text-anchor=\"middle\" font-size=\"12\">").append(Html.escape(axisLabel)).append("</text>\n");
    return close(sb);
  }

  /** A horizontal bar chart: a label on the left, the bar, and the value text at the end of the bar. */
  public static SafeHtml barChart(ChartText text, List<Bar> bars) {
    requireNonNull(text, "text");
    requireNonNull(bars, "bars");
    double labelW = 200;
    double valueW = 70;
    double rowH = 26;
    double top = 10;
    int height = (int) Math.ceil(top * 2 + rowH * Math.max(1, bars.size()));
    double plotW = WIDTH - labelW - valueW - 10;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder sb = open(text, WIDTH, height);
    for (int k = 0; k < bars.size(); k++) {
      Bar b = bars.get(k);
      double y = top + rowH * k;
      double w = max > 0 ? plotW * b.value() / max : 0;
      sb.append("<g><title>").append(Html.escape(b.label() + ": " + b.valueText())).append("</title>");
      sb.append("<text x=\"").append(n(labelW - 8)).append("\" y=\"").append(n(y + rowH / 2 + 4))
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.escape(shorten(b.label()))).append("</text>");
      sb.append("<rect x=\"").append(n(labelW)).append("\" y=\"").append(n(y + 4)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(rowH - 8)).append("\" fill=\"#4a78a8\" stroke=\"currentColor\" stroke-width=\"0.5\"/>");
      sb.append("<text x=\"").append(n(labelW + w + 6)).append("\" y=\"").append(n(y + rowH / 2 + 4))
          .append("\" font-size=\"12\">").append(Html.escape(b.valueText())).append("</text></g>\n");
    }
    return close(sb);
  }

  /**
   * A horizontal stacked bar chart: one bar per {@link StackedBar}, one segment per series, each segment
   * filled with its series' pattern and labelled with its value when wide enough; a legend names the series.
   * Bars are scaled to the largest total.
   *
   * @throws IllegalArgumentException if a bar does not have one value per series
   */
  public static SafeHtml stackedBarChart(ChartText text, List<String> series, List<StackedBar> bars, int valueDigits,
      LocalizedNumbers numbers) {
    requireNonNull(text, "text");
    requireNonNull(series, "series");
    requireNonNull(bars, "bars");
    requireNonNull(numbers, "numbers");
    for (StackedBar b : bars) {
      if (b.values().size() != series.size()) {
        throw new IllegalArgumentException("expected " + series.size() + " values per bar, found " + b.values().size());
      }
    }
    double labelW = 200;
    double valueW = 60;
    double rowH = 28;
    double legendH = 24 * Math.ceil(series.size() / 3.0);
    double top = 10 + legendH;
    int height = (int) Math.ceil(top + 10 + rowH * Math.max(1, bars.size()));
    double plotW = WIDTH - labelW - valueW - 10;
    double max = bars.stream().mapToDouble(StackedBar::total).max().orElse(0);
    StringBuilder sb = open(text, WIDTH, height);
    sb.append("<defs>\n");
    for (int s = 0; s < Math.min(PATTERNS, series.size()); s++) {
      sb.append(pattern(text.id() + "-p" + s, s)).append('\n');
    }
    sb.append("</defs>\n");
    for (int s = 0; s < series.size(); s++) {
      double x = 10 + (WIDTH - 20) / 3.0 * (s % 3);
      double y = 8 + 24 * (s / 3);
      sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"16\" height=\"14\" fill=\"url(#")
          .append(text.id()).append("-p").append(s % PATTERNS).append(")\" stroke=\"currentColor\"/>");
      sb.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 11)).append("\" font-size=\"12\">")
          .append(Html.escape(shorten(series.get(s)))).append("</text>\n");
    }
    for (int k = 0; k < bars.size(); k++) {
      StackedBar b = bars.get(k);
      double y = top + rowH * k;
      sb.append("<g><title>").append(Html.escape(b.label() + ": " + numbers.decimal(b.total(), valueDigits)))
          .append("</title><text x=\"").append(n(labelW - 8)).append("\" y=\"").append(n(y + rowH / 2 + 4))
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.escape(shorten(b.label()))).append("</text></g>");
      double x = labelW;
      for (int s = 0; s < series.size(); s++) {
        double v = b.values().get(s);
        double w = max > 0 ? plotW * v / max : 0;
        String shown = numbers.decimal(v, valueDigits);
        sb.append("<g><title>").append(Html.escape(b.label() + " — " + series.get(s) + ": " + shown)).append("</title>");
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 4)).append("\" width=\"").append(n(w))
            .append("\" height=\"").append(n(rowH - 8)).append("\" fill=\"url(#").append(text.id()).append("-p")
            .append(s % PATTERNS).append(")\" stroke=\"currentColor\" stroke-width=\"0.5\"/>");
        if (w >= 8 * shown.length() + 6) {
          // Value on a white box so it stays legible on any pattern.
          double cx = x + w / 2;
          sb.append("<rect x=\"").append(n(cx - 4 * shown.length() - 2)).append("\" y=\"").append(n(y + rowH / 2 - 7))
              .append("\" width=\"").append(n(8 * shown.length() + 4)).append("\" height=\"14\" fill=\"#fff\"/>")
              .append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(y + rowH / 2 + 4))
              .append("\" text-anchor=\"middle\" font-size=\"11\" style=\"fill:#000\">").append(Html.escape(shown))
              .append("</text>");
        }
        sb.append("</g>");
        x += w;
      }
      sb.append("<text x=\"").append(n(x + 6)).append("\" y=\"").append(n(y + rowH / 2 + 4)).append("\" font-size=\"12\">")
          .append(Html.escape(numbers.decimal(b.total(), valueDigits))).append("</text>\n");
    }
    return close(sb);
  }

  private static String pattern(String id, int s) {
    String head = "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">";
    String body;
    switch (s) {
      case 0 -> body = "<rect width=\"8\" height=\"8\" fill=\"#1f4e79\"/>";
      case 1 -> body = "<rect width=\"8\" height=\"8\" fill=\"#b9d3ea\"/><path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" "
          + "stroke=\"#1f4e79\" stroke-width=\"2\"/>";
      case 2 -> body = "<rect width=\"8\" height=\"8\" fill=\"#f3e2c7\"/><circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#8a5a14\"/>";
      case 3 -> body = "<rect width=\"8\" height=\"8\" fill=\"#dde8d4\"/><path d=\"M0,0 l8,8 M8,0 l-8,8\" "
          + "stroke=\"#3c6e1f\" stroke-width=\"1.2\"/>";
      case 4 -> body = "<rect width=\"8\" height=\"8\" fill=\"#eadcf0\"/><path d=\"M0,2 h8 M0,6 h8\" stroke=\"#5b2c6f\" "
          + "stroke-width=\"1.2\"/>";
      default -> body = "<rect width=\"8\" height=\"8\" fill=\"#e6e6e6\"/>";
    }
    return head + body + "</pattern>";
  }

  private static StringBuilder open(ChartText text, int width, int height) {
    String id = text.id();
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(text.title()))
        .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" id=\"").append(id)
        .append("\">\n<title id=\"").append(id).append("-title\">").append(Html.escape(text.title()))
        .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(Html.escape(text.description()))
        .append("</desc>\n");
    return sb;
  }

  private static SafeHtml close(StringBuilder sb) {
    return SafeHtml.trusted(sb.append("</svg>\n").toString());
  }

  private static String shorten(String label) {
    if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }

  /** A coordinate: one decimal, {@code .} separator, trailing {@code .0} dropped. */
  private static String n(double v) {
    String s = LocalizedNumbers.plain(v, 1);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
