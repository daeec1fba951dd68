package dev.reverso.matching.shortlist;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.MatchingOptions;
import java.util.Locale;

/**
 * Settings of {@link Shortlists#build}: the exposure factor (default {@value #DEFAULT_EXPOSURE}) and the
 * matching options (minimum score, deadline, progress). Immutable; vary with the {@code with...} copies.
 */
public final class ShortlistOptions {
  /** The default exposure factor. */
  public static final double DEFAULT_EXPOSURE = 3;
  private static final ShortlistOptions DEFAULTS = new ShortlistOptions(DEFAULT_EXPOSURE, MatchingOptions.defaults());

  private final double exposure;
  private final MatchingOptions matching;

  private ShortlistOptions(double exposure, MatchingOptions matching) {
    this.exposure = exposure;
    this.matching = matching;
  }

  /** Exposure {@value #DEFAULT_EXPOSURE}, {@link MatchingOptions#defaults()}. */
  public static ShortlistOptions defaults() {
    return DEFAULTS;
  }

  /**
   * How often a person may be suggested, per unit of free capacity: nobody is suggested more than
   * {@code ceil(exposure × capacity)} times in total.
   */
  public double exposure() {
    return exposure;
  }

  /** Minimum score, deadline and progress listener. */
  public MatchingOptions matching() {
    return matching;
  }

  /**
   * A copy with this exposure factor.
   *
   * @throws InvalidInputException unless the factor is finite and positive
   */
  public ShortlistOptions withExposure(double exposure) {
    if (!(exposure > 0) || Double.isInfinite(exposure)) {
      throw InvalidInputException.of("exposure", "expected a finite exposure factor above 0, found " + exposure);
    }
    return new ShortlistOptions(exposure, matching);
  }

  /** A copy with these matching options. */
  public ShortlistOptions withMatching(MatchingOptions matching) {
    return new ShortlistOptions(exposure, requireNonNull(matching, "matching"));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ShortlistOptions[exposure=%s, %s]", exposure, matching);
  }
}
