package dev.reverso.matching.strategy;

import dev.reverso.core.MentoringPair;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact oracles by exhaustive search for tiny problems: dynamic programming over mentees with the vector of
 * mentor capacities left as state (each mentee picks any set of distinct allowed mentors up to its
 * capacity), and enumeration of every one-mentor-per-mentee matching for stability.
 */
final class BruteForce {
  private BruteForce() {}

  /** Which pairs may be used. */
  interface PairTest {
    boolean test(int mentor, int mentee);
  }

  /**
   * The best (pairs, total) over matchings of the pairs passing {@code ok}: by total alone, or by number of
   * pairs first and total second.
   */
  static double[] best(MatchingProblem p, int[] mentorCap, int[] menteeCap, PairTest ok, boolean pairsFirst) {
    return new Search(p, mentorCap, menteeCap, ok, pairsFirst).run();
  }

  /** The best total of pairs scoring at least {@code minimum}, with the problem's capacities. */
  static double bestTotal(MatchingProblem p, double minimum) {
    return best(p, p.mentorCapacities(), p.menteeCapacities(),
        (i, j) -> p.allowed(i, j) && p.score(i, j) >= minimum, false)[1];
  }

  /** The best total of new pairs around locked active pairs (their capacity used, never repeated). */
  static double bestTotalAround(MatchingProblem p, List<MentoringPair> active) {
    int[] mentorCap = p.mentorCapacities();
    int[] menteeCap = p.menteeCapacities();
    java.util.Set<Long> locked = new java.util.HashSet<>();
    for (MentoringPair a : active) {
      int i = p.mentorIndex(a.mentorId());
      int j = p.menteeIndex(a.menteeId());
      mentorCap[i]--;
      menteeCap[j]--;
      locked.add((long) i << 32 | j);
    }
    return best(p, mentorCap, menteeCap, (i, j) -> p.allowed(i, j) && !locked.contains((long) i << 32 | j), false)[1];
  }

  /** The fair optimum: {pairs, best minimum among maximum-pair matchings, best total at that minimum}. */
  static double[] fair(MatchingProblem p) {
    int[] mentorCap = p.mentorCapacities();
    int[] menteeCap = p.menteeCapacities();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < p.mentorCount(); i++) {
      for (int j = 0; j < p.menteeCount(); j++) {
        if (p.allowed(i, j)) {
          scores.add(p.score(i, j));
        }
      }
    }
    double k = best(p, mentorCap, menteeCap, p::allowed, true)[0];
    if (k == 0) {
      return new double[] {0, 0, 0};
    }
    double threshold = Double.NEGATIVE_INFINITY;
    for (double t : scores) {
      double c = best(p, mentorCap, menteeCap, (i, j) -> p.allowed(i, j) && p.score(i, j) >= t, true)[0];
      if (c == k && t > threshold) {
        threshold = t;
      }
    }
    double at = threshold;
    double total = best(p, mentorCap, menteeCap, (i, j) -> p.allowed(i, j) && p.score(i, j) >= at, true)[1];
    return new double[] {k, at, total};
  }

  private static final class Search {
    final MatchingProblem p;
    final int[] menteeCap;
    final PairTest ok;
    final boolean pairsFirst;
    final int m;
    final int n;
    final Map<String, double[]> memo = new HashMap<>();
    final int[] caps;

    Search(MatchingProblem p, int[] mentorCap, int[] menteeCap, PairTest ok, boolean pairsFirst) {
      this.p = p;
      this.menteeCap = menteeCap;
      this.ok = ok;
      this.pairsFirst = pairsFirst;
      this.m = p.mentorCount();
      this.n = p.menteeCount();
      this.caps = mentorCap.clone();
    }

    double[] run() {
      return go(0);
    }

    boolean better(double[] a, double[] b) {
      if (pairsFirst && a[0] != b[0]) {
        return a[0] > b[0];
      }
      return a[1] > b[1] + 1e-12;
    }

    double[] go(int j) {
      if (j == n) {
        return new double[] {0, 0};
      }
      String key = j + ":" + java.util.Arrays.toString(caps);
      double[] known = memo.get(key);
      if (known != null) {
        return known;
      }
      double[] best = choose(j, 0, menteeCap[j], 0, 0);
      memo.put(key, best);
      return best;
    }

    /** Picks mentors from index {@code from} on for mentee j, up to {@code left} more. */
    double[] choose(int j, int from, int left, int count, double total) {
      double[] rest = go(j + 1);
      double[] best = {count + rest[0], total + rest[1]};
      if (left <= 0) {
        return best;
      }
      for (int i = from; i < m; i++) {
        if (caps[i] > 0 && ok.test(i, j)) {
          caps[i]--;
          double[] with = choose(j, i + 1, left - 1, count + 1, total + p.score(i, j));
          caps[i]++;
          if (better(with, best)) {
            best = with;
          }
        }
      }
      return best;
    }
  }
}
