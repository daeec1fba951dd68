package dev.reverso.reporting.programreport;

import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.render.LocalizedNumbers;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The words and number formats shared by the Markdown and HTML renderers (English text, the caller's locale for numbers). */
final class ReportText {
  static final String NONE = "–";
  /** What an undefined headline score reads as. */
  static final String NO_DATA = "no data";
  static final String SUPPRESSED = "suppressed";
  /** What the representation funnel shows, under its heading. */
  static final String FUNNEL_NOTE = "Of each group's headcount in the organisation: who volunteered, consented, was "
      + "matched, gave feedback and rated their own learning 4 or 5 of 5, with each stage's share of the headcount; "
      + "the voice share is the group's share of all feedback given by mentors. Groups whose share of the organisation "
      + "drops most by the feedback stage come first; suppressed groups come last.";

  static final String RECIPROCITY = "Reciprocity — both sides learn: the mean reciprocity index (balance of the "
      + "learning the two sides report) and the share of pairs where both sides rate their learning high.";
  static final String RECOGNITION = "Recognition — the junior's voice counts: the mentors' mean recognition rating "
      + "and the mentors' share of all feedback (half or more counts fully).";
  static final String RELATIONSHIP = "Relationship — the pairs keep meeting: the share of open pairs that are "
      + "active, retention (pairs not closed early) and the mean relationship rating.";

  private final LocalizedNumbers numbers;

  ReportText(Locale locale) {
    this.numbers = LocalizedNumbers.of(locale);
  }

  LocalizedNumbers numbers() {
    return numbers;
  }

  String score(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 2) : NONE;
  }

  /** A headline score (one of the three Rs): "no data" when undefined, never a number made of no data. */
  String headline(OptionalDouble v) {
    return v.isPresent() ? numbers.decimal(v.getAsDouble(), 2) : NO_DATA;
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

  /** A funnel stage: the count and its share of the group's headcount, {@code 12 (40%)}. */
  static String stage(ReportText t, dev.reverso.reporting.metrics.GroupRepresentation g, int count) {
    return t.integer(count) + " (" + t.share(g.share(count)) + ")";
  }

  static String dimensionTitle(GroupDimension d) {
    return d.title();
  }

  /** {@code mentee-department} → {@code mentee's department}. */
  static String scoreGroupTitle(String id) {
    int dash = id.indexOf('-');
    String side = id.substring(0, dash);
    String dim = id.substring(dash + 1).replace('-', ' ');
    return side + "'s " + dim;
  }

  static String status(PairStatus s) {
    return switch (s) {
      case ACTIVE -> "active";
      case AT_RISK -> "at risk";
      case DORMANT -> "dormant";
      case CLOSED -> "closed";
    };
  }
}
