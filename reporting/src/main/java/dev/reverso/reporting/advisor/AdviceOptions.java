package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.journal.CloseReason;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the {@link WeightAdvisor}, as an immutable value: start from {@link #defaults()} and derive changed
 * copies with the {@code with...} methods, each of which validates its value at once
 * ({@link InvalidInputException} located at the setting).
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #minPairs()}</td><td>{@value #DEFAULT_MIN_PAIRS}</td>
 *       <td>fewer pairs with an outcome ⇒ refused ({@link RefusalReason#TOO_FEW_PAIRS}); at least 3</td></tr>
 *   <tr><td>{@link #resamples()}</td><td>{@value #DEFAULT_RESAMPLES}</td>
 *       <td>bootstrap resamples for the weight intervals; 0 computes no intervals</td></tr>
 *   <tr><td>{@link #confidenceLevel()}</td><td>{@value #DEFAULT_CONFIDENCE_LEVEL}</td>
 *       <td>coverage of the percentile intervals, strictly between 0 and 1</td></tr>
 *   <tr><td>{@link #seed()}</td><td>{@value #DEFAULT_SEED}</td>
 *       <td>seed of the bootstrap's random draws: the same seed gives the same intervals</td></tr>
 *   <tr><td>{@link #poorOutcomeCloseReasons()}</td><td>every reason but {@code COMPLETED}</td>
 *       <td>a pair closed for one of these reasons has outcome 0, whatever its ratings</td></tr>
 * </table>
 *
 * <p>Thread-safe; {@code equals} compares every setting.
 */
public final class AdviceOptions {
  /** Default of {@link #minPairs()}. */
  public static final int DEFAULT_MIN_PAIRS = 30;
  /** Default of {@link #resamples()}. */
  public static final int DEFAULT_RESAMPLES = 500;
  /** Default of {@link #confidenceLevel()}. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
  /** Default of {@link #seed()}. */
  public static final long DEFAULT_SEED = 20_260_115L;
  /** The most resamples accepted. */
  public static final int MAX_RESAMPLES = 100_000;

  private static final AdviceOptions DEFAULTS = new AdviceOptions(DEFAULT_MIN_PAIRS, DEFAULT_RESAMPLES,
      DEFAULT_CONFIDENCE_LEVEL, DEFAULT_SEED,
      Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.of(CloseReason.COMPLETED))));

  private final int minPairs;
  private final int resamples;
  private final double confidenceLevel;
  private final long seed;
  private final ImmutableSet<CloseReason> poorOutcomeCloseReasons;

  private AdviceOptions(int minPairs, int resamples, double confidenceLevel, long seed,
      ImmutableSet<CloseReason> poorOutcomeCloseReasons) {
    this.minPairs = minPairs;
    this.resamples = resamples;
    this.confidenceLevel = confidenceLevel;
    this.seed = seed;
    this.poorOutcomeCloseReasons = poorOutcomeCloseReasons;
  }

  /** The documented defaults. */
  public static AdviceOptions defaults() {
    return DEFAULTS;
  }

  /** The fewest pairs with an outcome the advisor fits weights on. */
  public int minPairs() {
    return minPairs;
  }

  /** Bootstrap resamples; 0 when no intervals are computed. */
  public int resamples() {
    return resamples;
  }

  /** Coverage of the bootstrap percentile intervals. */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /** Seed of the bootstrap. */
  public long seed() {
    return seed;
  }

  /** Close reasons that make a pair's outcome 0. */
  public ImmutableSet<CloseReason> poorOutcomeCloseReasons() {
    return poorOutcomeCloseReasons;
  }

  /**
   * A copy with this minimum number of pairs.
   *
   * @throws InvalidInputException if {@code minPairs < 3}
   */
  public AdviceOptions withMinPairs(int minPairs) {
    if (minPairs < 3) {
      throw InvalidInputException.of("minPairs", "expected at least 3 pairs, found " + minPairs);
    }
    return new AdviceOptions(minPairs, resamples, confidenceLevel, seed, poorOutcomeCloseReasons);
  }

  /**
   * A copy with this many bootstrap resamples (0 for no intervals).
   *
   * @throws InvalidInputException unless {@code 0 <= resamples <= }{@value #MAX_RESAMPLES}
   */
  public AdviceOptions withResamples(int resamples) {
    if (resamples < 0 || resamples > MAX_RESAMPLES) {
      throw InvalidInputException.of("resamples", "expected 0.." + MAX_RESAMPLES + ", found " + resamples);
    }
    return new AdviceOptions(minPairs, resamples, confidenceLevel, seed, poorOutcomeCloseReasons);
  }

  /**
   * A copy with this interval coverage.
   *
   * @throws InvalidInputException unless {@code 0 < level < 1}
   */
  public AdviceOptions withConfidenceLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw InvalidInputException.of("confidenceLevel", "expected a number strictly between 0 and 1, found "
          + level);
    }
    return new AdviceOptions(minPairs, resamples, level, seed, poorOutcomeCloseReasons);
  }

  /** A copy with this bootstrap seed. */
  public AdviceOptions withSeed(long seed) {
    return new AdviceOptions(minPairs, resamples, confidenceLevel, seed, poorOutcomeCloseReasons);
  }

  /**
   * A copy in which a pair closed for one of these reasons has outcome 0 (pairs closed for another reason are
   * judged by their ratings). Example: {@code withPoorOutcomeCloseReasons(Set.of(CloseReason.MISMATCH))} stops
   * counting people who left the organisation against the match.
   */
  public AdviceOptions withPoorOutcomeCloseReasons(Set<CloseReason> reasons) {
    requireNonNull(reasons, "reasons");
    ImmutableSet<CloseReason> copy = reasons.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(reasons);
    return new AdviceOptions(minPairs, resamples, confidenceLevel, seed, copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdviceOptions a && a.minPairs == minPairs && a.resamples == resamples
        && Double.compare(a.confidenceLevel, confidenceLevel) == 0 && a.seed == seed
        && a.poorOutcomeCloseReasons.equals(poorOutcomeCloseReasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minPairs, resamples, confidenceLevel, seed, poorOutcomeCloseReasons);
  }

  @Override
  public String toString() {
    return "AdviceOptions[minPairs=" + minPairs + ", resamples=" + resamples + ", confidenceLevel="
        + confidenceLevel + ", seed=" + seed + ", poorOutcomeCloseReasons=" + poorOutcomeCloseReasons + "]";
  }
}
