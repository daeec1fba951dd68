package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline SVG charts for {@link HtmlDocument}: a histogram, a horizontal bar chart and a horizontal stacked
 * bar chart.
 *
 * <p>Every chart is readable without colour and with a screen reader: the {@code <svg>} has
 * {@code role="img"}, an {@code aria-label}, a {@code <title>} and a {@code <desc>} (from
 * {@link ChartText}); every bar carries its value as visible text and as a {@code <title>} tooltip; series
 * of a stacked bar are told apart by fill patterns (solid, hatching, dots, cross-hatching...) over
 * Okabe–Ito colours and a legend, not by hue alone; bars standing for a status take its {@link Tone}.
 *
 * <p>Every chart is drawn in a {@value #WIDTH}-unit wide {@code viewBox} and sized by the style sheet to the
 * width of its container, with labels above their bars (not beside them), so that at a 400 px wide phone
 * screen the smallest label is still rendered at about 11.5 px. Stacked bars show no total at their end
 * (the parts of a share add up to 100 by construction). Charts use no script, no external resource and no {@code xmlns} URL (not needed for
 * SVG inside HTML). Coordinates are written with {@code .} decimals whatever the locale; texts use the given
 * {@link LocalizedNumbers}. Output is a pure function of the arguments.
 */
public final class SvgCharts {
  /** The width of every chart's coordinate system. */
  static final int WIDTH = 420;
  /** The font size of every label and value, in chart units. */
  static final int FONT = 13;
  private static final int PAD = 6;
  private static final int MAX_LABEL = 48;
  /** Fill patterns for the series of a stacked bar, distinguishable in grey scale. */
  private static final int PATTERNS = 6;
  /** Roughly the width of one character at {@link #FONT}, to decide whether a value fits inside a segment. */
  private static final double CHAR_W = 7.6;

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
    int height = 250;
    double left = 14;
    double right = 14;
    double top = 24;
    double bottom = 52;
    double plotW = WIDTH - left - right;
    double plotH = height - top - bottom;
    int bins = histogram.bins();
    double slot = plotW / bins;
    int max = Math.max(1, histogram.maxCount());
    // with many bins every other edge is labelled, so neighbouring labels never touch
    int edgeStep = slot < 4 * CHAR_W + 6 ? 2 : 1;
    StringBuilder sb = open(text, height);
    double baseY = top + plotH;
    for (int k = 0; k < bins; k++) {
      int count = histogram.count(k);
      double h = plotH * count / max;
      double x = left + slot * k;
      String range = numbers.decimal(histogram.binLower(k), edgeDigits) + "–"
          + numbers.decimal(histogram.binUpper(k), edgeDigits);
      sb.append("<g><title>").append(Html.escape(range + ": " + numbers.integer(count))).append("</title>");
      sb.append("<rect x=\"").append(n(x + 1)).append("\" y=\"").append(n(baseY - h)).append("\" width=\"")
          .append(n(Math.max(0, slot - 2))).append("\" height=\"").append(n(h)).append("\" fill=\"")
          .append(Tone.NEUTRAL.colour()).append("\"/>");
      sb.append("<text x=\"").append(n(x + slot / 2)).append("\" y=\"").append(n(baseY - h - 4))
          .append("\" text-anchor=\"middle\" font-size=\"").append(FONT).append("\">")
          .append(Html.escape(numbers.integer(count))).append("</text></g>\n");
    }
    sb.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(baseY)).append("\" x2=\"")
        .append(n(left + plotW)).append("\" y2=\"").append(n(baseY)).append("\" stroke=\"currentColor\"/>\n");
    for (int k = 0; k <= bins; k += edgeStep) {
      double x = left + slot * k;
      double edge = k == bins ? histogram.upper() : histogram.binLower(k);
      sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseY + 17))
          .append("\" text-anchor=\"middle\" font-size=\"").append(FONT).append("\">")
          .append(Html.escape(numbers.decimal(edge, edgeDigits))).append("</text>\n");
    }
    sb.append("<text x=\"").append(n(left + plotW / 2)).append("\" y=\"").append(n(height - 12))
        .append("\" text-anchor=\"middle\" font-size=\"").append(FONT + 1).append("\">").append(Html.escape(axisLabel))
        .append("</text>\n");
    return close(sb);
  }

  /**
   * A horizontal bar chart scaled to the largest value: each bar's label above it and its value text at its end.
   * Bars with a {@link Tone} other than neutral are also named in a legend of their colours.
   */
  public static SafeHtml barChart(ChartText text, List<Bar> bars) {
    return barChart(text, bars, 0);
  }

  /**
   * A horizontal bar chart on a fixed scale from 0 to {@code scaleMax} (such as 1 for a score or 100 for a
   * percentage), or scaled to the largest value when {@code scaleMax} is 0.
   *
   * @throws IllegalArgumentException if {@code scaleMax} is negative or not finite
   */
  public static SafeHtml barChart(ChartText text, List<Bar> bars, double scaleMax) {
    requireNonNull(text, "text");
    requireNonNull(bars, "bars");
    if (!(Double.isFinite(scaleMax) && scaleMax >= 0)) {
      throw new IllegalArgumentException("scaleMax must be finite and not negative, was " + scaleMax);
    }
    Map<Tone, String> legend = new LinkedHashMap<>();
    for (Bar b : bars) {
      if (b.tone() != Tone.NEUTRAL) {
        legend.putIfAbsent(b.tone(), b.label());
      }
    }
    double legendH = legend.isEmpty() ? 0 : 22 * Math.ceil(legend.size() / 2.0) + 6;
    double rowH = 40;
    double valueW = 80;
    double top = 4 + legendH;
    int height = (int) Math.ceil(top + 6 + rowH * Math.max(1, bars.size()));
    double plotW = WIDTH - 2 * PAD - valueW;
    double max = scaleMax > 0 ? scaleMax : bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder sb = open(text, height);
    int item = 0;
    for (Map.Entry<Tone, String> e : legend.entrySet()) {
      double x = PAD + (WIDTH - 2 * PAD) / 2.0 * (item % 2);
      double y = 6 + 22 * (item / 2);
      sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"16\" height=\"14\" fill=\"")
          .append(e.getKey().colour()).append("\"/><text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 12))
          .append("\" font-size=\"").append(FONT).append("\">").append(Html.escape(shorten(e.getValue()))).append("</text>\n");
      item++;
    }
    for (int k = 0; k < bars.size(); k++) {
      Bar b = bars.get(k);
      double y = top + rowH * k;
      double w = max > 0 ? plotW * Math.min(b.value(), max) / max : 0;
      sb.append("<g><title>").append(Html.escape(b.label() + ": " + b.valueText())).append("</title>");
      sb.append("<text x=\"").append(n(PAD)).append("\" y=\"").append(n(y + 14)).append("\" font-size=\"")
          .append(FONT).append("\">").append(Html.escape(shorten(b.label()))).append("</text>");
      sb.append("<rect x=\"").append(n(PAD)).append("\" y=\"").append(n(y + 19)).append("\" width=\"").append(n(w))
          .append("\" height=\"16\" fill=\"").append(b.tone().colour()).append("\"/>");
      sb.append("<text x=\"").append(n(PAD + w + 5)).append("\" y=\"").append(n(y + 32)).append("\" font-size=\"")
          .append(FONT).append("\">").append(Html.escape(b.valueText())).append("</text></g>\n");
    }
    return close(sb);
  }

  /**
   * A horizontal stacked bar chart: one bar per {@link StackedBar} with its label above it, one segment per
   * series, each segment filled with its series' pattern and labelled with its value when wide enough; a legend
   * names the series. Bars are scaled to the largest total; no total is written at the end of a bar.
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
    double rowH = 44;
    double legendH = 22 * Math.ceil(series.size() / 2.0) + 6;
    double top = 4 + legendH;
    int height = (int) Math.ceil(top + 6 + rowH * Math.max(1, bars.size()));
    double plotW = WIDTH - 2 * PAD;
    double max = bars.stream().mapToDouble(StackedBar::total).max().orElse(0);
    StringBuilder sb = open(text, height);
    sb.append("<defs>\n");
    for (int s = 0; s < Math.min(PATTERNS, series.size()); s++) {
      sb.append(pattern(text.id() + "-p" + s, s)).append('\n');
    }
    sb.append("</defs>\n");
    for (int s = 0; s < series.size(); s++) {
      double x = PAD + (WIDTH - 2 * PAD) / 2.0 * (s % 2);
      double y = 6 + 22 * (s / 2);
      sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"16\" height=\"14\" fill=\"url(#")
          .append(text.id()).append("-p").append(s % PATTERNS).append(")\" stroke=\"currentColor\"/>");
      sb.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 12)).append("\" font-size=\"")
          .append(FONT).append("\">").append(Html.escape(shorten(series.get(s)))).append("</text>\n");
    }
    for (int k = 0; k < bars.size(); k++) {
      StackedBar b = bars.get(k);
      double y = top + rowH * k;
      sb.append("<g><title>").append(Html.escape(b.label())).append("</title><text x=\"").append(n(PAD))
          .append("\" y=\"").append(n(y + 14)).append("\" font-size=\"").append(FONT).append("\">")
          .append(Html.escape(shorten(b.label()))).append("</text></g>");
      double x = PAD;
      for (int s = 0; s < series.size(); s++) {
        double v = b.values().get(s);
        double w = max > 0 ? plotW * v / max : 0;
        String shown = numbers.decimal(v, valueDigits);
        sb.append("<g><title>").append(Html.escape(b.label() + " — " + series.get(s) + ": " + shown)).append("</title>");
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 19)).append("\" width=\"").append(n(w))
            .append("\" height=\"20\" fill=\"url(#").append(text.id()).append("-p")
            .append(s % PATTERNS).append(")\" stroke=\"currentColor\" stroke-width=\"0.5\"/>");
        double boxW = CHAR_W * shown.length() + 6;
        if (w >= boxW + 4) {
          // Value on a white box so it stays legible on any pattern and in dark mode.
          double cx = x + w / 2;
          sb.append("<rect x=\"").append(n(cx - boxW / 2)).append("\" y=\"").append(n(y + 21))
              .append("\" width=\"").append(n(boxW)).append("\" height=\"16\" fill=\"#fff\"/>")
              .append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(y + 34))
              .append("\" text-anchor=\"middle\" font-size=\"").append(FONT).append("\" style=\"fill:#000\">")
              .append(Html.escape(shown)).append("</text>");
        }
        sb.append("</g>");
        x += w;
      }
      sb.append('\n');
    }
    return close(sb);
  }

  private static String pattern(String id, int s) {
    String head = "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">";
    // Okabe–Ito colours under patterns that stay apart in grey scale
    String body;
    switch (s) {
      case 0 -> body = "<rect width=\"8\" height=\"8\" fill=\"#0072b2\"/>";
      case 1 -> body = "<rect width=\"8\" height=\"8\" fill=\"#9ccfee\"/><path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" "
          + "stroke=\"#0072b2\" stroke-width=\"2\"/>";
      case 2 -> body = "<rect width=\"8\" height=\"8\" fill=\"#f5d48a\"/><circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#8a5a00\"/>";
      case 3 -> body = "<rect width=\"8\" height=\"8\" fill=\"#a8dcc9\"/><path d=\"M0,0 l8,8 M8,0 l-8,8\" "
          + "stroke=\"#00664a\" stroke-width=\"1.2\"/>";
      case 4 -> body = "<rect width=\"8\" height=\"8\" fill=\"#ecc4dc\"/><path d=\"M0,2 h8 M0,6 h8\" stroke=\"#8e3f6f\" "
          + "stroke-width=\"1.2\"/>";
      default -> body = "<rect width=\"8\" height=\"8\" fill=\"#e6e6e6\"/>";
    }
    return head + body + "</pattern>";
  }

  private static StringBuilder open(ChartText text, int height) {
    String id = text.id();
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"")
        .append(Html.escape(text.title())).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
        .append("-desc\" id=\"").append(id).append("\">\n<title id=\"").append(id).append("-title\">")
        .append(Html.escape(text.title())).append("</title>\n<desc id=\"").append(id).append("-desc\">")
        .append(Html.escape(text.description())).append("</desc>\n");
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
