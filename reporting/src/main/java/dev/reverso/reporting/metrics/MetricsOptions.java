package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Thresholds of the metrics, as an immutable value: start from {@link #defaults()} and derive changed
 * copies with the {@code with...} methods, each of which validates its value at once.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #atRiskAfterDays()}</td><td>{@value #DEFAULT_AT_RISK_AFTER_DAYS}</td>
 *       <td>a pair whose last session is this many days old (or older) is {@link PairHealth#AT_RISK}</td></tr>
 *   <tr><td>{@link #dormantAfterDays()}</td><td>{@value #DEFAULT_DORMANT_AFTER_DAYS}</td>
 *       <td>a pair whose last session is this many days old (or older) is {@link PairHealth#DORMANT}</td></tr>
 *   <tr><td>{@link #dormantIfNeverMetAfterDays()}</td><td>{@value #DEFAULT_DORMANT_IF_NEVER_MET_AFTER_DAYS}</td>
 *       <td>a pair that has held no session this many days after the {@linkplain #programStart() start}
 *       is {@link PairHealth#DORMANT}</td></tr>
 *   <tr><td>{@link #cancellationWindow()} / {@link #cancellationsAtRisk()}</td>
 *       <td>{@value #DEFAULT_CANCELLATION_WINDOW} / {@value #DEFAULT_CANCELLATIONS_AT_RISK}</td>
 *       <td>a pair is {@link PairHealth#AT_RISK} when one side cancelled at least this many of the last
 *       planned sessions (held or cancelled) in the window</td></tr>
 *   <tr><td>{@link #lowRelationshipRating()}</td><td>{@value #DEFAULT_LOW_RELATIONSHIP_RATING}</td>
 *       <td>a side whose latest relationship rating given on or after the first session is at most this
 *       makes the pair {@link PairHealth#AT_RISK}</td></tr>
 *   <tr><td>{@link #highLearningRating()}</td><td>{@value #DEFAULT_HIGH_LEARNING_RATING}</td>
 *       <td>a learning rating at least this counts as "this side learns" in {@link Reciprocity}</td></tr>
 *   <tr><td>{@link #seniorityBandWidth()}</td><td>{@value #DEFAULT_SENIORITY_BAND_WIDTH}</td>
 *       <td>grades per seniority band: 1–3, 4–6, … (grade 0 is a band of its own)</td></tr>
 *   <tr><td>{@link #programStart()}</td><td>empty</td>
 *       <td>the day the pairs started; when empty, the date of the earliest replayed event of any matched pair
 *       (or the as-of date when there is none)</td></tr>
 * </table>
 *
 * <p>Thread-safe; {@code equals} compares every setting.
 */
public final class MetricsOptions {
  /** Default of {@link #atRiskAfterDays()}. */
  public static final int DEFAULT_AT_RISK_AFTER_DAYS = 45;
  /** Default of {@link #dormantAfterDays()}. */
  public static final int DEFAULT_DORMANT_AFTER_DAYS = 90;
  /** Default of {@link #dormantIfNeverMetAfterDays()}. */
  public static final int DEFAULT_DORMANT_IF_NEVER_MET_AFTER_DAYS = 45;
  /** Default of {@link #cancellationWindow()}. */
  public static final int DEFAULT_CANCELLATION_WINDOW = 3;
  /** Default of {@link #cancellationsAtRisk()}. */
  public static final int DEFAULT_CANCELLATIONS_AT_RISK = 2;
  /** Default of {@link #lowRelationshipRating()}. */
  public static final int DEFAULT_LOW_RELATIONSHIP_RATING = 2;
  /** Default of {@link #highLearningRating()}. */
  public static final int DEFAULT_HIGH_LEARNING_RATING = 4;
  /** Default of {@link #seniorityBandWidth()}. */
  public static final int DEFAULT_SENIORITY_BAND_WIDTH = 3;

  private static final MetricsOptions DEFAULTS = new MetricsOptions(DEFAULT_AT_RISK_AFTER_DAYS,
      DEFAULT_DORMANT_AFTER_DAYS, DEFAULT_DORMANT_IF_NEVER_MET_AFTER_DAYS, DEFAULT_CANCELLATION_WINDOW,
      DEFAULT_CANCELLATIONS_AT_RISK, DEFAULT_LOW_RELATIONSHIP_RATING, DEFAULT_HIGH_LEARNING_RATING,
      DEFAULT_SENIORITY_BAND_WIDTH, Optional.empty());

  private final int atRiskAfterDays;
  private final int dormantAfterDays;
  private final int dormantIfNeverMetAfterDays;
  private final int cancellationWindow;
  private final int cancellationsAtRisk;
  private final int lowRelationshipRating;
  private final int highLearningRating;
  private final int seniorityBandWidth;
  private final Optional<LocalDate> programStart;

  private MetricsOptions(int atRiskAfterDays, int dormantAfterDays, int dormantIfNeverMetAfterDays,
      int cancellationWindow, int cancellationsAtRisk, int lowRelationshipRating, int highLearningRating,
      int seniorityBandWidth, Optional<LocalDate> programStart) {
    Problems problems = new Problems();
    if (atRiskAfterDays < 1) {
      problems.error("atRiskAfterDays", "expected at least 1 day, found " + atRiskAfterDays);
    }
    if (dormantAfterDays <= atRiskAfterDays) {
      problems.error("dormantAfterDays", "expected more days than atRiskAfterDays (" + atRiskAfterDays + "), found "
          + dormantAfterDays);
    }
    if (dormantIfNeverMetAfterDays < 1) {
      problems.error("dormantIfNeverMetAfterDays", "expected at least 1 day, found " + dormantIfNeverMetAfterDays);
    }
    if (cancellationWindow < 1) {
      problems.error("cancellationWindow", "expected at least 1 session, found " + cancellationWindow);
    }
    if (cancellationsAtRisk < 1 || cancellationsAtRisk > cancellationWindow) {
      problems.error("cancellationsAtRisk", "expected 1 to the window (" + cancellationWindow + "), found "
          + cancellationsAtRisk);
    }
    if (lowRelationshipRating < 1 || lowRelationshipRating > 4) {
      problems.error("lowRelationshipRating", "expected a Likert rating 1..4, found " + lowRelationshipRating);
    }
    if (highLearningRating < 2 || highLearningRating > 5) {
      problems.error("highLearningRating", "expected a Likert rating 2..5, found " + highLearningRating);
    }
    if (seniorityBandWidth < 1) {
      problems.error("seniorityBandWidth", "expected at least 1 grade, found " + seniorityBandWidth);
    }
    problems.throwIfErrors();
    this.atRiskAfterDays = atRiskAfterDays;
    this.dormantAfterDays = dormantAfterDays;
    this.dormantIfNeverMetAfterDays = dormantIfNeverMetAfterDays;
    this.cancellationWindow = cancellationWindow;
    this.cancellationsAtRisk = cancellationsAtRisk;
    this.lowRelationshipRating = lowRelationshipRating;
    this.highLearningRating = highLearningRating;
    this.seniorityBandWidth = seniorityBandWidth;
    this.programStart = programStart;
  }

  /** The documented defaults. */
  public static MetricsOptions defaults() {
    return DEFAULTS;
  }

  /** Days without a session after which a pair is at risk. */
  public int atRiskAfterDays() {
    return atRiskAfterDays;
  }

  /** Days without a session after which a pair is dormant. */
  public int dormantAfterDays() {
    return dormantAfterDays;
  }

  /** Days after the start without any session after which a pair is dormant. */
  public int dormantIfNeverMetAfterDays() {
    return dormantIfNeverMetAfterDays;
  }

  /** How many of the latest planned sessions the cancellation rule looks at. */
  public int cancellationWindow() {
    return cancellationWindow;
  }

  /** How many cancellations by one side within the window put the pair at risk. */
  public int cancellationsAtRisk() {
    return cancellationsAtRisk;
  }

  /** The highest relationship rating that counts as low. */
  public int lowRelationshipRating() {
    return lowRelationshipRating;
  }

  /** The lowest learning rating that counts as "learning". */
  public int highLearningRating() {
    return highLearningRating;
  }

  /** Grades per seniority band. */
  public int seniorityBandWidth() {
    return seniorityBandWidth;
  }

  /** The day the pairs started, if the caller knows it. */
  public Optional<LocalDate> programStart() {
    return programStart;
  }

  /**
   * A copy with this at-risk threshold.
   *
   * @throws InvalidInputException if below 1 or not below {@link #dormantAfterDays()}
   */
  public MetricsOptions withAtRiskAfterDays(int days) {
    return new MetricsOptions(days, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this dormant threshold.
   *
   * @throws InvalidInputException if not above {@link #atRiskAfterDays()}
   */
  public MetricsOptions withDormantAfterDays(int days) {
    return new MetricsOptions(atRiskAfterDays, days, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this never-met threshold.
   *
   * @throws InvalidInputException if below 1
   */
  public MetricsOptions withDormantIfNeverMetAfterDays(int days) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, days, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this cancellation rule: {@code atRisk} cancellations by one side among the last {@code window}
   * planned sessions.
   *
   * @throws InvalidInputException if {@code window < 1} or {@code atRisk} is not in 1..window
   */
  public MetricsOptions withCancellationRule(int window, int atRisk) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, window, atRisk,
        lowRelationshipRating, highLearningRating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this low relationship rating.
   *
   * @throws InvalidInputException if not in 1..4
   */
  public MetricsOptions withLowRelationshipRating(int rating) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, rating, highLearningRating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this high learning rating.
   *
   * @throws InvalidInputException if not in 2..5
   */
  public MetricsOptions withHighLearningRating(int rating) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, rating, seniorityBandWidth, programStart);
  }

  /**
   * A copy with this seniority band width.
   *
   * @throws InvalidInputException if below 1
   */
  public MetricsOptions withSeniorityBandWidth(int grades) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, grades, programStart);
  }

  /** A copy with this programme start date. */
  public MetricsOptions withProgramStart(LocalDate start) {
    return new MetricsOptions(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, seniorityBandWidth,
        Optional.of(requireNonNull(start, "start")));
  }

  /**
   * The seniority band of a grade with this band width: {@code "0"} for grade 0, otherwise
   * {@code "lo-hi"} with {@code lo = ((grade - 1) / width) * width + 1} and {@code hi = lo + width - 1}
   * ({@code "4-6"} for grade 5 and width 3); a width of 1 gives the grade itself.
   */
  public String seniorityBand(int grade) {
    if (grade <= 0) {
      return "0";
    }
    int lo = ((grade - 1) / seniorityBandWidth) * seniorityBandWidth + 1;
    int hi = lo + seniorityBandWidth - 1;
    return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricsOptions m && atRiskAfterDays == m.atRiskAfterDays
        && dormantAfterDays == m.dormantAfterDays && dormantIfNeverMetAfterDays == m.dormantIfNeverMetAfterDays
        && cancellationWindow == m.cancellationWindow && cancellationsAtRisk == m.cancellationsAtRisk
        && lowRelationshipRating == m.lowRelationshipRating && highLearningRating == m.highLearningRating
        && seniorityBandWidth == m.seniorityBandWidth && programStart.equals(m.programStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(atRiskAfterDays, dormantAfterDays, dormantIfNeverMetAfterDays, cancellationWindow,
        cancellationsAtRisk, lowRelationshipRating, highLearningRating, seniorityBandWidth, programStart);
  }

  @Override
  public String toString() {
    return "MetricsOptions[atRiskAfterDays=" + atRiskAfterDays + ", dormantAfterDays=" + dormantAfterDays
        + ", dormantIfNeverMetAfterDays=" + dormantIfNeverMetAfterDays + ", cancellationWindow=" + cancellationWindow
        + ", cancellationsAtRisk=" + cancellationsAtRisk + ", lowRelationshipRating=" + lowRelationshipRating
        + ", highLearningRating=" + highLearningRating + ", seniorityBandWidth=" + seniorityBandWidth
        + ", programStart=" + programStart.map(LocalDate::toString).orElse("auto") + "]";
  }
}
