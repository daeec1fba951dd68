package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.privacy.PairPseudonyms;
import dev.reverso.reporting.privacy.SmallGroupSuppression;
import com.google.common.collect.ImmutableList;
import dev.reverso.reporting.metrics.GroupDimension;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link ProgramReport} is built, as an immutable value: start from {@link #defaults()} and derive copies
 * with the {@code with...} methods.
 *
 * <ul>
 *   <li>{@link #minGroupSize()}: groups smaller than this are suppressed (default
 *       {@value SmallGroupSuppression#DEFAULT_MIN_GROUP_SIZE}, never below
 *       {@value SmallGroupSuppression#LOWEST_MIN_GROUP_SIZE}); see {@link SmallGroupSuppression}.</li>
 *   <li>{@link #pseudonyms()}: the key that names pairs; when none is given, every report draws a fresh random
 *       key ({@link PairPseudonyms#withRandomKey()}), so its pseudonyms link to no other report.</li>
 *   <li>{@link #locale()}: how numbers are shown in Markdown and HTML (default {@link Locale#ROOT}); JSON and
 *       CSV always use plain {@code .} decimals.</li>
 *   <li>{@link #includeNames()}: whether pair rows show the display names of mentor and mentee (default
 *       {@code false}: no names in any output unless the caller opts in). HR ids never appear.</li>
 *   <li>{@link #metrics()}: the health thresholds and other metric settings.</li>
 *   <li>{@link #groupBy()}: the dimensions of the representation funnel (default department, location, seniority
 *       band); any attribute of the HR export may be one ({@link GroupDimension#attribute(String)}).</li>
 * </ul>
 * Thread-safe; {@link #toString()} never shows the key.
 */
public final class ProgramReportOptions {
  private static final ProgramReportOptions DEFAULTS = new ProgramReportOptions(
      SmallGroupSuppression.DEFAULT_MIN_GROUP_SIZE, Optional.empty(), Locale.ROOT, false, MetricsOptions.defaults(),
      GroupDimension.values());

  private final int minGroupSize;
  private final Optional<PairPseudonyms> pseudonyms;
  private final Locale locale;
  private final boolean includeNames;
  private final MetricsOptions metrics;
  private final ImmutableList<GroupDimension> groupBy;

  private ProgramReportOptions(int minGroupSize, Optional<PairPseudonyms> pseudonyms, Locale locale,
      boolean includeNames, MetricsOptions metrics, ImmutableList<GroupDimension> groupBy) {
    this.groupBy = groupBy;
    this.minGroupSize = minGroupSize;
    this.pseudonyms = pseudonyms;
    this.locale = locale;
    this.includeNames = includeNames;
    this.metrics = metrics;
  }

  /** Minimum group size 5, a random pseudonym key per report, {@link Locale#ROOT}, no names, default metrics. */
  public static ProgramReportOptions defaults() {
    return DEFAULTS;
  }

  /** The smallest group published. */
  public int minGroupSize() {
    return minGroupSize;
  }

  /** The caller's pseudonym key, if given; empty means a random key per report. */
  public Optional<PairPseudonyms> pseudonyms() {
    return pseudonyms;
  }

  /** The locale of numbers shown to people. */
  public Locale locale() {
    return locale;
  }

  /** Whether display names appear in pair rows. */
  public boolean includeNames() {
    return includeNames;
  }

  /** The metric settings. */
  public MetricsOptions metrics() {
    return metrics;
  }

  /**
   * A copy with this minimum group size.
   *
   * @throws InvalidInputException if below {@value SmallGroupSuppression#LOWEST_MIN_GROUP_SIZE}
   */
  public ProgramReportOptions withMinGroupSize(int size) {
    SmallGroupSuppression.check(size);
    return new ProgramReportOptions(size, pseudonyms, locale, includeNames, metrics, groupBy);
  }

  /** A copy that names pairs with these pseudonyms (for example {@code PairPseudonyms.withKey(secret)}). */
  public ProgramReportOptions withPseudonyms(PairPseudonyms pseudonyms) {
    return new ProgramReportOptions(minGroupSize, Optional.of(requireNonNull(pseudonyms, "pseudonyms")), locale,
        includeNames, metrics, groupBy);
  }

  /**
   * A copy that names pairs under this secret key.
   *
   * @throws InvalidInputException if the key is shorter than {@value PairPseudonyms#MIN_KEY_BYTES} bytes
   */
  public ProgramReportOptions withPseudonymKey(byte[] key) {
    return withPseudonyms(PairPseudonyms.withKey(key));
  }

  /** A copy whose Markdown and HTML show numbers for this locale. */
  public ProgramReportOptions withLocale(Locale locale) {
    return new ProgramReportOptions(minGroupSize, pseudonyms, requireNonNull(locale, "locale"), includeNames, metrics,
        groupBy);
  }

  /** A copy that shows (true) or hides (false) display names in pair rows. */
  public ProgramReportOptions withNames(boolean include) {
    return new ProgramReportOptions(minGroupSize, pseudonyms, locale, include, metrics, groupBy);
  }

  /** A copy with these metric settings. */
  public ProgramReportOptions withMetrics(MetricsOptions metrics) {
    return new ProgramReportOptions(minGroupSize, pseudonyms, locale, includeNames, requireNonNull(metrics, "metrics"),
        groupBy);
  }

  /** The dimensions of the representation funnel, in report order. */
  public ImmutableList<GroupDimension> groupBy() {
    return groupBy;
  }

  /**
   * A copy whose representation funnel is by these dimensions, in this order (default: department, location,
   * seniority band), for instance {@code List.of(GroupDimension.DEPARTMENT, GroupDimension.attribute("gender"))}.
   *
   * @throws InvalidInputException if the list is empty or names a dimension twice
   */
  public ProgramReportOptions withGroupBy(List<GroupDimension> dimensions) {
    requireNonNull(dimensions, "dimensions");
    ImmutableList<GroupDimension> copy = ImmutableList.copyOf(dimensions);
    if (copy.isEmpty()) {
      throw InvalidInputException.of("groupBy", "expected at least one dimension, found none");
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw InvalidInputException.of("groupBy", "expected each dimension once, found " + copy);
    }
    return new ProgramReportOptions(minGroupSize, pseudonyms, locale, includeNames, metrics, copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgramReportOptions p && minGroupSize == p.minGroupSize && pseudonyms.equals(p.pseudonyms)
        && locale.equals(p.locale) && includeNames == p.includeNames && metrics.equals(p.metrics) && groupBy.equals(p.groupBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minGroupSize, pseudonyms, locale, includeNames, metrics, groupBy);
  }

  /** Settings without the key. */
  @Override
  public String toString() {
    return "ProgramReportOptions[minGroupSize=" + minGroupSize + ", key=" + (pseudonyms.isPresent() ? "caller's" : "random")
        + ", locale=" + (locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag()) + ", names=" + includeNames
        + ", " + metrics + ", groupBy=" + groupBy + "]";
  }
}
