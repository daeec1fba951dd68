package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.matching.score.ScoringModel;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link WeightAdvisor}'s suggestion: fitted weights per criterion beside the weights in use, the suggested
 * {@link ScoringModel}, and how much to trust it (sample size, R², bootstrap intervals).
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows numbers and criterion ids only.
 */
public final class Advice {
  private final ScoringModel current;
  private final ScoringModel suggested;
  private final ImmutableList<WeightEstimate> weights;
  private final double intercept;
  private final double rSquared;
  private final double currentRSquared;
  private final int pairsUsed;
  private final int pairsWithoutOutcome;
  private final int pairsClosedEarly;
  private final int usableResamples;
  private final AdviceOptions options;

  Advice(ScoringModel current, ScoringModel suggested, ImmutableList<WeightEstimate> weights, double intercept,
      double rSquared, double currentRSquared, int pairsUsed, int pairsWithoutOutcome, int pairsClosedEarly,
      int usableResamples, AdviceOptions options) {
    this.current = requireNonNull(current, "current");
    this.suggested = requireNonNull(suggested, "suggested");
    this.weights = requireNonNull(weights, "weights");
    this.intercept = intercept;
    this.rSquared = rSquared;
    this.currentRSquared = currentRSquared;
    this.pairsUsed = pairsUsed;
    this.pairsWithoutOutcome = pairsWithoutOutcome;
    this.pairsClosedEarly = pairsClosedEarly;
    this.usableResamples = usableResamples;
    this.options = requireNonNull(options, "options");
  }

  /** The model in use, as given. */
  public ScoringModel current() {
    return current;
  }

  /**
   * The suggested model: the current one (same criteria, same settings, same order) with every weight replaced
   * by its {@link WeightEstimate#suggestedWeight()}; the weights sum to 1.
   */
  public ScoringModel suggested() {
    return suggested;
  }

  /** One estimate per criterion of the current model, in model order. */
  public ImmutableList<WeightEstimate> weights() {
    return weights;
  }

  /** The estimate of the criterion with this id, if the model has it. */
  public Optional<WeightEstimate> weight(String criterionId) {
    return weights.stream().filter(w -> w.criterionId().equals(criterionId)).findFirst();
  }

  /** The fitted intercept: the predicted outcome of a pair that scores 0 on every criterion. */
  public double intercept() {
    return intercept;
  }

  /**
   * The share of the outcome variance the fit explains, {@code 1 − SSE/SST} on the pairs used, in [0, 1]. With
   * few pairs and many criteria it flatters the fit; read it with {@link #pairsUsed()}.
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * The same for the weights in use: the R² of the outcome on the pairs' current total scores (intercept and a
   * non-negative slope fitted), i.e. the squared correlation when it is positive, else 0. Never above
   * {@link #rSquared()}, since the fit may reproduce the current weights.
   */
  public double currentRSquared() {
    return currentRSquared;
  }

  /** Pairs with an outcome: the sample size of the fit. */
  public int pairsUsed() {
    return pairsUsed;
  }

  /** Matched pairs left out because nobody gave feedback (and they were not closed early). */
  public int pairsWithoutOutcome() {
    return pairsWithoutOutcome;
  }

  /** Pairs used with outcome 0 because they closed for a {@linkplain AdviceOptions#poorOutcomeCloseReasons() poor reason}. */
  public int pairsClosedEarly() {
    return pairsClosedEarly;
  }

  /** Bootstrap resamples drawn. */
  public int resamples() {
    return options.resamples();
  }

  /**
   * Resamples that gave a usable fit and enter the intervals; the others had constant outcomes or no criterion
   * with a positive effect.
   */
  public int usableResamples() {
    return usableResamples;
  }

  /** The settings used. */
  public AdviceOptions options() {
    return options;
  }

  /** Sample size, fit quality and the weights, with criterion ids only. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Advice[pairs=").append(pairsUsed).append(", withoutOutcome=")
        .append(pairsWithoutOutcome).append(", r2=").append(String.format(Locale.ROOT, "%.4f", rSquared))
        .append(", currentR2=").append(String.format(Locale.ROOT, "%.4f", currentRSquared));
    for (WeightEstimate w : weights) {
      sb.append(", ").append(w.criterionId()).append('=')
          .append(String.format(Locale.ROOT, "%.4f->%.4f", w.currentWeight(), w.suggestedWeight()));
    }
    return sb.append(']').toString();
  }
}
