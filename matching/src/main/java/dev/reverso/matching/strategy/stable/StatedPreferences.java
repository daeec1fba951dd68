package dev.reverso.matching.strategy.stable;

import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.spi.MatchingProblem;

/**
 * The partners people ranked themselves ({@link Participant#preferences()}), as index lists, and the view
 * that puts them first: a partner ranked r-th (1-based) of L gets the view {@code 2 + (L - r + 1) / L},
 * above any score-based view (which lies in [0, 1]), so ranked partners come first in the order given and
 * unranked ones follow by score. Ids that are not of the other role are ignored (the programme validated
 * them). Immutable after construction.
 */
final class StatedPreferences {
  private static final StatedPreferences NONE = new StatedPreferences(null, null);

  /** Per mentor, the ranked mentee indexes, best first; null if nobody ranked. */
  private final int[][] mentorRanks;
  /** Per mentee, the ranked mentor indexes, best first; null if nobody ranked. */
  private final int[][] menteeRanks;

  private StatedPreferences(int[][] mentorRanks, int[][] menteeRanks) {
    this.mentorRanks = mentorRanks;
    this.menteeRanks = menteeRanks;
  }

  static StatedPreferences of(MatchingProblem problem) {
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[][] mentorRanks = new int[m][];
    int[][] menteeRanks = new int[n][];
    boolean any = false;
    for (int i = 0; i < m; i++) {
      mentorRanks[i] = indexes(problem, problem.mentor(i), false);
      any |= mentorRanks[i].length > 0;
    }
    for (int j = 0; j < n; j++) {
      menteeRanks[j] = indexes(problem, problem.mentee(j), true);
      any |= menteeRanks[j].length > 0;
    }
    return any ? new StatedPreferences(mentorRanks, menteeRanks) : NONE;
  }

  private static int[] indexes(MatchingProblem problem, Participant p, boolean mentors) {
    int[] out = new int[p.preferences().size()];
    int c = 0;
    for (ParticipantId id : p.preferences()) {
      int x = mentors ? problem.mentorIndex(id) : problem.menteeIndex(id);
      if (x >= 0) {
        out[c++] = x;
      }
    }
    return java.util.Arrays.copyOf(out, c);
  }

  boolean isEmpty() {
    return this == NONE;
  }

  /** The mentor's view of the mentee: stated rank first, else {@code scoreView}. */
  double mentorView(int mentor, int mentee, double scoreView) {
    return mentorRanks == null ? scoreView : view(mentorRanks[mentor], mentee, scoreView);
  }

  /** The mentee's view of the mentor: stated rank first, else {@code scoreView}. */
  double menteeView(int mentee, int mentor, double scoreView) {
    return menteeRanks == null ? scoreView : view(menteeRanks[mentee], mentor, scoreView);
  }

  /** Raises the views of the mentee's ranked mentors in a row of views (only where {@code consider}). */
  void menteeViews(int mentee, boolean[] consider, double[] views) {
    if (menteeRanks == null) {
      return;
    }
    int[] ranks = menteeRanks[mentee];
    for (int r = 0; r < ranks.length; r++) {
      if (consider[ranks[r]]) {
        views[ranks[r]] = 2 + (double) (ranks.length - r) / ranks.length;
      }
    }
  }

  private static double view(int[] ranks, int partner, double scoreView) {
    for (int r = 0; r < ranks.length; r++) {
      if (ranks[r] == partner) {
        return 2 + (double) (ranks.length - r) / ranks.length;
      }
    }
    return scoreView;
  }
}
