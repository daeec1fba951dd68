package dev.reverso.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** HTML, Markdown, SVG charts, report formats and number formatting. */
class MarkupTest {

  @Test
  void escapesHtmlSpecialsAndControlCharacters() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>\u0001")).isEqualTo(
        "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;\uFFFD");
    assertThat(Html.escape("plain")).isEqualTo("plain");
  }

  @Property
  void escapedHtmlHasNoMarkupCharacters(@ForAll String text) {
    assertThat(Html.escape(text)).doesNotContain("<", ">", "\"", "'");
  }

  @Test
  void markdownTableEscapesCellsAndAlignsNumbers() {
    String md = Markdown.table("name", "score").align(1, Markdown.Align.RIGHT)
        .row("a|b *c* <x>", "0.5").row("two\nlines", "1").render();
    assertThat(md).isEqualTo("| name | score |\n| --- | ---: |\n| a\\|b \\*c\\* \\<x\\> | 0.5 |\n| two lines | 1 |\n\n");
  }

  @Test
  void pageIsSelfContained() {
    HtmlDocument doc = HtmlDocument.create("Report <1>", Locale.ROOT);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Pairs", "12");
    doc.facts(facts).heading(2, "Scores").paragraph("p & q")
        .chart(SvgCharts.histogram(new ChartText("h", "Scores", "How scores spread."),
            Histogram.of(0, 1, 4, 0.1, 0.2, 0.9, 1.0), "score", 2, LocalizedNumbers.root()), "caption")
        .table(HtmlTable.of("a", "b").numeric(1).row("x", "1"));
    String html = doc.render();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<title>Report &lt;1&gt;</title>")
        .contains("<p>p &amp; q</p>").doesNotContain("<script", "http://", "https://", "@import", "url(http");
  }

  @Test
  void chartsHaveTitleDescriptionAndAriaLabelAndUsePatterns() {
    ChartText text = new ChartText("c1", "Title", "Desc");
    String bars = SvgCharts.barChart(text, List.of(new Bar("Sales", 2, "2"), new Bar("IT", 1, "1"))).html();
    String stacked = SvgCharts.stackedBarChart(new ChartText("c2", "T2", "D2"), List.of("held", "cancelled"),
        List.of(StackedBar.of("Sales", 3, 1)), 0, LocalizedNumbers.root()).html();
    for (String svg : List.of(bars, stacked)) {
      assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"", "<title id=", "<desc id=")
          .doesNotContain("xmlns", "<script", "http");
    }
    assertThat(bars).contains(">Sales</text>", ">2</text>");
    assertThat(stacked).contains("<pattern id=\"c2-p0\"", "<pattern id=\"c2-p1\"", "url(#c2-p1)", ">held</text>");
  }

  @Test
  void numbersFollowTheGivenLocaleOnly() {
    LocalizedNumbers root = LocalizedNumbers.root();
    LocalizedNumbers tr = LocalizedNumbers.of(Locale.forLanguageTag("tr-TR"));
    assertThat(root.decimal(1234.5, 2)).isEqualTo("1,234.50");
    assertThat(tr.decimal(1234.5, 2)).isEqualTo("1.234,50");
    assertThat(root.decimal(0.125, 2)).isEqualTo("0.13");
    assertThat(root.decimal(-0.0001, 2)).isEqualTo("0.00");
    assertThat(root.percent(0.425, 1)).isEqualTo("42.5%");
    assertThat(root.integer(12345)).isEqualTo("12,345");
    assertThat(LocalizedNumbers.plain(0.5, 4)).isEqualTo("0.5000");
  }

  @Property
  void histogramCountsEveryValueInTheBinThatHoldsIt(@ForAll("scores") double[] values) {
    Histogram h = Histogram.of(0, 1, 10, values);
    assertThat(h.total()).isEqualTo(values.length);
    for (double v : values) {
      int k = 0;
      while (k < h.bins() - 1 && v >= h.binUpper(k)) {
        k++;
      }
      assertThat(v).isBetween(h.binLower(k), h.binUpper(k));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<double[]> scores() {
    return net.jqwik.api.Arbitraries.doubles().between(0, 1).withSpecialValue(0.1).withSpecialValue(0.7)
        .withSpecialValue(1.0).array(double[].class).ofMaxSize(30);
  }

  @Test
  void reportFormatsParseByNameOrExtension() {
    assertThat(ReportFormat.parse("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.HTML.fileName("match-report")).isEqualTo("match-report.html");
    assertThat(ReportFormat.CSV.contentType()).isEqualTo("text/csv; charset=utf-8");
    Assertions.assertThatThrownBy(() -> ReportFormat.parse("pdf")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("json, csv, markdown, html");
  }
}
