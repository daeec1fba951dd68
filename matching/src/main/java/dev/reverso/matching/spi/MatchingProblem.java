package dev.reverso.matching.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.UnmatchedReason;
import java.util.Locale;

/**
 * A programme encoded once for matching: mentors and mentees as dense indices, their profiles as
 * primitive arrays, a scoring model and the hard {@link Constraint}s bound to them. This is what a
 * {@link MatchingStrategy} receives.
 *
 * <p>Build one with {@code dev.reverso.matching.MatchingProblems.of(program)} (or its builder); a
 * {@code Matcher} builds one per call. The type is abstract so that the SPI does not depend on the
 * encoding, which lives in a package that is not part of the API; users do not subclass it.
 *
 * <p>Mentor index {@code i} is {@code program().mentors().get(i)} and mentee index {@code j} is
 * {@code program().mentees().get(j)}: indices follow programme order. Every pair method takes the mentor
 * first, then the mentee.
 *
 * <p>Scoring: {@link #score(int, int)} is the weighted mean of the model's criteria, in [0, 1]; built-in
 * criteria run on the encoding and allocate nothing, user criteria are called through their
 * {@link Criterion.Scorer}. {@link #allowed(int, int)} is true when no constraint forbids the pair. The
 * one-sided views {@link #menteeView(int, int)} and {@link #mentorView(int, int)} rank partners for
 * each side (stable matching). {@link #explain(int, int)} says why, for any pair.
 *
 * <p>Immutable and thread-safe (as long as user criteria and constraints are). Building is linear in the
 * size of the profiles.
 */
public abstract class MatchingProblem {

  /** For the encoding in this library only; users obtain instances from {@code MatchingProblems}. */
  protected MatchingProblem() {}

  /** The programme. */
  public abstract Program program();

  /**
   * The scoring model the problem was built with (a {@code Matcher} records it in its results), if known;
   * {@code dev.reverso.matching.score.ScoringModel.usedBy(result)} gives it typed from a result.
   */
  public java.util.Optional<dev.reverso.matching.result.ScoringModelView> scoringModel() {
    return java.util.Optional.empty();
  }

  /** The scoring model's weights by criterion id, in the model's order. */
  public abstract ImmutableMap<String, Double> weights();

  /** The hard constraints, in the order they are checked and reported. */
  public abstract ImmutableList<Constraint> constraints();

  /** The number of mentors. */
  public abstract int mentorCount();

  /** The number of mentees. */
  public abstract int menteeCount();

  /** The id of mentor index {@code i}. */
  public abstract ParticipantId mentorId(int mentor);

  /** The id of mentee index {@code j}. */
  public abstract ParticipantId menteeId(int mentee);

  /** The mentor at index {@code i}. */
  public abstract Participant mentor(int mentor);

  /** The mentee at index {@code j}. */
  public abstract Participant mentee(int mentee);

  /** The index of this mentor, or -1 if the id is not a mentor of the programme. */
  public abstract int mentorIndex(ParticipantId id);

  /** The index of this mentee, or -1 if the id is not a mentee of the programme. */
  public abstract int menteeIndex(ParticipantId id);

  /** The capacity (maximum concurrent mentees) of mentor index {@code i}. */
  public abstract int mentorCapacity(int mentor);

  /** The capacity (maximum concurrent mentors) of mentee index {@code j}. */
  public abstract int menteeCapacity(int mentee);

  /** Every mentor's capacity, by mentor index: a fresh array. */
  public abstract int[] mentorCapacities();

  /** Every mentee's capacity, by mentee index: a fresh array. */
  public abstract int[] menteeCapacities();

  /**
   * The score of the pair: {@code Σ w_k·s_k / Σ w_k} over the model's criteria, in [0, 1]. Computed
   * whether or not the pair is allowed. Does not allocate for the built-in criteria.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the score in [0, 1]
   * @throws IllegalStateException if a user criterion returns a value outside [0, 1]
   */
  public abstract double score(int mentor, int mentee);

