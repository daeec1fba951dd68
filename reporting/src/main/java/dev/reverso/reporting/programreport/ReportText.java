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

  static String dimensionTitle(GroupDimension d) {
    return switch (d) {
      case DEPARTMENT -> "department";
      case LOCATION -> "location";
      case SENIORITY_BAND -> "seniority band";
    };
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
