package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.metrics.SkillClosure;
import dev.reverso.reporting.render.Bar;
import dev.reverso.reporting.render.ChartText;
import dev.reverso.reporting.render.CsvWriter;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.SvgCharts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The three Rs, Net Promoter Score, retention and skill closure of several cohorts of one programme, side by
 * side, from each cohort's {@link ProgramMetrics} over the one journal that keeps every cohort's events.
 *
 * <p><b>Suppression.</b> The same rule as the programme report: a cohort with fewer pairs than
 * {@code minGroupSize} is shown as suppressed, with no value. The table has no total, so no complementary
 * suppression is needed. No HR id or pair appears: only per-cohort aggregates. Immutable and thread-safe.
 */
public final class CohortTrends {
  /**
   * One cohort's headline numbers; all empty when {@link #suppressed()}.
   *
   * @param cohort the cohort label
   * @param suppressed whether the cohort is too small to publish
   * @param pairs the cohort's pairs (0 when suppressed)
   * @param reciprocity the Reciprocity score in [0, 1]
   * @param recognition the Recognition score in [0, 1]
   * @param relationship the Relationship score in [0, 1]
   * @param nps the Net Promoter Score of both sides, −100..100
   * @param retention the share of pairs not closed early
   * @param seniorsLearned mean closure of the mentees' reported goals
   * @param juniorsLearned mean closure of the mentors' reported goals
   */
  public record Row(String cohort, boolean suppressed, int pairs, OptionalDouble reciprocity,
      OptionalDouble recognition, OptionalDouble relationship, OptionalDouble nps, OptionalDouble retention,
      OptionalDouble seniorsLearned, OptionalDouble juniorsLearned) {
    /** Validates the components. */
    public Row {
      requireNonNull(cohort, "cohort");
      requireNonNull(reciprocity, "reciprocity");
      requireNonNull(recognition, "recognition");
      requireNonNull(relationship, "relationship");
      requireNonNull(nps, "nps");
      requireNonNull(retention, "retention");
      requireNonNull(seniorsLearned, "seniorsLearned");
      requireNonNull(juniorsLearned, "juniorsLearned");
    }
  }

  private final ImmutableList<Row> rows;
  private final int minGroupSize;
  private final Locale locale;

  private CohortTrends(ImmutableList<Row> rows, int minGroupSize, Locale locale) {
    this.rows = rows;
    this.minGroupSize = minGroupSize;
    this.locale = locale;
  }

  /**
   * A copy whose HTML page is written in this locale's language (English or Italian, see
   * {@link dev.reverso.reporting.i18n.Texts}) with its numbers; the CSV does not change.
   */
  public CohortTrends withLocale(Locale locale) {
    return new CohortTrends(rows, minGroupSize, requireNonNull(locale, "locale"));
  }

  /** The locale of the HTML page ({@link Locale#ROOT}, English, unless changed by {@link #withLocale}). */
  public Locale locale() {
    return locale;
  }

