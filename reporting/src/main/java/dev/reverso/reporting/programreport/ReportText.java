package dev.reverso.reporting.programreport;

import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.HealthReason;
import dev.reverso.reporting.metrics.Reciprocity;
import dev.reverso.reporting.metrics.Recognition;
import dev.reverso.reporting.metrics.Relationship;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.render.Tone;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The words and number formats shared by the Markdown and HTML renderers of the programme report, the cohort
 * trends and the circles: every word comes from the {@code messages} bundle of the renderer's language
 * ({@link Texts}), numbers and dates follow its locale.
 */
final class ReportText {
  /** What an empty cell reads as (a dash, the same in every language). */
  static final String NONE = "–";

  private final Texts texts;
  private final LocalizedNumbers numbers;

  ReportText(Locale locale) {
    this.texts = Texts.of(locale);
    this.numbers = texts.numbers();
  }

  /** The message with this key (see {@link Texts#get}). */
  String get(String key, Object... namesAndValues) {
    return texts.get(key, namesAndValues);
  }

  Texts texts() {
    return texts;
  }

  LocalizedNumbers numbers() {
    return numbers;
  }

  /** What a suppressed group's first cell reads as. */
  String suppressed() {
    return texts.get("report.suppressed");
  }

  String score(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 2) : NONE;
  }

  /** A headline score (one of the three Rs): "no data" when undefined, never a number made of no data. */
  String headline(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 2) : texts.get("report.noData");
  }

  String score(double v) {
    return numbers.decimal(v, 2);
  }

  String share(OptionalDouble v) {
    return v.isPresent() ? numbers.percent(v.getAsDouble(), 0) : NONE;
  }

  String share(double v) {
    return numbers.percent(v, 0);
  }

  String rating(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 1) : NONE;
  }

  String nps(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 0) : NONE;
  }

  String integer(long v) {
    return numbers.integer(v);
  }

  String integer(OptionalInt v) {
    return v.isPresent() ? numbers.integer(v.getAsInt()) : NONE;
  }

  /** A date in the locale's medium style; ISO ({@code 2026-07-06}) for {@link Locale#ROOT}, which has no style. */
  String date(LocalDate d) {
    return texts.locale().getLanguage().isEmpty() ? d.toString() : texts.date(d);
  }

  String date(Optional<LocalDate> d) {
    return d.map(this::date).orElse(NONE);
  }

  /** A funnel stage: the count and its share of the group's headcount, {@code 12 (40%)}. */
  String stage(GroupRepresentation g, int count) {
    return integer(count) + " (" + share(g.share(count)) + ")";
  }

  /** A grouping dimension for people: {@code department}, or a free attribute's own key. */
  String dimensionTitle(GroupDimension d) {
    String key = "dimension." + d.id();
    return texts.has(key) ? texts.get(key) : d.title();
  }

  /** {@code mentee-department} → {@code the mentee's department}. */
  String scoreGroupTitle(String id) {
    int dash = id.indexOf('-');
    String side = id.substring(0, dash);
    String dim = id.substring(dash + 1);
    String key = "dimension." + dim;
    return texts.get("scores.groupTitle." + side, "dimension", texts.has(key) ? texts.get(key) : dim);
  }

  /** A side as a word: {@code mentor}, {@code mentee}. */
  String side(Side side) {
    return texts.get("side." + side.name());
  }

  /** A side's group label of the NPS breakdown ({@code mentor}, {@code mentee}) in this language. */
  String sideLabel(String group) {
    String key = "side." + group.toUpperCase(Locale.ROOT);
    return texts.has(key) ? texts.get(key) : group;
  }

  String status(PairStatus s) {
    return texts.get("status." + s.name());
  }

  String closeReason(CloseReason c) {
    return texts.get("closeReason." + c.name());
  }

  /** The columns of a representation funnel table: the group, its headcount, then each stage. */
  List<String> funnelHeaders() {
    return List.of(get("col.group"), get("col.headcount"), get("funnel.col.volunteers"),
        get("funnel.col.consenting"), get("funnel.col.matched"), get("funnel.col.feedback"),
        get("funnel.col.learning"), get("funnel.col.voiceShare"));
  }

  /** One group's row of a funnel table: suppressed groups show only that they are. */
  String[] funnelRow(PublishedGroup<GroupRepresentation> g) {
    Optional<GroupRepresentation> v = g.value();
    return new String[] {g.group(), v.map(x -> integer(x.headcount())).orElse(suppressed()),
        v.map(x -> stage(x, x.volunteers())).orElse(""), v.map(x -> stage(x, x.consenting())).orElse(""),
        v.map(x -> stage(x, x.matched())).orElse(""), v.map(x -> stage(x, x.feedback())).orElse(""),
        v.map(x -> stage(x, x.learning())).orElse(""), v.map(x -> share(x.voiceShare())).orElse("")};
  }

  /** What the Reciprocity headline is made of, in one sentence. */
  String parts(Reciprocity r) {
    return get("r.reciprocity.parts", "index", score(r.meanIndex()), "both", share(r.shareBothLearning()),
        "rated", r.pairsRatedByBoth(), "balance", score(r.meanClosureBalance()), "progress", r.pairsWithBothProgress());
  }

  /** What the Recognition headline is made of, in one sentence. */
  String parts(Recognition r) {
    return get("r.recognition.parts", "rating", rating(r.meanMentorRecognition()), "share",
        share(r.mentorFeedbackShare()));
  }

  /** What the Relationship headline is made of, in one sentence. */
  String parts(Relationship r) {
    return get("r.relationship.parts", "active", share(r.shareActive()), "retention", share(r.retention()),
        "rating", rating(r.meanRelationship()));
  }

  /** Why a pair's health is what it is, as a sentence of this language. */
  String healthReason(HealthReason h) {
    Object[] args = new Object[h.args().size() * 2 + 2];
    int i = 0;
    for (var e : h.args().entrySet()) {
      args[i++] = e.getKey();
      args[i++] = e.getValue() instanceof LocalDate d ? date(d) : e.getValue();
    }
    args[i++] = "side";
    args[i] = h.side().map(this::side).orElse("");
    return texts.get("health." + h.rule().name(), args);
  }

  static Tone tone(PairStatus s) {
    return switch (s) {
      case ACTIVE -> Tone.ACTIVE;
      case AT_RISK -> Tone.AT_RISK;
      case DORMANT -> Tone.DORMANT;
      case CLOSED -> Tone.CLOSED;
    };
  }
}
