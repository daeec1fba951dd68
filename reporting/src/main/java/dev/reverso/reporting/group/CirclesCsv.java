package dev.reverso.reporting.group;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleExplanation;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.render.CsvWriter;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.internal.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code circles.csv}: one row per member of every circle (the mentee first, then the mentors), then one
 * row per person in no circle. Columns {@value #HEADER}: {@code credits} lists, for a mentor, the mentee's
 * goal skills this mentor credits best ({@code ;}-separated); {@code status} is {@code member} or
 * {@code unassigned:REASON}; numbers have 4 fraction digits with a dot. HR ids only. Stateless and
 * thread-safe.
 */
public final class CirclesCsv {
  /** The usual file name. */
  public static final String FILE_NAME = "circles.csv";
  /** The header row. */
  public static final String HEADER = "circle,role,id,circle_score,coverage,reciprocity,diversity,credits,status";

  private CirclesCsv() {}

  /** The CSV text. */
  public static String toCsv(CircleResult result) {
    StringWriter out = new StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the CSV to a file, replacing it. */
  public static void write(CircleResult result, Path file) {
    requireNonNull(result, "result");
    ReportFiles.write(file, out -> write(result, out));
  }

  /** Writes the CSV to {@code out}; does not close it. */
  public static void write(CircleResult result, Writer out) throws IOException {
    requireNonNull(result, "result");
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER.split(","));
    for (Circle c : result.circles()) {
      CircleExplanation e = c.explanation();
      String score = LocalizedNumbers.plain(c.score(), 4);
      String cov = LocalizedNumbers.plain(e.coverage(), 4);
      String rec = LocalizedNumbers.plain(e.reciprocity(), 4);
      String div = LocalizedNumbers.plain(e.diversity(), 4);
      for (ParticipantId mentee : c.mentees()) {
        csv.row(c.id(), "mentee", mentee.value(), score, cov, rec, div, "", "member");
      }
      for (ParticipantId mentor : c.mentors()) {
        List<String> credits = new ArrayList<>();
        for (CircleExplanation.GoalCredit g : e.goals()) {
          if (g.mentor().isPresent() && g.mentor().get().equals(mentor)) {
            credits.add(g.skill());
          }
        }
        csv.row(c.id(), "mentor", mentor.value(), score, cov, rec, div, String.join(";", credits), "member");
      }
    }
    for (Unmatched u : result.unassigned()) {
      csv.row("", u.role().id(), u.participantId().value(), "", "", "", "", "", "unassigned:" + u.reason().name());
    }
    csv.flush();
  }
}
