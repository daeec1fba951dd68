package dev.reverso.matching.group;

import dev.reverso.core.Participant;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum of the circle problem by enumeration, for tiny programmes: every junior takes a set of
 * feasible seniors no larger than its capacity; circles must have 0 or min..max juniors and share a
 * language. Exponential; at most 3 seniors and 7 juniors.
 */
final class CircleBruteForce {
  private final MatchingProblem problem;
  private final CircleObjective objective;
  private final int min;
  private final int max;
  private final int seniors;
  private final int juniors;
  private final int[][] choices;
  private final int[] choice;
  private double best = -1;

  private CircleBruteForce(MatchingProblem problem, CircleObjective objective, int min, int max) {
    this.problem = problem;
    this.objective = objective;
    this.min = min;
    this.max = max;
    this.seniors = problem.menteeCount();
    this.juniors = problem.mentorCount();
    if (seniors > 3 || juniors > 7) {
      throw new IllegalArgumentException("brute force is for at most 3 seniors and 7 juniors");
    }
    choices = new int[juniors][];
    for (int j = 0; j < juniors; j++) {
      List<Integer> sets = new ArrayList<>();
      for (int mask = 0; mask < 1 << seniors; mask++) {
        boolean ok = Integer.bitCount(mask) <= problem.mentorCapacity(j);
        for (int s = 0; s < seniors && ok; s++) {
          ok = (mask & 1 << s) == 0 || problem.allowed(j, s);
        }
        if (ok) {
          sets.add(mask);
        }
      }
      choices[j] = sets.stream().mapToInt(Integer::intValue).toArray();
    }
    choice = new int[juniors];
  }

  /** The largest total score of any feasible set of circles. */
  static double optimum(MatchingProblem problem, CircleObjective objective, int min, int max) {
    CircleBruteForce b = new CircleBruteForce(problem, objective, min, max);
    b.search(0);
    return b.best;
  }

  private void search(int j) {
    if (j == juniors) {
      evaluate();
      return;
    }
    for (int mask : choices[j]) {
      choice[j] = mask;
      search(j + 1);
    }
  }

  private void evaluate() {
    double total = 0;
    for (int s = 0; s < seniors; s++) {
      int circle = 0;
      for (int j = 0; j < juniors; j++) {
        if ((choice[j] & 1 << s) != 0) {
          circle |= 1 << j;
        }
      }
      double v = circleValue(s, circle);
      if (Double.isNaN(v)) {
        return;
      }
      total += v;
    }
    best = Math.max(best, total);
  }

  /** The value of senior s with the juniors of this bit set; NaN if the sizes or the language rule forbid it. */
  private double circleValue(int s, int circle) {
    Double known = memo.get(s * (1L << 32) + circle);
    if (known != null) {
      return known;
    }
    int k = Integer.bitCount(circle);
    double v;
    if (k == 0) {
      v = 0;
    } else if (k < min || k > max) {
      v = Double.NaN;
    } else {
      int[] members = new int[k];
      List<Participant> people = new ArrayList<>();
      people.add(problem.mentee(s));
      boolean anyListed = !problem.mentee(s).languages().isEmpty();
      for (int j = 0, r = 0; j < juniors; j++) {
        if ((circle & 1 << j) != 0) {
          members[r++] = j;
          people.add(problem.mentor(j));
          anyListed |= !problem.mentor(j).languages().isEmpty();
        }
      }
      v = anyListed && Languages.common(people).isEmpty() ? Double.NaN : objective.score(problem, s, members, max);
    }
    memo.put(s * (1L << 32) + circle, v);
    return v;
  }

  private final java.util.Map<Long, Double> memo = new java.util.HashMap<>();
}
