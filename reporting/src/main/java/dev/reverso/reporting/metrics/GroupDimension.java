package dev.reverso.reporting.metrics;

import dev.reverso.core.Participant;
import java.util.Locale;

/** An attribute of the org chart that groups people for coverage and score breakdowns. */
public enum GroupDimension {
  /** {@link Participant#department()}. */
  DEPARTMENT,
  /** {@link Participant#location()}. */
  LOCATION,
  /** {@link Participant#seniority()} in bands of {@link MetricsOptions#seniorityBandWidth()} grades. */
  SENIORITY_BAND;

  /** The label of people whose attribute is missing. */
  public static final String UNKNOWN = "(unknown)";

  /** The id used in reports: {@code department}, {@code location}, {@code seniority-band}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The group of a person in this dimension. */
  public String groupOf(Participant p, MetricsOptions options) {
    return switch (this) {
      case DEPARTMENT -> p.department().orElse(UNKNOWN);
      case LOCATION -> p.location().orElse(UNKNOWN);
      case SENIORITY_BAND -> options.seniorityBand(p.seniority());
    };
  }

  /** Orders group labels: seniority bands by their lowest grade, other labels alphabetically (by code point). */
  public int compareGroups(String a, String b) {
    if (this == SENIORITY_BAND) {
      int c = Integer.compare(bandStart(a), bandStart(b));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static int bandStart(String band) {
    int dash = band.indexOf('-');
    String lo = dash < 0 ? band : band.substring(0, dash);
    try {
      return Integer.parseInt(lo);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
