package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.reporting.metrics.CircleMetrics;
import dev.reverso.reporting.privacy.PairPseudonyms;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import dev.reverso.reporting.render.Markdown;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The circles of a programme report, beside its pairs ({@link ProgramReport#circles()}): the three Rs of the
 * circle format over every circle, and one row per circle named by a keyed pseudonym, never by the circle id
 * (which carries the senior's HR id). Rows are ordered by pseudonym, so their order links to no other file.
 *
 * @param overall sums and means over every circle (its {@code circle} is {@code "all"})
 * @param rows one row per circle, by pseudonym
 * @param eventsOutsideCircles circle events of no circle of the result (not counted)
 * @param eventsAfterAsOf circle events after the report date (not counted)
 */
public record CircleSection(CircleMetrics.Stats overall, ImmutableList<Row> rows, int eventsOutsideCircles,
    int eventsAfterAsOf) {

  /**
   * One circle.
   *
   * @param pseudonym the circle's keyed pseudonym (16 hex digits)
   * @param stats its numbers; {@code stats.circle()} is the pseudonym too
   */
  public record Row(String pseudonym, CircleMetrics.Stats stats) {
    /** Validates the components. */
    public Row {
      requireNonNull(pseudonym, "pseudonym");
      requireNonNull(stats, "stats");
    }
  }

  /** Validates and copies. */
  public CircleSection {
    requireNonNull(overall, "overall");
    rows = ImmutableList.copyOf(rows);
  }

  /** The section of these metrics, circles named with these pseudonyms. */
  static CircleSection of(CircleMetrics metrics, PairPseudonyms pseudonyms) {
    List<Row> rows = new ArrayList<>();
    for (CircleMetrics.Stats s : metrics.circles()) {
      // keyed on the circle id as a pseudo mentor id: no pair of the programme hashes to the same input
      String p = pseudonyms.of(ParticipantId.of(s.circle()), ParticipantId.of("circle"));
      rows.add(new Row(p, new CircleMetrics.Stats(p, s.members(), s.sessions(), s.minutes(), s.attendance(),
          s.juniorsRating(), s.ratedBySenior(), s.bothSided(), s.bothSidedShare(), s.relationship(), s.recognition(),
          s.learning())));
    }
    rows.sort(Comparator.comparing(Row::pseudonym));
    return new CircleSection(metrics.overall(), ImmutableList.copyOf(rows), metrics.eventsOutsideCircles(),
        metrics.eventsAfterAsOf());
  }

  private static final String[] HEADERS = {"circle", "juniors", "sessions", "minutes", "attendance",
      "juniorsRating", "ratedBySenior", "bothWays", "relationship", "recognition", "learning"};

  private static String[] headers(ReportText t) {
    String[] out = new String[HEADERS.length];
    for (int i = 0; i < HEADERS.length; i++) {
      out[i] = t.get("circles.col." + HEADERS[i]);
    }
    return out;
  }

  private List<String> cells(ReportText t, String label, CircleMetrics.Stats s) {
    return List.of(label, t.integer(s.members()), t.integer(s.sessions()), t.integer(s.minutes()),
        t.share(s.attendance()), t.integer(s.juniorsRating()), t.integer(s.ratedBySenior()),
        t.share(s.bothSidedShare()), t.rating(s.relationship()), t.rating(s.recognition()), t.rating(s.learning()));
  }

  private String note(ReportText t) {
    return t.get("circles.note", "outside", eventsOutsideCircles, "after", eventsAfterAsOf);
  }

  void html(ReportText t, HtmlDocument doc) {
    doc.heading(2, t.get("circles.title"));
    HtmlTable table = HtmlTable.of(headers(t)).caption(t.get("circles.caption"));
    for (int c = 1; c < HEADERS.length; c++) {
      table.numeric(c);
    }
    table.row(cells(t, t.get("circles.all"), overall).toArray(String[]::new));
    for (Row r : rows) {
      table.row(cells(t, r.pseudonym(), r.stats()).toArray(String[]::new));
    }
    doc.table(table);
    doc.note(note(t));
  }

  String markdown(ReportText t) {
    StringBuilder md = new StringBuilder(Markdown.heading(2, t.get("circles.title")));
    Markdown.Table table = Markdown.table(headers(t));
    table.row(cells(t, t.get("circles.all"), overall));
    for (Row r : rows) {
      table.row(cells(t, r.pseudonym(), r.stats()));
    }
    md.append(table.render()).append('\n').append(Markdown.escape(note(t))).append('\n');
    return md.toString();
  }

  void json(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("circles");
    g.writeNumberField("eventsOutsideCircles", eventsOutsideCircles);
    g.writeNumberField("eventsAfterAsOf", eventsAfterAsOf);
    g.writeFieldName("overall");
    stats(g, overall, null);
    g.writeArrayFieldStart("circles");
    for (Row r : rows) {
      stats(g, r.stats(), r.pseudonym());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void stats(JsonGenerator g, CircleMetrics.Stats s, String pseudonym) throws IOException {
    g.writeStartObject();
    if (pseudonym != null) {
      g.writeStringField("pseudonym", pseudonym);
    }
    g.writeNumberField("juniors", s.members());
    g.writeNumberField("sessions", s.sessions());
    g.writeNumberField("minutes", s.minutes());
    decimal(g, "attendance", s.attendance());
    g.writeNumberField("juniorsRating", s.juniorsRating());
    g.writeNumberField("ratedBySenior", s.ratedBySenior());
    g.writeNumberField("bothWays", s.bothSided());
    decimal(g, "bothWaysShare", s.bothSidedShare());
    decimal(g, "meanRelationship", s.relationship());
    decimal(g, "meanRecognition", s.recognition());
    decimal(g, "meanLearning", s.learning());
    g.writeEndObject();
  }

  private static void decimal(JsonGenerator g, String name, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }
}
