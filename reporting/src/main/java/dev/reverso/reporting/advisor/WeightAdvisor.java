package dev.reverso.reporting.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.PairMetrics;
import dev.reverso.reporting.metrics.Ratings;
import dev.reverso.reporting.metrics.SideFeedback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Closes the loop from outcomes back to matching: fits criterion weights to how the matched pairs actually went
 * and suggests a {@link ScoringModel} for the next cohort, with the fit quality, the sample size and bootstrap
 * intervals, beside the weights in use.
 *
 * <h2>Outcome of a pair</h2>
 * See {@link #outcome(PairMetrics)}: the mean of both sides' latest relationship and learning ratings mapped to
 * [0, 1], or 0 for a pair that closed early; pairs without any feedback are left out and counted
 * ({@link Advice#pairsWithoutOutcome()}). Callers with another outcome measure pass their own
 * {@link PairObservation}s.
 *
 * <h2>Features</h2>
 * Each pair's per-criterion scores from its {@link Explanation} (in {@code matches.json}), for every criterion of
 * the current model.
 *
 * <h2>Fit</h2>
 * Non-negative least squares of outcome on the criterion scores with an unpenalised intercept:
 * <pre>  min over a, β ≥ 0 of  Σ_i (y_i − a − Σ_j β_j x_ij)²</pre>
 * For any β the best intercept is {@code a = ȳ − Σ β_j x̄_j}, so the data are centred and the problem becomes
 * plain NNLS, solved exactly by the Lawson &amp; Hanson (1974) active-set method on the k×k normal equations. Why
 * NNLS and not ridge: weights in a scoring model must be ≥ 0, NNLS has no tuning constant to choose (ridge's
 * penalty would have to be cross-validated, and it shrinks every weight towards 0, which distorts the
 * <em>relative</em> weights that the suggestion is made of), and the non-negativity constraint itself
 * regularises (criteria with no positive effect drop to 0 instead of taking noisy negative values). Its
 * estimates are consistent when the outcome really is linear in the scores: the recovery tests show the error
 * shrinking as pairs grow.
 *
 * <p>The suggestion normalises the fitted coefficients to weights summing to 1. A criterion whose score did not
 * vary across the pairs keeps its current (normalised) weight — the data say nothing about it — and the
 * criteria that varied share the rest in proportion to their coefficients. (So if all current weight sits on
 * criteria that did not vary, the suggestion equals the current model.)
 *
 * <h2>Quality</h2>
 * {@link Advice#rSquared()} on the pairs used, {@link Advice#currentRSquared()} of the current weights, and for
 * each weight a bootstrap percentile interval (Efron 1979; pairs resampled with replacement, the whole fit and
 * normalisation repeated, {@link AdviceOptions#resamples()} times; the quantiles interpolate linearly between
 * order statistics). Draws come from a SplitMix64 generator seeded with {@link AdviceOptions#seed()}, so the
 * same input and options give identical advice.
 *
 * <h2>Refusal</h2>
 * An {@link AdviceRefusedException} with a {@link RefusalReason}: fewer pairs than
 * {@link AdviceOptions#minPairs()} (default 30), outcomes that do not vary, no criterion that varies, or no
 * criterion with a positive effect. An exception rather than an empty result because a caller cannot do
 * anything useful with a refused advice but report why, and the command line maps it to exit code 2.
 *
 * <p>Cost: O(n·k²) to build the normal equations of n pairs and k criteria, O(k⁴) per NNLS solve at worst,
 * times (1 + resamples). Immutable and thread-safe; deterministic.
 */
public final class WeightAdvisor {
  private static final double TINY_VARIANCE = 1e-12;
  private static final WeightAdvisor DEFAULT = new WeightAdvisor(AdviceOptions.defaults());

  private final AdviceOptions options;

  private WeightAdvisor(AdviceOptions options) {
    this.options = requireNonNull(options, "options");
  }

  /** An advisor with {@link AdviceOptions#defaults()}. */
  public static WeightAdvisor withDefaults() {
    return DEFAULT;
  }

  /** An advisor with these options. */
  public static WeightAdvisor of(AdviceOptions options) {
    return new WeightAdvisor(options);
  }

  /** The options. */
  public AdviceOptions options() {
    return options;
  }

  /** A copy with other options. */
  public WeightAdvisor withOptions(AdviceOptions options) {
    return new WeightAdvisor(options);
  }

  /**
   * The outcome of a pair in [0, 1], 1 best:
   * <ul>
   *   <li>0 if the pair is closed for one of the {@linkplain AdviceOptions#poorOutcomeCloseReasons() poor
   *   reasons} (by default any reason but {@code COMPLETED}): a relationship that ended early failed, whatever
   *   was said along the way;</li>
   *   <li>otherwise the mean of {@code (r − 1) / 4} over the latest relationship rating and the latest learning
   *   rating of each side that gave feedback (four numbers when both sides did, two when one did) — the
   *   recognition rating is left out because it measures the programme's culture more than the match;</li>
   *   <li>empty if neither side gave feedback: such a pair says nothing about its match and is left out.</li>
   * </ul>
   */
  public OptionalDouble outcome(PairMetrics metrics) {
    requireNonNull(metrics, "metrics");
    if (metrics.closeReason().isPresent() && options.poorOutcomeCloseReasons().contains(metrics.closeReason().get())) {
      return OptionalDouble.of(0);
    }
    double sum = 0;
    int count = 0;
    for (Side side : Side.values()) {
      SideFeedback f = metrics.feedback(side);
      Optional<Ratings> latest = f.latest();
      if (latest.isPresent()) {
        sum += (latest.get().relationship() - 1) / 4 + (latest.get().learning() - 1) / 4;
        count += 2;
      }
    }
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }

  /**
   * Advice from the matched pairs and their metrics (such as {@code ProgramMetrics.pairs()}). Each pair of
   * {@code matches} is an observation: its criterion scores from its explanation, its {@link #outcome} from its
   * metrics; a pair with no metrics or no feedback is left out and counted. Metrics of pairs not in
   * {@code matches} are ignored.
   *
   * @throws InvalidInputException if a pair's explanation lacks a criterion of {@code current}
   *     ({@code pairs[i].explanation}), or a pair has metrics twice ({@code metrics[i]})
   * @throws AdviceRefusedException if the data cannot support a suggestion (see the class comment)
   */
  public Advice advise(ScoringModel current, MatchResult matches, Iterable<PairMetrics> metrics) {
    requireNonNull(current, "current");
    requireNonNull(matches, "matches");
    requireNonNull(metrics, "metrics");
    Problems problems = new Problems();
    Map<MentoringPair, PairMetrics> byPair = new HashMap<>();
    int m = 0;
    for (PairMetrics pm : metrics) {
      if (byPair.putIfAbsent(pm.pair(), pm) != null) {
        problems.error("metrics[" + m + "]", "expected the metrics of each pair once, found " + pm.pair() + " again");
      }
      m++;
    }
    List<PairObservation> observations = new ArrayList<>();
    int withoutOutcome = 0;
    int closedEarly = 0;
    ImmutableList<Pairing> pairs = matches.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      Pairing p = pairs.get(i);
      ImmutableMap<String, Double> scores = scores(current, p.explanation(), "pairs[" + i + "].explanation", problems);
      MentoringPair pair = p.pair();
      PairMetrics pm = byPair.get(pair);
      OptionalDouble outcome = pm == null ? OptionalDouble.empty() : outcome(pm);
      if (outcome.isEmpty()) {
        withoutOutcome++;
      } else if (scores != null) {
        if (pm.closeReason().isPresent() && options.poorOutcomeCloseReasons().contains(pm.closeReason().get())) {
          closedEarly++;
        }
        observations.add(new PairObservation(pair, scores, outcome.getAsDouble()));
      }
    }
    problems.throwIfErrors();
    return fit(current, observations, withoutOutcome, closedEarly);
  }

  /**
   * Advice from the matched pairs and their metrics, starting from the model the pairs were scored with, as the
   * result records it ({@link ScoringModel#usedBy(MatchResult)}): the caller cannot pass another one by mistake.
   * Otherwise as {@link #advise(ScoringModel, MatchResult, Iterable)}.
   *
   * @throws InvalidInputException if the result records no scoring model ({@code result.scoringModel}), or as
   *     the other overload says
   * @throws AdviceRefusedException if the data cannot support a suggestion (see the class comment)
   */
  public Advice advise(MatchResult matches, Iterable<PairMetrics> metrics) {
    requireNonNull(matches, "matches");
    return advise(ScoringModel.usedBy(matches), matches, metrics);
  }

  /**
   * Advice from observations built by the caller (for another outcome measure). Every observation must score
   * every criterion of {@code current}.
   *
   * @throws InvalidInputException if an observation lacks a criterion ({@code observations[i].scores})
   * @throws AdviceRefusedException if the data cannot support a suggestion (see the class comment)
   */
  public Advice advise(ScoringModel current, Iterable<PairObservation> observations) {
    requireNonNull(current, "current");
    requireNonNull(observations, "observations");
    Problems problems = new Problems();
    List<PairObservation> list = new ArrayList<>();
    int i = 0;
    for (PairObservation o : observations) {
      requireNonNull(o, "observation");
      List<String> missing = new ArrayList<>();
      for (Criterion c : current.criteria()) {
        if (!o.scores().containsKey(c.id())) {
          missing.add(c.id());
        }
      }
      if (!missing.isEmpty()) {
        problems.error("observations[" + i + "].scores", "expected a score for every criterion of the model, found none"
            + " for " + String.join(", ", missing));
      }
      list.add(o);
      i++;
    }
    problems.throwIfErrors();
    return fit(current, list, 0, 0);
  }

  private static ImmutableMap<String, Double> scores(ScoringModel current, Explanation e, String where,
      Problems problems) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    List<String> missing = new ArrayList<>();
    for (Criterion c : current.criteria()) {
      Optional<Explanation.Contribution> contribution = e.contribution(c.id());
      if (contribution.isPresent()) {
        b.put(c.id(), contribution.get().score());
      } else {
        missing.add(c.id());
      }
    }
    if (!missing.isEmpty()) {
      problems.error(where, "expected a score for every criterion of the scoring model, found none for "
          + String.join(", ", missing) + " (were the pairs matched with another model?)");
      return null;
    }
    return b.buildOrThrow();
  }

  // ------------------------------------------------------------------------------------------------ fitting

  private Advice fit(ScoringModel current, List<PairObservation> observations, int withoutOutcome,
      int closedEarly) {
    int n = observations.size();
    ImmutableList<Criterion> criteria = current.criteria();
    int k = criteria.size();
    if (n < options.minPairs()) {
      throw new AdviceRefusedException(RefusalReason.TOO_FEW_PAIRS, n, withoutOutcome, String.format(Locale.ROOT,
          "Cannot suggest weights: %d pairs have an outcome, at least %d are needed (%d matched pairs without"
              + " feedback were left out). Collect more feedback, or lower the minimum (AdviceOptions.withMinPairs; --min-pairs on the command line).",
          n, options.minPairs(), withoutOutcome));
    }
    double[][] x = new double[n][k];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      PairObservation o = observations.get(i);
      for (int j = 0; j < k; j++) {
        x[i][j] = o.scores().get(criteria.get(j).id());
      }
      y[i] = o.outcome();
    }
    int[] all = new int[n];
    Arrays.fill(all, 1);
    Moments full = Moments.of(x, y, all, n);
    if (full.syy <= TINY_VARIANCE * n) {
      throw new AdviceRefusedException(RefusalReason.CONSTANT_OUTCOMES, n, withoutOutcome, String.format(Locale.ROOT,
          "Cannot suggest weights: all %d pairs have the same outcome (%.4f), so nothing distinguishes good pairs"
              + " from poor ones.", n, y[0]));
    }
    boolean[] varies = new boolean[k];
    boolean anyVaries = false;
    for (int j = 0; j < k; j++) {
      varies[j] = full.g[j][j] > TINY_VARIANCE * n;
      anyVaries |= varies[j];
    }
    if (!anyVaries) {
      throw new AdviceRefusedException(RefusalReason.NO_VARYING_CRITERION, n, withoutOutcome, String.format(
          Locale.ROOT, "Cannot suggest weights: none of the %d criteria scores differently across the %d pairs, so"
              + " the data cannot say which criterion matters.", k, n));
    }
    double[] beta = Nnls.solve(full.g, full.c, varies, full.syy);
    double[] currentShare = new double[k];
    double total = current.totalWeight();
    for (int j = 0; j < k; j++) {
      currentShare[j] = current.weight(criteria.get(j).id()) / total;
    }
    double[] suggestedShare = normalise(beta, varies, currentShare);
    if (suggestedShare == null) {
      throw new AdviceRefusedException(RefusalReason.NO_POSITIVE_EFFECT, n, withoutOutcome, String.format(
          Locale.ROOT, "Cannot suggest weights: across the %d pairs no criterion goes with better outcomes (the"
              + " best non-negative fit gives every criterion weight 0).", n));
    }

    double intercept = full.meanY;
    for (int j = 0; j < k; j++) {
      intercept -= beta[j] * full.meanX[j];
    }
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - intercept;
      for (int j = 0; j < k; j++) {
        r -= beta[j] * x[i][j];
      }
      sse += r * r;
    }
    double rSquared = clamp01(1 - sse / full.syy);
    double currentRSquared = Math.min(rSquared, currentRSquared(x, y, currentShare));

    double[][] draws = new double[options.resamples()][];
    int usable = bootstrap(x, y, varies, currentShare, draws);
    ImmutableList.Builder<WeightEstimate> estimates = ImmutableList.builder();
    for (int j = 0; j < k; j++) {
      Optional<WeightEstimate.Interval> interval = Optional.empty();
      if (usable > 0) {
        double[] values = new double[usable];
        for (int b = 0; b < usable; b++) {
          values[b] = draws[b][j];
        }
        Arrays.sort(values);
        double alpha = 1 - options.confidenceLevel();
        interval = Optional.of(new WeightEstimate.Interval(quantile(values, alpha / 2),
            quantile(values, 1 - alpha / 2)));
      }
      estimates.add(new WeightEstimate(criteria.get(j).id(), clamp01(currentShare[j]), clamp01(suggestedShare[j]),
          beta[j], varies[j], interval));
    }
    return new Advice(current, suggestedModel(current, suggestedShare), estimates.build(), intercept, rSquared,
        currentRSquared, n, withoutOutcome, closedEarly, usable, options);
  }

  /**
   * Criteria that did not vary keep their current share; those that varied share the rest in proportion to their
   * coefficients. Null when no varying criterion has a positive coefficient.
   */
  private static double[] normalise(double[] beta, boolean[] varies, double[] currentShare) {
    double sumBeta = 0;
    double fixedShare = 0;
    for (int j = 0; j < beta.length; j++) {
      if (varies[j]) {
        sumBeta += beta[j];
      } else {
        fixedShare += currentShare[j];
      }
    }
    if (!(sumBeta > 0)) {
      return null;
    }
    double free = Math.max(0, 1 - fixedShare);
    double[] out = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      out[j] = varies[j] ? free * beta[j] / sumBeta : currentShare[j];
    }
    return out;
  }

  /** The current model with the suggested weights; positive weights first so no step has all weights 0. */
  private static ScoringModel suggestedModel(ScoringModel current, double[] share) {
    ImmutableList<Criterion> criteria = current.criteria();
    ScoringModel m = current;
    for (int j = 0; j < criteria.size(); j++) {
      if (share[j] > 0) {
        m = m.withWeight(criteria.get(j), share[j]);
      }
    }
    for (int j = 0; j < criteria.size(); j++) {
      if (!(share[j] > 0)) {
        m = m.withWeight(criteria.get(j), 0);
      }
    }
    return m;
  }

  /** R² of y on the current total score t = Σ share_j x_j with a non-negative slope: corr² if positive, else 0. */
  private static double currentRSquared(double[][] x, double[] y, double[] share) {
    int n = y.length;
    double[] t = new double[n];
    double meanT = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < share.length; j++) {
        t[i] += share[j] * x[i][j];
      }
      meanT += t[i];
      meanY += y[i];
    }
    meanT /= n;
    meanY /= n;
    double stt = 0;
    double sty = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dt = t[i] - meanT;
      double dy = y[i] - meanY;
      stt += dt * dt;
      sty += dt * dy;
      syy += dy * dy;
    }
    if (!(stt > TINY_VARIANCE * n) || !(sty > 0) || !(syy > 0)) {
      return 0;
    }
    return clamp01(sty * sty / (stt * syy));
  }

  /**
   * Fills {@code draws[0..usable)} with the suggested shares of each usable resample and returns how many were
   * usable.
   */
  private int bootstrap(double[][] x, double[] y, boolean[] varies, double[] currentShare, double[][] draws) {
    int n = y.length;
    int k = varies.length;
    SplitMix64 random = new SplitMix64(options.seed());
    int[] counts = new int[n];
    boolean[] variesHere = new boolean[k];
    int usable = 0;
    for (int b = 0; b < draws.length; b++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      Moments m = Moments.of(x, y, counts, n);
      if (m.syy <= TINY_VARIANCE * n) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        variesHere[j] = varies[j] && m.g[j][j] > TINY_VARIANCE * n;
      }
      double[] share = normalise(Nnls.solve(m.g, m.c, variesHere, m.syy), varies, currentShare);
      if (share != null) {
        draws[usable++] = share;
      }
    }
    return usable;
  }

  /** The p-quantile of sorted values, interpolating linearly between order statistics (Hyndman–Fan type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  /** Centred second moments of a (re)weighted sample: G = Σ w (x−x̄)(x−x̄)ᵀ, c = Σ w (x−x̄)(y−ȳ), syy. */
  private static final class Moments {
    final double[] meanX;
    final double meanY;
    final double[][] g;
    final double[] c;
    final double syy;

    private Moments(double[] meanX, double meanY, double[][] g, double[] c, double syy) {
      this.meanX = meanX;
      this.meanY = meanY;
      this.g = g;
      this.c = c;
      this.syy = syy;
    }

    static Moments of(double[][] x, double[] y, int[] weight, int total) {
      int n = y.length;
      int k = x.length == 0 ? 0 : x[0].length;
      double[] meanX = new double[k];
      double meanY = 0;
      for (int i = 0; i < n; i++) {
        int w = weight[i];
        if (w == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          meanX[j] += w * x[i][j];
        }
        meanY += w * y[i];
      }
      for (int j = 0; j < k; j++) {
        meanX[j] /= total;
      }
      meanY /= total;
      double[][] g = new double[k][k];
      double[] c = new double[k];
      double syy = 0;
      double[] d = new double[k];
      for (int i = 0; i < n; i++) {
        int w = weight[i];
        if (w == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          d[j] = x[i][j] - meanX[j];
        }
        double dy = y[i] - meanY;
        syy += w * dy * dy;
        for (int a = 0; a < k; a++) {
          c[a] += w * d[a] * dy;
          for (int b = 0; b <= a; b++) {
            g[a][b] += w * d[a] * d[b];
          }
        }
      }
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          g[a][b] = g[b][a];
        }
      }
      return new Moments(meanX, meanY, g, c, syy);
    }
  }

  /**
   * SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014): a fixed,
   * documented sequence for a seed on every JVM, unlike an unspecified library generator.
   */
  static final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
      this.state = seed;
    }

    long nextLong() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound) by Lemire's multiply-shift with rejection (unbiased). */
    int nextInt(int bound) {
      while (true) {
        long r = nextLong() >>> 32;
        long m = r * bound;
        long low = m & 0xFFFFFFFFL;
        if (low >= (0x1_0000_0000L - bound) % bound) {
          return (int) (m >>> 32);
        }
      }
    }
  }
}
