package dev.reverso.matching.result;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The {@link MatchResult} made by {@link MatchResult.Builder}. */
final class ImmutableMatchResult implements MatchResult {
  private final String strategy;
  private final String solverPath;
  private final ImmutableList<Pairing> pairs;
  private final ImmutableList<Unmatched> unmatched;
  private final MatchStatistics statistics;
  private final ImmutableList<String> warnings;
  private final ScoringModelView scoringModel;

  ImmutableMatchResult(String strategy, String solverPath, List<Pairing> pairs, List<Unmatched> unmatched,
      List<String> warnings, ScoringModelView scoringModel) {
    this.scoringModel = scoringModel;
    this.warnings = ImmutableList.copyOf(warnings);
    this.strategy = strategy;
    this.solverPath = solverPath;
    this.pairs = ImmutableList.sortedCopyOf(Pairing.BY_MENTEE_THEN_MENTOR, pairs);
    this.unmatched = ImmutableList.sortedCopyOf(Unmatched.BY_ROLE_THEN_ID, unmatched);
    Set<ParticipantId> mentors = new HashSet<>();
    Set<ParticipantId> mentees = new HashSet<>();
    double total = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < this.pairs.size(); k++) {
      Pairing p = this.pairs.get(k);
      if (k > 0 && Pairing.BY_MENTEE_THEN_MENTOR.compare(this.pairs.get(k - 1), p) == 0) {
        throw new IllegalStateException("the pair " + p.mentorId() + "->" + p.menteeId() + " was added twice");
      }
      mentors.add(p.mentorId());
      mentees.add(p.menteeId());
      total += p.score();
      min = Math.min(min, p.score());
      max = Math.max(max, p.score());
    }
    int unmatchedMentors = 0;
    for (int k = 0; k < this.unmatched.size(); k++) {
      Unmatched u = this.unmatched.get(k);
      if (k > 0 && Unmatched.BY_ROLE_THEN_ID.compare(this.unmatched.get(k - 1), u) == 0) {
        throw new IllegalStateException(u.role() + " " + u.participantId() + " was reported unmatched twice");
      }
      boolean mentor = u.role() == Role.MENTOR;
      if ((mentor ? mentors : mentees).contains(u.participantId())) {
        throw new IllegalStateException(u.role() + " " + u.participantId() + " is both paired and unmatched");
      }
      if (mentor) {
        unmatchedMentors++;
      }
    }
    int n = this.pairs.size();
    this.statistics = new MatchStatistics(n, total, n == 0 ? 0 : Math.min(max, Math.max(min, total / n)),
        n == 0 ? 0 : min, n == 0 ? 0 : max, mentors.size(), mentees.size(), unmatchedMentors,
        this.unmatched.size() - unmatchedMentors);
  }

  /** This result with another model: everything else is shared, already sorted and checked. */
  private ImmutableMatchResult(ImmutableMatchResult base, ScoringModelView scoringModel) {
    this.strategy = base.strategy;
    this.solverPath = base.solverPath;
    this.pairs = base.pairs;
    this.unmatched = base.unmatched;
    this.statistics = base.statistics;
    this.warnings = base.warnings;
    this.scoringModel = scoringModel;
  }

  @Override
  public String strategy() {
    return strategy;
  }

  @Override
  public String solverPath() {
    return solverPath;
  }

  @Override
  public ImmutableList<Pairing> pairs() {
    return pairs;
  }

  @Override
  public ImmutableList<Unmatched> unmatched() {
    return unmatched;
  }

  @Override
  public ImmutableList<String> warnings() {
    return warnings;
  }

  @Override
  public java.util.Optional<ScoringModelView> scoringModel() {
    return java.util.Optional.ofNullable(scoringModel);
  }

  @Override
  public MatchResult withScoringModel(ScoringModelView model) {
    return model == scoringModel ? this : new ImmutableMatchResult(this, model);
  }

  @Override
  public MatchStatistics statistics() {
    return statistics;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MatchResult)) {
      return false;
    }
    MatchResult r = (MatchResult) o;
    return strategy.equals(r.strategy()) && solverPath.equals(r.solverPath()) && pairs.equals(r.pairs())
        && unmatched.equals(r.unmatched()) && warnings.equals(r.warnings());
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, solverPath, pairs, unmatched, warnings);
  }

  /** Strategy, solver path and counts only. */
  @Override
  public String toString() {
    return "MatchResult[strategy=" + strategy + ", solverPath=" + solverPath + ", pairs=" + pairs.size()
        + ", unmatched=" + unmatched.size() + "]";
  }
}
