package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.Explanation;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.CsvWriter;
import dev.reverso.reporting.render.LocalizedNumbers;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code pairs.csv}: a header row, then one row per pair in the result's order. Columns: {@code mentor_id},
 * {@code mentee_id}, then {@code mentor_name} and {@code mentee_name} only when the report includes names,
 * {@code score}, one column per criterion (named by the criterion id, in model order) holding its
 * contribution to the score, and {@code top_reason} (the strongest reason as a sentence: Italian for an Italian
 * locale, English otherwise). Numbers have 4 decimals with {@code .} whatever the
 * locale (CSV is data for programs and spreadsheets); cells are written by {@link CsvWriter} (RFC 4180,
 * formula-injection guard).
 */
final class MatchCsvRenderer extends AbstractReportRenderer<MatchReport> {
  static final int DIGITS = 4;

  MatchCsvRenderer(Locale locale) {
    super(ReportFormat.CSV, locale, MatchCsvRenderer::new);
  }

  @Override
  public void render(MatchReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    CsvWriter csv = new CsvWriter(out);
    // data: the sentence is in the report's language, its numbers written as that language writes them, never by
    // region (a Turkish locale gives the English file)
    Texts texts = Texts.of("it".equals(locale().getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
    List<String> header = new ArrayList<>(List.of("mentor_id", "mentee_id"));
    if (report.includesNames()) {
      header.add("mentor_name");
      header.add("mentee_name");
    }
    header.add("score");
    header.addAll(report.criteria());
    header.add("top_reason");
    // only when some pair was kept, so files of programmes without active or pinned pairs keep their columns
    boolean kept = report.pairs().stream().anyMatch(p -> p.pairing().active() || p.pairing().pinned());
    if (kept) {
      header.add("kept");
    }
    csv.row(header);
    for (PairSummary p : report.pairs()) {
      List<String> row = new ArrayList<>(header.size());
      row.add(p.mentorId().value());
      row.add(p.menteeId().value());
      if (report.includesNames()) {
        row.add(p.mentorName().orElse(""));
        row.add(p.menteeName().orElse(""));
      }
      row.add(LocalizedNumbers.plain(p.score(), DIGITS));
      for (String criterion : report.criteria()) {
        Optional<Explanation.Contribution> c = p.pairing().explanation().contribution(criterion);
        row.add(c.map(x -> LocalizedNumbers.plain(x.contribution(), DIGITS)).orElse(""));
      }
      row.add(p.topReason().map(texts::reason).orElse(""));
      if (kept) {
        row.add(MatchReport.kept(p.pairing()));
      }
      csv.row(row);
    }
    csv.flush();
  }
}