  /**
   * The mentee's view of the pair — what the mentee gains: the weighted mean of the criteria whose
   * {@link Criterion#beneficiary()} is {@link Beneficiary#MENTEE} or {@link Beneficiary#BOTH} (with the
   * default model: forward coverage plus the shared criteria — values, seniority, boundary, time zone,
   * availability). In [0, 1]. Equals {@link #score(int, int)} if no such criterion has a weight above 0.
   * The mentee-proposing stable strategy ranks mentors by it.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the mentee's view in [0, 1]
   */
  public abstract double menteeView(int mentor, int mentee);

  /**
   * The mentor's view of the pair — what the mentor gains: the weighted mean of the criteria whose
   * beneficiary is {@link Beneficiary#MENTOR} or {@link Beneficiary#BOTH} (with the default model: reverse
   * coverage plus the shared criteria). In [0, 1]. Equals {@link #score(int, int)} if no such criterion has
   * a weight above 0. Mentors rank mentees by it.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the mentor's view in [0, 1]
   */
  public abstract double mentorView(int mentor, int mentee);

  /**
   * {@link #score(int, int)} of mentee {@code mentee} with every mentor at once: for each mentor {@code i}
   * with {@code consider[i]} true, {@code out[i]} is exactly (bit for bit) {@code score(i, mentee)}; the
   * other entries are NaN. Built-in criteria run one pass per criterion over all mentors (several times
   * faster than pair by pair); user criteria are only called for the considered mentors. O(mentors ×
   * criteria); allocates one {@code float} buffer of mentors entries.
   *
   * @param mentee the mentee index
   * @param consider which mentors to score, at least {@link #mentorCount()} entries
   * @param out receives the scores, at least {@link #mentorCount()} entries
   * @throws IllegalStateException if a user criterion returns a value outside [0, 1]
   */
  public abstract void scoreRow(int mentee, boolean[] consider, double[] out);

  /**
   * {@link #menteeView(int, int)} of mentee {@code mentee} with every mentor at once, as
   * {@link #scoreRow(int, boolean[], double[])} does for the score: {@code out[i]} is exactly
   * {@code menteeView(i, mentee)} where {@code consider[i]} is true, NaN elsewhere.
   *
   * @param mentee the mentee index
   * @param consider which mentors to score, at least {@link #mentorCount()} entries
   * @param out receives the views, at least {@link #mentorCount()} entries
   */
  public abstract void menteeViewRow(int mentee, boolean[] consider, double[] out);

  /**
   * The score of one criterion of the model for the pair, in [0, 1].
   *
   * @param criterionId the criterion's id
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the criterion's score in [0, 1]
   * @throws IllegalArgumentException if the model has no criterion with this id
   */
  public abstract double criterionScore(String criterionId, int mentor, int mentee);

  /**
   * The number of learning goals of mentee index {@code mentee}, numbered in the order of
   * {@link Participant#goals()}. For group formats, which credit each goal by the best of several mentors.
   *
   * @param mentee the mentee index
   * @return the number of goals
   */
  public abstract int menteeGoalCount(int mentee);

  /**
   * The weight of the mentee's {@code goal}-th goal in forward coverage: its priority weight over the total
   * of the mentee's goals, so a mentee's goal weights add up to 1.
   *
   * @param mentee the mentee index
   * @param goal the goal index
   * @return the weight in [0, 1]
   */
  public abstract double menteeGoalWeight(int mentee, int goal);

  /**
   * The credit mentor {@code mentor} earns for the mentee's {@code goal}-th goal, in [0, 1]: the per-goal term
   * of the forward-coverage criterion, read from the same encoded tables, so the weighted sum over goals is
   * the mentor's forward coverage (before its clamp at 1). Does not allocate.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @param goal the goal index
   * @return the credit in [0, 1]
   */
  public abstract double goalCredit(int mentor, int mentee, int goal);

  /**
   * Whether every constraint allows the pair. O(number of constraints); does not allocate.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return true if no constraint forbids the pair
   */
  public abstract boolean allowed(int mentor, int mentee);

  /**
   * {@link #allowed(int, int)} of mentee {@code mentee} with every mentor at once: {@code out[i]} becomes
   * {@code allowed(i, mentee)}. Constraints are checked in order, each only for the mentors the earlier ones
   * allow (so a constraint sees the same pairs as in {@link #allowed(int, int)}); built-in constraints run
   * one tight pass each. O(mentors × constraints); does not allocate.
   *
   * @param mentee the mentee index
   * @param out receives the answers, at least {@link #mentorCount()} entries
   */
  public abstract void allowedRow(int mentee, boolean[] out);

