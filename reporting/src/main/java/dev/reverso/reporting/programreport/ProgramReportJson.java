package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.NetPromoterScore;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.Ratings;
import dev.reverso.reporting.metrics.ScoreDistribution;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.SkillClosure;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.LocalizedNumbers;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes {@code program-report.json}: the schema of {@code docs/report-format.md}, fields always in the same
 * order, absent values as {@code null}, decimals rounded half-up to {@value #DIGITS} places (trailing zeros
 * dropped), two-space indentation, {@code \n} line ends. Numbers are machine-readable whatever the locale, so
 * {@link #withLocale(Locale)} changes nothing in the output.
 */
final class ProgramReportJson extends AbstractReportRenderer<ProgramReport> {
  static final int DIGITS = 4;
  private static final JsonFactory FACTORY = JsonFactory.builder().build();


  ProgramReportJson(Locale locale) {
    super(ReportFormat.JSON, locale, ProgramReportJson::new);
  }

  @Override
  public void render(ProgramReport r, Writer out) throws IOException {
    requireNonNull(r, "report");
    requireNonNull(out, "out");
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    g.writeStartObject();
    g.writeStringField("format", ProgramReport.FORMAT);
    g.writeStringField("asOf", r.asOf().toString());
    g.writeStringField("start", r.start().toString());
    g.writeStringField("strategy", r.strategy());

    g.writeObjectFieldStart("privacy");
    g.writeNumberField("minGroupSize", r.minGroupSize());
    g.writeStringField("pseudonyms", "HMAC-SHA256, 16 hex digits, " + (r.randomKey() ? "random key" : "caller's key"));
    g.writeBooleanField("namesIncluded", r.namesIncluded());
    g.writeNumberField("suppressedGroups", r.suppressedGroups());
    g.writeEndObject();

    Summary s = r.summary();
    g.writeObjectFieldStart("summary");
    integer(g, "headcount", s.headcount());
    g.writeNumberField("mentors", s.mentors());
    g.writeNumberField("mentees", s.mentees());
    g.writeNumberField("matchedMentors", s.matchedMentors());
    g.writeNumberField("matchedMentees", s.matchedMentees());
    g.writeNumberField("pairs", s.pairs());
    g.writeNumberField("openPairs", s.openPairs());
    g.writeNumberField("closedPairs", s.closedPairs());
    g.writeNumberField("eventsOutsideMatch", s.eventsOutsideMatch());
    g.writeNumberField("eventsAfterAsOf", s.eventsAfterAsOf());
    g.writeEndObject();

    g.writeObjectFieldStart("threeRs");
    g.writeObjectFieldStart("reciprocity");
    decimal(g, "score", r.reciprocity().score());
    g.writeNumberField("pairsRatedByBoth", r.reciprocity().pairsRatedByBoth());
    decimal(g, "meanIndex", r.reciprocity().meanIndex());
    decimal(g, "shareBothLearning", r.reciprocity().shareBothLearning());
    g.writeNumberField("pairsWithBothProgress", r.reciprocity().pairsWithBothProgress());
    decimal(g, "meanClosureBalance", r.reciprocity().meanClosureBalance());
    g.writeEndObject();
    g.writeObjectFieldStart("recognition");
    decimal(g, "score", r.recognition().score());
    g.writeNumberField("mentorRatings", r.recognition().mentorRatings());
    decimal(g, "meanMentorRecognition", r.recognition().meanMentorRecognition());
    g.writeNumberField("mentorFeedbacks", r.recognition().mentorFeedbacks());
    g.writeNumberField("feedbacks", r.recognition().feedbacks());
    decimal(g, "mentorFeedbackShare", r.recognition().mentorFeedbackShare());
    g.writeEndObject();
    g.writeObjectFieldStart("relationship");
    decimal(g, "score", r.relationship().score());
    g.writeNumberField("pairs", r.relationship().pairs());
    g.writeNumberField("openPairs", r.relationship().openPairs());
    g.writeNumberField("activePairs", r.relationship().activePairs());
    g.writeNumberField("closedEarly", r.relationship().closedEarly());
    g.writeNumberField("ratings", r.relationship().ratings());
    decimal(g, "shareActive", r.relationship().shareActive());
    decimal(g, "retention", r.relationship().retention());
    decimal(g, "meanRelationship", r.relationship().meanRelationship());
    g.writeEndObject();
    g.writeEndObject();

    g.writeObjectFieldStart("health");
    for (PairHealth h : PairHealth.values()) {
      g.writeNumberField(h.name(), r.healthCounts().get(h));
    }
    g.writeObjectFieldStart("closed");
    for (Map.Entry<CloseReason, Integer> e : r.closedCounts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();

    g.writeObjectFieldStart("nps");
    g.writeFieldName("overall");
    if (r.nps().isPresent()) {
      nps(g, r.nps().get());
    } else {
      g.writeNull();
    }
    breakdownField(g, "bySide", r.npsBySide(), ProgramReportJson::npsFields);
    g.writeEndObject();

    breakdownField(g, "skillClosure", r.skillClosure(), ProgramReportJson::skillFields);
    breakdownField(g, "mentorSkillClosure", r.skillClosure(Side.MENTOR), ProgramReportJson::skillFields);

    g.writeArrayFieldStart("coverage");
    for (GroupBreakdown<GroupCoverage> b : r.coverage()) {
      breakdown(g, b, ProgramReportJson::coverageFields);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("representation");
    for (GroupBreakdown<GroupRepresentation> b : r.representation()) {
      breakdown(g, b, ProgramReportJson::representationFields);
    }
    g.writeEndArray();

    g.writeFieldName("scores");
    g.writeStartObject();
    distributionFields(g, r.scores());
    g.writeArrayFieldStart("histogram");
    for (int c : r.scores().histogram()) {
      g.writeNumber(c);
    }
    g.writeEndArray();
    g.writeEndObject();

    g.writeArrayFieldStart("scoresByGroup");
    for (GroupBreakdown<ScoreDistribution> b : r.scoresByGroup()) {
      breakdown(g, b, ProgramReportJson::distributionFields);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("pairs");
    for (PairRow p : r.pairs()) {
      pair(g, p, r.namesIncluded());
    }
    g.writeEndArray();
    if (r.circles().isPresent()) {
      r.circles().get().json(g);
    }
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private interface Fields<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void breakdownField(JsonGenerator g, String name, GroupBreakdown<T> b, Fields<T> fields)
      throws IOException {
    g.writeFieldName(name);
    breakdown(g, b, fields);
  }

  private static <T> void breakdown(JsonGenerator g, GroupBreakdown<T> b, Fields<T> fields) throws IOException {
    g.writeStartObject();
    g.writeStringField("by", b.id());
    g.writeBooleanField("totalWithheld", b.totalWithheld());
    g.writeArrayFieldStart("groups");
    for (PublishedGroup<T> group : b.groups()) {
      g.writeStartObject();
      g.writeStringField("group", group.group());
      g.writeBooleanField("suppressed", group.suppressed());
      if (group.value().isPresent()) {
        fields.write(g, group.value().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void nps(JsonGenerator g, NetPromoterScore n) throws IOException {
    g.writeStartObject();
    npsFields(g, n);
    g.writeEndObject();
  }

  private static void npsFields(JsonGenerator g, NetPromoterScore n) throws IOException {
    g.writeNumberField("respondents", n.respondents());
    g.writeNumberField("promoters", n.promoters());
    g.writeNumberField("passives", n.passives());
    g.writeNumberField("detractors", n.detractors());
    decimal(g, "score", n.score());
  }

  private static void skillFields(JsonGenerator g, SkillClosure s) throws IOException {
    g.writeNumberField("goals", s.goals());
    g.writeNumberField("reported", s.reported());
    decimal(g, "meanClosure", s.meanClosure());
    g.writeNumberField("closed", s.closed());
  }

  private static void coverageFields(JsonGenerator g, GroupCoverage c) throws IOException {
    g.writeNumberField("headcount", c.headcount());
    g.writeNumberField("mentors", c.mentors());
    g.writeNumberField("mentees", c.mentees());
    g.writeNumberField("matchedMentors", c.matchedMentors());
    g.writeNumberField("matchedMentees", c.matchedMentees());
    decimal(g, "participation", OptionalDouble.of(c.participation()));
    decimal(g, "coverage", OptionalDouble.of(c.coverage()));
  }

  private static void representationFields(JsonGenerator g, GroupRepresentation c) throws IOException {
    g.writeNumberField("headcount", c.headcount());
    g.writeNumberField("volunteers", c.volunteers());
    g.writeNumberField("consenting", c.consenting());
    g.writeNumberField("matched", c.matched());
    g.writeNumberField("feedback", c.feedback());
    g.writeNumberField("learning", c.learning());
    decimal(g, "voiceShare", c.voiceShare());
    g.writeObjectFieldStart("shares");
    decimal(g, "volunteers", OptionalDouble.of(c.share(c.volunteers())));
    decimal(g, "consenting", OptionalDouble.of(c.share(c.consenting())));
    decimal(g, "matched", OptionalDouble.of(c.share(c.matched())));
    decimal(g, "feedback", OptionalDouble.of(c.share(c.feedback())));
    decimal(g, "learning", OptionalDouble.of(c.share(c.learning())));
    g.writeEndObject();
  }

  private static void distributionFields(JsonGenerator g, ScoreDistribution d) throws IOException {
    g.writeNumberField("count", d.count());
    decimal(g, "mean", d.mean());
    decimal(g, "min", d.min());
    decimal(g, "median", d.median());
    decimal(g, "max", d.max());
  }

  private static void pair(JsonGenerator g, PairRow p, boolean names) throws IOException {
    g.writeStartObject();
    g.writeStringField("pseudonym", p.pseudonym());
    if (names) {
      text(g, "mentorName", p.mentorName());
      text(g, "menteeName", p.menteeName());
    }
    g.writeStringField("status", p.status().name());
    text(g, "closeReason", p.closeReason().map(Enum::name));
    text(g, "closedOn", p.closedOn().map(LocalDate::toString));
    g.writeArrayFieldStart("reasons");
    for (String reason : p.reasons()) {
      g.writeString(reason);
    }
    g.writeEndArray();
    g.writeNumberField("sessionsHeld", p.sessionsHeld());
    g.writeNumberField("minutesHeld", p.minutesHeld());
    g.writeNumberField("cancelledByMentor", p.cancelledByMentor());
    g.writeNumberField("cancelledByMentee", p.cancelledByMentee());
    text(g, "lastSession", p.lastSession().map(LocalDate::toString));
    integer(g, "daysSinceLastSession", p.daysSinceLastSession());
    ratings(g, "mentorRatings", p.mentorRatings());
    ratings(g, "menteeRatings", p.menteeRatings());
    decimal(g, "reciprocityIndex", p.reciprocityIndex());
    g.writeNumberField("goals", p.goals());
    decimal(g, "meanGoalClosure", p.meanGoalClosure());
    g.writeEndObject();
  }

  private static void ratings(JsonGenerator g, String name, Optional<Ratings> ratings) throws IOException {
    g.writeFieldName(name);
    if (ratings.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    decimal(g, "relationship", OptionalDouble.of(ratings.get().relationship()));
    decimal(g, "learning", OptionalDouble.of(ratings.get().learning()));
    decimal(g, "recognition", OptionalDouble.of(ratings.get().recognition()));
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }

  private static void decimal(JsonGenerator g, String name, OptionalDouble value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeNumber(decimal(value.getAsDouble()));
    } else {
      g.writeNull();
    }
  }

  /** Half-up to {@value #DIGITS} places, trailing zeros dropped: {@code 0.5}, {@code 1}, {@code 0.6786}. */
  static String decimal(double v) {
    BigDecimal d = new BigDecimal(LocalizedNumbers.plain(v, DIGITS)).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
