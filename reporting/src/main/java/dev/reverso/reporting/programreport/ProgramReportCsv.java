package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.metrics.Ratings;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes {@code program-report.csv}: a header row, then one row per pair in pseudonym order (columns in
 * {@code docs/report-format.md}). Absent values are empty cells; decimals use {@code .} and up to four places
 * whatever the locale, so {@link #withLocale(Locale)} changes nothing in the output. Display-name columns are
 * present only when the report includes names.
 */
final class ProgramReportCsv extends AbstractReportRenderer<ProgramReport> {

  ProgramReportCsv(Locale locale) {
    super(ReportFormat.CSV, locale, ProgramReportCsv::new);
  }

  @Override
  public void render(ProgramReport r, Writer out) throws IOException {
    requireNonNull(r, "report");
    CsvWriter csv = new CsvWriter(requireNonNull(out, "out"));
    List<String> header = new ArrayList<>(List.of("pseudonym"));
    if (r.namesIncluded()) {
      header.addAll(List.of("mentor_name", "mentee_name"));
    }
    header.addAll(List.of("status", "close_reason", "closed_on", "sessions_held", "minutes_held",
        "cancelled_by_mentor", "cancelled_by_mentee", "last_session", "days_since_last_session",
        "mentor_relationship", "mentor_learning", "mentor_recognition", "mentee_relationship", "mentee_learning",
        "mentee_recognition", "reciprocity_index", "goals", "mean_goal_closure", "reasons"));
    csv.row(header);
    for (PairRow p : r.pairs()) {
      List<String> row = new ArrayList<>(List.of(p.pseudonym()));
      if (r.namesIncluded()) {
        row.add(p.mentorName().orElse(""));
        row.add(p.menteeName().orElse(""));
      }
      row.add(p.status().name());
      row.add(p.closeReason().map(Enum::name).orElse(""));
      row.add(p.closedOn().map(LocalDate::toString).orElse(""));
      row.add(Integer.toString(p.sessionsHeld()));
      row.add(Integer.toString(p.minutesHeld()));
      row.add(Integer.toString(p.cancelledByMentor()));
      row.add(Integer.toString(p.cancelledByMentee()));
      row.add(p.lastSession().map(LocalDate::toString).orElse(""));
      row.add(integer(p.daysSinceLastSession()));
      ratings(row, p.mentorRatings());
      ratings(row, p.menteeRatings());
      row.add(decimal(p.reciprocityIndex()));
      row.add(Integer.toString(p.goals()));
      row.add(decimal(p.meanGoalClosure()));
      row.add(String.join("; ", p.reasons()));
      csv.row(row);
    }
    csv.flush();
  }

  private static void ratings(List<String> row, Optional<Ratings> ratings) {
    row.add(ratings.map(x -> ProgramReportJson.decimal(x.relationship())).orElse(""));
    row.add(ratings.map(x -> ProgramReportJson.decimal(x.learning())).orElse(""));
    row.add(ratings.map(x -> ProgramReportJson.decimal(x.recognition())).orElse(""));
  }

  private static String integer(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  private static String decimal(OptionalDouble v) {
    return v.isPresent() ? ProgramReportJson.decimal(v.getAsDouble()) : "";
  }
}