  /**
   * {@link #allowed(int, int)} of mentor {@code mentor} with every mentee at once: {@code out[j]} becomes
   * {@code allowed(mentor, j)}. As {@link #allowedRow(int, boolean[])}, for the other side.
   *
   * @param mentor the mentor index
   * @param out receives the answers, at least {@link #menteeCount()} entries
   */
  public abstract void allowedColumn(int mentor, boolean[] out);

  /**
   * The score of an allowed pair, or NaN if a constraint forbids it.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the score, or NaN
   */
  public final double scoreIfAllowed(int mentor, int mentee) {
    return allowed(mentor, mentee) ? score(mentor, mentee) : Double.NaN;
  }

  /**
   * Why the pair scores what it scores and whether each constraint allows it; for any pair, matched or
   * not. Allocates: meant for the chosen pairs and for "why not" questions, not for scoring.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the explanation
   */
  public abstract Explanation explain(int mentor, int mentee);

  /**
   * {@link #explain(int, int)} for a pair given by HR ids.
   *
   * @param mentor the mentor's id
   * @param mentee the mentee's id
   * @return the explanation
   * @throws InvalidInputException if {@code mentor} is not a mentor or {@code mentee} not a mentee of the
   *     programme (both are reported)
   */
  public final Explanation explain(ParticipantId mentor, ParticipantId mentee) {
    requireNonNull(mentor, "mentor");
    requireNonNull(mentee, "mentee");
    Problems problems = new Problems();
    if (mentorIndex(mentor) < 0) {
      problems.error("mentor", "expected the id of a mentor of the programme, found '" + mentor + "'"
          + program().role(mentor).map(r -> " (a " + r.name().toLowerCase(Locale.ROOT) + ")").orElse(""));
    }
    if (menteeIndex(mentee) < 0) {
      problems.error("mentee", "expected the id of a mentee of the programme, found '" + mentee + "'"
          + program().role(mentee).map(r -> " (a " + r.name().toLowerCase(Locale.ROOT) + ")").orElse(""));
    }
    problems.throwIfErrors();
    return explain(mentorIndex(mentor), menteeIndex(mentee));
  }

  /**
   * The pair as a {@link Pairing} for a {@link MatchResult}: ids, score and explanation.
   *
   * @param mentor the mentor index
   * @param mentee the mentee index
   * @return the pairing
   */
  public final Pairing pairing(int mentor, int mentee) {
    return new Pairing(mentorId(mentor), menteeId(mentee), score(mentor, mentee), explain(mentor, mentee));
  }

  /**
   * How many partners the constraints leave this participant and which constraints forbid the others,
   * for the detail of {@link UnmatchedReason#NO_FEASIBLE_PARTNER}. O(other side × constraints).
   *
   * @param id a mentor's or a mentee's id
   * @return the feasibility
   * @throws InvalidInputException if the id is neither a mentor nor a mentee of the programme
   */
  public final PartnerFeasibility feasibility(ParticipantId id) {
    requireNonNull(id, "id");
    int i = mentorIndex(id);
    if (i >= 0) {
      return mentorFeasibility(i);
    }
    int j = menteeIndex(id);
    if (j >= 0) {
      return menteeFeasibility(j);
    }
    throw InvalidInputException.of("participantId", "expected the id of a mentor or mentee, found '" + id + "'");
  }

  /**
   * {@link #feasibility(ParticipantId)} of mentor index {@code i}.
   *
   * @param mentor the mentor index
   * @return the feasibility
   */
  public abstract PartnerFeasibility mentorFeasibility(int mentor);

  /**
   * {@link #feasibility(ParticipantId)} of mentee index {@code j}.
   *
   * @param mentee the mentee index
   * @return the feasibility
   */
  public abstract PartnerFeasibility menteeFeasibility(int mentee);

  /** Counts, criterion ids and constraint ids only. */
  @Override
  public String toString() {
    return "MatchingProblem[mentors=" + mentorCount() + ", mentees=" + menteeCount() + ", criteria="
        + weights().keySet() + ", constraints=" + constraints().stream().map(Constraint::id).toList() + "]";
  }
}
