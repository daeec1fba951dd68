package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a (mentor, mentee) pair scores what it scores, and whether the hard constraints allow it — for
 * <em>any</em> pair, matched or not ("why" and "why not").
 *
 * <p>{@link #total()} is the weighted mean of the criterion scores, what
 * {@link dev.reverso.matching.spi.MatchingProblem#score(int, int)} returns {@linkplain #round(double) rounded to
 * six decimals}. Each {@link Contribution} carries {@code weight × score / Σ weights}, also rounded, so the
 * contributions sum to the total within {@code 1e-6} per criterion. Scores are computed in {@code float}; the
 * rounding removes the float noise ({@code 0.777778}, not {@code 0.7777777910232544}) from results and JSON.
 * Reasons are structured {@link Reason}s (a code and arguments, see {@link ReasonCodes}) naming only evidence
 * that actually matched (skill ids, value ids, grades, zone ids), never display names; the reporting module
 * turns them into sentences per locale. Every constraint of the problem appears in {@link #verdicts()}, in
 * model order.
 *
 * <p>A plain immutable value with a stable structure (records and immutable lists only) so reporting
 * can serialise it to JSON. {@link #toString()} shows ids and numbers, never the reasons' text.
 *
 * @param mentorId the mentor (the junior who teaches)
 * @param menteeId the mentee (the senior who learns)
 * @param total the weighted total score in [0, 1]
 * @param allowed whether no constraint forbids the pair
 * @param contributions one entry per criterion of the scoring model, in model order
 * @param verdicts one entry per constraint of the problem, in the problem's order
 */
public record Explanation(ParticipantId mentorId, ParticipantId menteeId, double total, boolean allowed,
    ImmutableList<Contribution> contributions, ImmutableList<Verdict> verdicts) {

  /** The number of decimals scores keep in results: {@value}. */
  public static final int SCORE_DECIMALS = 6;

  private static final double SCALE = 1e6;

  /** Validates the components, rounds the total ({@link #round(double)}) and copies the lists. */
  public Explanation {
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    total = round(total);
    contributions = ImmutableList.copyOf(contributions);
    verdicts = ImmutableList.copyOf(verdicts);
    if (!(total >= 0 && total <= 1)) {
      throw new IllegalArgumentException("total must be in [0, 1], was " + total);
    }
    boolean none = verdicts.stream().allMatch(Verdict::allowed);
    if (none != allowed) {
      throw new IllegalArgumentException("allowed must be true exactly when every verdict allows the pair");
    }
  }

  /**
   * A score as results keep it: rounded half up to {@value #SCORE_DECIMALS} decimals, so that a score computed in
   * {@code float} reads as the decimal it stands for ({@code 0.7777777910232544} becomes {@code 0.777778}). The
   * result is the {@code double} nearest that decimal, so its shortest text ({@link Double#toString}) is the decimal
   * itself; rounding twice changes nothing. NaN and infinities are returned as they are (and refused by the
   * records).
   */
  public static double round(double score) {
    if (!Double.isFinite(score)) {
      return score;
    }
    return Math.round(score * SCALE) / SCALE;
  }

  /**
   * What a criterion adds to the total: {@code weight × score ÷ totalWeight}, at most 1, {@linkplain #round(double)
   * rounded}. The built-in explanations compute every {@link Contribution#contribution()} this way from the rounded
   * score and {@code totalWeight} = Σ weights in model order, so a reader that has the weights and the scores gets
   * the same double back.
   */
  public static double contributionOf(double weight, double score, double totalWeight) {
    return round(Math.min(1, weight * score / totalWeight));
  }

  /** The contribution of the criterion with this id, if the model has it. */
  public Optional<Contribution> contribution(String criterionId) {
    return contributions.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
  }

  /** The verdicts that forbid the pair, in order; empty when the pair is allowed. */
  public ImmutableList<Verdict> forbiddingVerdicts() {
    return verdicts.stream().filter(v -> !v.allowed()).collect(ImmutableList.toImmutableList());
  }

  /** Ids, total and per-criterion numbers only. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Explanation[").append(mentorId).append("->").append(menteeId)
        .append(", total=").append(String.format(Locale.ROOT, "%.4f", total))
        .append(", allowed=").append(allowed);
    for (Contribution c : contributions) {
      sb.append(", ").append(c.criterionId()).append('=').append(String.format(Locale.ROOT, "%.4f", c.score()));
    }
    for (Verdict v : verdicts) {
      if (!v.allowed()) {
        sb.append(", forbidden by ").append(v.constraintId());
      }
    }
    return sb.append(']').toString();
  }

  /**
   * What one criterion adds to the total.
   *
   * @param criterionId the criterion's stable id, such as {@code forward-coverage}
   * @param weight the criterion's weight in the scoring model (not normalised)
   * @param score the criterion's score for the pair, in [0, 1], {@linkplain Explanation#round(double) rounded}
   * @param contribution {@code weight × score / Σ weights}: the share of the total this criterion gives, rounded
   * @param reasons the evidence behind the score, naming only what actually matched; may be empty; immutable
   */
  public record Contribution(String criterionId, double weight, double score, double contribution,
      List<Reason> reasons) {
    /** Validates the components, rounds the score and the contribution and copies the reasons. */
    public Contribution {
      requireNonNull(criterionId, "criterionId");
      reasons = List.copyOf(reasons);
      score = round(score);
      contribution = round(contribution);
      if (!(weight >= 0) || !(score >= 0 && score <= 1) || !(contribution >= 0 && contribution <= 1)) {
        throw new IllegalArgumentException("weight must be >= 0, score and contribution in [0, 1]: "
            + criterionId + " weight=" + weight + " score=" + score + " contribution=" + contribution);
      }
    }
  }

  /**
   * One constraint's decision on the pair.
   *
   * @param constraintId the constraint's stable id, such as {@code reporting-chain}
   * @param allowed whether this constraint allows the pair
   * @param reason why the constraint forbids the pair (ids only, no names); empty when it allows it
   */
  public record Verdict(String constraintId, boolean allowed, Optional<Reason> reason) {
    /** Validates the components. */
    public Verdict {
      requireNonNull(constraintId, "constraintId");
      requireNonNull(reason, "reason");
      if (allowed == reason.isPresent()) {
        throw new IllegalArgumentException("a forbidding verdict needs a reason, an allowing one has none");
      }
    }

    /** The verdict of a constraint that allows the pair. */
    public static Verdict allow(String constraintId) {
      return new Verdict(constraintId, true, Optional.empty());
    }

    /** The verdict of a constraint that forbids the pair, with the reason. */
    public static Verdict forbid(String constraintId, Reason reason) {
      return new Verdict(constraintId, false, Optional.of(requireNonNull(reason, "reason")));
    }
  }
}