  /**
   * The trends of cohorts given in order (oldest first) as label → metrics.
   *
   * @throws InvalidInputException if {@code minGroupSize < 1} or a label repeats
   */
  public static CohortTrends of(List<Map.Entry<String, ProgramMetrics>> cohorts, int minGroupSize) {
    requireNonNull(cohorts, "cohorts");
    if (minGroupSize < 1) {
      throw InvalidInputException.of("minGroupSize", "expected at least 1, found " + minGroupSize);
    }
    List<Row> rows = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Map.Entry<String, ProgramMetrics> c : cohorts) {
      if (!seen.add(c.getKey())) {
        throw InvalidInputException.of("cohorts", "expected each cohort label once, found '" + c.getKey() + "' twice");
      }
      ProgramMetrics m = c.getValue();
      int pairs = m.pairs().size();
      if (pairs < minGroupSize) {
        OptionalDouble none = OptionalDouble.empty();
        rows.add(new Row(c.getKey(), true, 0, none, none, none, none, none, none, none));
      } else {
        rows.add(new Row(c.getKey(), false, pairs, m.reciprocity().score(), m.recognition().score(),
            m.relationship().score(), m.nps().score(), m.retention(), closure(m.skillClosure(Side.MENTEE)),
            closure(m.skillClosure(Side.MENTOR))));
      }
    }
    return new CohortTrends(ImmutableList.copyOf(rows), minGroupSize, Locale.ROOT);
  }

  /** The mean closure over every reported goal of the skills (each skill weighted by its reported goals). */
  private static OptionalDouble closure(List<SkillClosure> skills) {
    double sum = 0;
    int n = 0;
    for (SkillClosure s : skills) {
      if (s.meanClosure().isPresent()) {
        sum += s.meanClosure().getAsDouble() * s.reported();
        n += s.reported();
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** The rows, oldest cohort first. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  private static String dec(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "";
  }

  /**
   * Writes the trends as CSV: {@code cohort, suppressed, pairs, reciprocity, recognition, relationship, nps,
   * retention, seniors_learned, juniors_learned}; undefined and suppressed values are empty cells.
   */
  public void writeCsv(Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"));
    csv.row("cohort", "suppressed", "pairs", "reciprocity", "recognition", "relationship", "nps", "retention",
        "seniors_learned", "juniors_learned");
    for (Row r : rows) {
      csv.row(r.cohort(), Boolean.toString(r.suppressed()), r.suppressed() ? "" : Integer.toString(r.pairs()),
          dec(r.reciprocity(), "%.4f"), dec(r.recognition(), "%.4f"), dec(r.relationship(), "%.4f"),
          dec(r.nps(), "%.1f"), dec(r.retention(), "%.4f"), dec(r.seniorsLearned(), "%.4f"),
          dec(r.juniorsLearned(), "%.4f"));
    }
    csv.flush();
  }

  /**
   * Writes the trends as one self-contained HTML page in the {@link #locale()}: a table and a chart of the three
   * Rs per cohort.
   */
  public void writeHtml(Writer out) throws IOException {
    requireNonNull(out, "out");
    ReportText t = new ReportText(locale);
    HtmlDocument doc = HtmlDocument.create(t.get("trends.title"), locale);
    doc.note(t.get("trends.note", "min", minGroupSize));
    HtmlTable table = HtmlTable.of(t.get("trends.col.cohort"), t.get("col.pairs"), t.get("r.reciprocity"),
        t.get("r.recognition"), t.get("r.relationship"), t.get("nps.short"), t.get("trends.col.retention"),
        t.get("trends.col.seniorsLearned"), t.get("trends.col.juniorsLearned")).numeric(1).numeric(2).numeric(3)
        .numeric(4).numeric(5).numeric(6).numeric(7).numeric(8);
    List<Bar> bars = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (Row r : rows) {
      if (r.suppressed()) {
        table.row(r.cohort(), t.suppressed(), "", "", "", "", "", "", "");
        left.add(r.cohort());
        continue;
      }
      table.row(r.cohort(), t.integer(r.pairs()), t.headline(r.reciprocity()), t.headline(r.recognition()),
          t.headline(r.relationship()), r.nps().isPresent() ? t.nps(r.nps()) : t.get("report.noData"),
          share(t, r.retention()), share(t, r.seniorsLearned()), share(t, r.juniorsLearned()));
      addBar(t, bars, r.cohort(), "r.reciprocity", r.reciprocity());
      addBar(t, bars, r.cohort(), "r.recognition", r.recognition());
      addBar(t, bars, r.cohort(), "r.relationship", r.relationship());
    }
    doc.table(table);
    if (!bars.isEmpty()) {
      doc.chart(SvgCharts.barChart(new ChartText("trends", t.get("trends.chart.title"),
          t.get("trends.chart.description")), bars, 1),
          left.isEmpty() ? t.get("trends.chart.caption") : t.get("trends.chart.captionLeft", "n", left.size(),
              "cohorts", String.join(", ", left)));
    }
    doc.render(out);
  }

  private static void addBar(ReportText t, List<Bar> bars, String cohort, String key, OptionalDouble v) {
    bars.add(new Bar(t.get("trends.bar", "cohort", cohort, "lens", t.get(key)), v.orElse(0), t.headline(v)));
  }

  private static String share(ReportText t, OptionalDouble v) {
    return v.isPresent() ? t.share(v) : t.get("report.noData");
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "CohortTrends[cohorts=" + rows.size() + "]";
  }
}
