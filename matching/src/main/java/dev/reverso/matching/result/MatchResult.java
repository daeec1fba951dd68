package dev.reverso.matching.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.util.Optional;

/**
 * What a matching strategy decided: the pairs, who was left unmatched and why, and summary numbers.
 *
 * <p>Guarantees of every result made by {@link #builder(String)}: immutable; {@link #pairs()} sorted by
 * mentee id, then mentor id; {@link #unmatched()} sorted mentors first, then mentees, each by id; no pair
 * twice; nobody both paired and unmatched in the same role. Two results are equal when their strategy,
 * solver path, pairs (with explanations) and unmatched lists are equal, so the same input gives an equal
 * result. The {@linkplain #scoringModel() scoring model} is not part of equality: every explanation already
 * carries each criterion's weight.
 *
 * <p>Queries derived from the pairs are {@code default} methods; an implementation only supplies the data.
 */
public interface MatchResult {

  /** The name of the strategy that produced the result, such as {@code optimal}. */
  String strategy();

  /** Which solver ran, such as {@code dense} or {@code sparse(k=50)}; empty if the strategy does not say. */
  String solverPath();

  /** The pairs, sorted by mentee id, then mentor id. */
  ImmutableList<Pairing> pairs();

  /** The participants left without any partner, mentors first, then mentees, each by id. */
  ImmutableList<Unmatched> unmatched();

  /** Summary numbers: pair count, score spread, matched and unmatched counts per side. */
  MatchStatistics statistics();

  /**
   * Warnings about the pairs, such as an active or pinned pair kept although a hard rule now forbids it
   * ("kept active pair e3->e2 breaks reporting-chain: ..."); empty when there is nothing to warn about.
   */
  default ImmutableList<String> warnings() {
    return ImmutableList.of();
  }

  /** How many pairs start now: every pair that is not {@linkplain Pairing#active() active}. */
  default int newPairCount() {
    return (int) pairs().stream().filter(Pairing::isNew).count();
  }

  /** The sum of the pair scores. */
  default double totalScore() {
    return statistics().totalScore();
  }

  /** Whether this person has at least one pair, as mentor or as mentee. */
  default boolean isMatched(ParticipantId id) {
    return pairs().stream().anyMatch(p -> p.mentorId().equals(id) || p.menteeId().equals(id));
  }

  /** The pairs this person is in (as mentor or mentee), in {@link #pairs()} order. */
  default ImmutableList<Pairing> pairsOf(ParticipantId id) {
    return pairs().stream().filter(p -> p.mentorId().equals(id) || p.menteeId().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The pairs as {@link MentoringPair}s, in {@link #pairs()} order: what the journal, the programme's
   * {@linkplain dev.reverso.core.Program#active() active pairs} and a next cohort's history take.
   */
  default ImmutableSet<MentoringPair> roster() {
    return pairs().stream().map(Pairing::pair).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The scoring model the pairs were scored with; a {@code Matcher} records it in every result. Empty for a
   * result built without one (by a plug-in strategy called directly, or read from a file that does not hold
   * it). {@code dev.reverso.matching.score.ScoringModel.usedBy(result)} gives it typed.
   */
  default Optional<ScoringModelView> scoringModel() {
    return Optional.empty();
  }

  /**
   * This result recording the scoring model it was scored with; everything else is equal.
   *
   * @param model the model, or {@code null} for none
   */
  default MatchResult withScoringModel(ScoringModelView model) {
    Builder b = builder(strategy()).solverPath(solverPath()).scoringModel(model);
    pairs().forEach(b::pair);
    unmatched().forEach(b::unmatched);
    warnings().forEach(b::warning);
    return b.build();
  }

  /** A builder for a result of the named strategy. */
  static Builder builder(String strategy) {
    return new Builder(strategy);
  }

  /**
   * Collects pairs and unmatched participants in any order; {@link #build()} sorts, checks and computes
   * the statistics. Not thread-safe.
   */
  final class Builder {
    private final String strategy;
    private String solverPath = "";
    private final ImmutableList.Builder<Pairing> pairs = ImmutableList.builder();
    private final ImmutableList.Builder<Unmatched> unmatched = ImmutableList.builder();
    private final ImmutableList.Builder<String> warnings = ImmutableList.builder();
    private ScoringModelView scoringModel;

    private Builder(String strategy) {
      java.util.Objects.requireNonNull(strategy, "strategy");
      if (strategy.isBlank()) {
        throw new IllegalArgumentException("the strategy name must not be blank");
      }
      this.strategy = strategy;
    }

    /** Records which solver ran, such as {@code dense} or {@code sparse(k=50)}. */
    public Builder solverPath(String path) {
      this.solverPath = java.util.Objects.requireNonNull(path, "solverPath");
      return this;
    }

    /** Records the scoring model the pairs were scored with ({@code null}: none). */
    public Builder scoringModel(ScoringModelView model) {
      this.scoringModel = model;
      return this;
    }

    /** Adds a pair. */
    public Builder pair(Pairing pairing) {
      pairs.add(java.util.Objects.requireNonNull(pairing, "pairing"));
      return this;
    }

    /**
     * Adds a participant with no feasible partner, with the detail of
     * {@link dev.reverso.matching.spi.MatchingProblem#feasibility(ParticipantId)} (how many partners each constraint rules out).
     */
    public Builder unmatchedInfeasible(PartnerFeasibility feasibility) {
      return unmatched(new Unmatched(feasibility.participantId(), feasibility.role(),
          UnmatchedReason.NO_FEASIBLE_PARTNER, feasibility.describe(), feasibility.evidence()));
    }

    /** Adds a warning (see {@link MatchResult#warnings()}); ids only, never names or profiles. */
    public Builder warning(String warning) {
      warnings.add(java.util.Objects.requireNonNull(warning, "warning"));
      return this;
    }

    /** Adds an unmatched participant. */
    public Builder unmatched(Unmatched u) {
      unmatched.add(java.util.Objects.requireNonNull(u, "unmatched"));
      return this;
    }

    /** Adds an unmatched participant. */
    public Builder unmatched(ParticipantId id, Role role, UnmatchedReason reason, String detail) {
      return unmatched(new Unmatched(id, role, reason, detail));
    }

    /**
     * Sorts, checks and builds.
     *
     * @throws IllegalStateException if a pair is added twice, a person is unmatched twice, or a person is
     *     both paired and unmatched in the same role (a bug in the strategy)
     */
    public MatchResult build() {
      return new ImmutableMatchResult(strategy, solverPath, pairs.build(), unmatched.build(), warnings.build(),
          scoringModel);
    }
  }
}
