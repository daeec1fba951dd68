package dev.reverso.matching.group;

import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum of the shadow board by depth-first enumeration of every board of exactly the asked size
 * (or fewer when the caps allow no more), checking caps and minimums, with the coverage kept incrementally.
 * Exponential in the size: for the 30–60-person oracle instances, boards of 4 or 5.
 */
final class BoardBruteForce {
  private final MatchingProblem problem;
  private final BoardOptions options;
  private final int juniors;
  private final int goals;
  private final int[] tSenior;
  private final int[] tGoal;
  private final double[] tWeight;
  private final float[][] credit;
  private final List<String> dims;
  private final String[][] group;
  private final int[] chosen;
  private double best = -1;
  private int[] bestBoard = new int[0];

  private BoardBruteForce(MatchingProblem problem, BoardOptions options) {
    this.problem = problem;
    this.options = options;
    this.juniors = problem.mentorCount();
    int seniors = problem.menteeCount();
    List<int[]> ts = new ArrayList<>();
    for (int s = 0; s < seniors; s++) {
      for (int g = 0; g < problem.menteeGoalCount(s); g++) {
        ts.add(new int[] {s, g});
      }
    }
    goals = ts.size();
    tSenior = ts.stream().mapToInt(t -> t[0]).toArray();
    tGoal = ts.stream().mapToInt(t -> t[1]).toArray();
    tWeight = new double[goals];
    credit = new float[juniors][goals];
    for (int t = 0; t < goals; t++) {
      tWeight[t] = problem.menteeGoalWeight(tSenior[t], tGoal[t]) / seniors;
      for (int j = 0; j < juniors; j++) {
        credit[j][t] = (float) problem.goalCredit(j, tSenior[t], tGoal[t]);
      }
    }
    java.util.LinkedHashSet<String> d = new java.util.LinkedHashSet<>(options.maxPer().keySet());
    d.addAll(options.minPer().keySet());
    dims = new ArrayList<>(d);
    group = new String[dims.size()][juniors];
    for (int k = 0; k < dims.size(); k++) {
      for (int j = 0; j < juniors; j++) {
        group[k][j] = BoardOptions.group(problem.mentor(j), dims.get(k)).orElse(null);
      }
    }
    chosen = new int[options.size()];
  }

  /** The best coverage of a board that meets every cap and minimum, and that board; value -1 if none. */
  static BoardBruteForce solve(MatchingProblem problem, BoardOptions options) {
    BoardBruteForce b = new BoardBruteForce(problem, options);
    b.search(0, 0, new double[b.goals]);
    return b;
  }

  double value() {
    return best;
  }

  int[] board() {
    return bestBoard.clone();
  }

  private void search(int from, int k, double[] bestCredit) {
    if (k == options.size() || from == juniors) {
      consider(k, bestCredit);
      return;
    }
    boolean extended = false;
    for (int j = from; j < juniors; j++) {
      if (!capsAllow(j, k)) {
        continue;
      }
      extended = true;
      chosen[k] = j;
      double[] next = bestCredit.clone();
      for (int t = 0; t < goals; t++) {
        next[t] = Math.max(next[t], credit[j][t]);
      }
      search(j + 1, k + 1, next);
    }
    if (!extended) {
      consider(k, bestCredit);
    }
  }

  private boolean capsAllow(int j, int k) {
    for (int d = 0; d < dims.size(); d++) {
      Integer cap = options.maxPer().get(dims.get(d));
      if (cap == null || group[d][j] == null) {
        continue;
      }
      int same = 1;
      for (int r = 0; r < k; r++) {
        if (group[d][j].equals(group[d][chosen[r]])) {
          same++;
        }
      }
      if (same > cap) {
        return false;
      }
    }
    return true;
  }

  private void consider(int k, double[] bestCredit) {
    for (int d = 0; d < dims.size(); d++) {
      Integer min = options.minPer().get(dims.get(d));
      if (min == null) {
        continue;
      }
      Map<String, Integer> volunteers = new java.util.HashMap<>();
      Map<String, Integer> members = new java.util.HashMap<>();
      for (int j = 0; j < juniors; j++) {
        if (group[d][j] != null) {
          volunteers.merge(group[d][j], 1, Integer::sum);
        }
      }
      for (int r = 0; r < k; r++) {
        if (group[d][chosen[r]] != null) {
          members.merge(group[d][chosen[r]], 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : volunteers.entrySet()) {
        if (members.getOrDefault(e.getKey(), 0) < Math.min(min, e.getValue())) {
          return;
        }
      }
    }
    double v = 0;
    for (int t = 0; t < goals; t++) {
      v += tWeight[t] * bestCredit[t];
    }
    if (v > best + 1e-12) {
      best = v;
      bestBoard = java.util.Arrays.copyOf(chosen, k);
    }
  }
}
