package dev.reverso.matching.internal;

import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.result.MentorGroups;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.result.RepresentationBound;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The dense {@code optimal} choice under a {@link RepresentationBound}: solves without the bound, and when
 * that optimum leaves a group below its minimum, solves again exactly with {@link GroupBoundedFlow}. Says
 * in warnings whether the bound changed who was chosen and what it cost in total score. Internal.
 */
public final class RepresentationSelection {
  private RepresentationSelection() {}

  /** The chosen pairs, the solver path and the warnings to add to the result. */
  public static final class Outcome {
    /** The chosen new pairs. */
    public final CapacitatedAssignment.Solution solution;
    /** What the bound did, for the result's warnings. */
    public final List<String> warnings;

    Outcome(CapacitatedAssignment.Solution solution, List<String> warnings) {
      this.solution = solution;
      this.warnings = List.copyOf(warnings);
    }
  }

  /**
   * Chooses the new pairs.
   *
   * @param keptMentors mentor index of each pair the round keeps (active, pinned)
   * @param keptCount how many kept pairs
   */
  public static Outcome choose(MatchingProblem problem, MatchingOptions options, RepresentationBound bound,
      int[] mentorCapacity, int[] menteeCapacity, PairFilter filter, int[] keptMentors, int keptCount) {
    int n = problem.menteeCount();
    int m = problem.mentorCount();
    CapacitatedAssignment.Solution free =
        CapacitatedAssignment.dense(problem, options, mentorCapacity, menteeCapacity, filter);
    MentorGroups dimension = bound.dimension();
    TreeMap<String, Integer> index = new TreeMap<>();
    String[] groupName = new String[m];
    for (int i = 0; i < m; i++) {
      groupName[i] = dimension.groupOf(problem.mentor(i));
      index.putIfAbsent(groupName[i], 0);
    }
    for (String g : bound.minShares().keySet()) {
      index.putIfAbsent(g, 0);
    }
    String[] names = index.keySet().toArray(new String[0]);
    for (int k = 0; k < names.length; k++) {
      index.put(names[k], k);
    }
    int groups = names.length;
    int[] group = new int[m];
    int[] volunteers = new int[groups];
    for (int i = 0; i < m; i++) {
      group[i] = index.get(groupName[i]);
      volunteers[group[i]]++;
    }
    boolean[] kept = new boolean[m];
    for (int k = 0; k < keptCount; k++) {
      kept[keptMentors[k]] = true;
    }
    boolean[] freeMatched = kept.clone();
    for (int k = 0; k < free.count; k++) {
      freeMatched[free.mentor[k]] = true;
    }
    int reference = 0;
    int[] freeCount = new int[groups];
    int[] keptCountByGroup = new int[groups];
    for (int i = 0; i < m; i++) {
      if (freeMatched[i]) {
        reference++;
        freeCount[group[i]]++;
      }
      if (kept[i]) {
        keptCountByGroup[group[i]]++;
      }
    }
    int[] minimum = new int[groups];
    int[] lower = new int[groups];
    boolean metAlready = true;
    for (int k = 0; k < groups; k++) {
      double share = m == 0 ? 0 : (double) volunteers[k] / m;
      minimum[k] = bound.minimumMentors(names[k], share, reference);
      lower[k] = Math.max(0, minimum[k] - keptCountByGroup[k]);
      metAlready &= freeCount[k] >= minimum[k];
    }
    String label = "representation(" + dimension.name() + ")";
    List<String> warnings = new ArrayList<>();
    if (metAlready) {
      warnings.add("representation bound on " + dimension.name() + " already met by the unconstrained optimum ("
          + counts(names, freeCount, minimum) + " of " + reference + " matched mentors): it changed nobody's pair");
      return new Outcome(relabel(free, free.solverPath + "+" + label + "-met"), warnings);
    }
    float[] table = ScoreTable.admissible(problem, options, filter, menteeCapacity);
    options.progress(ProgressListener.SOLVING, 0);
    int[] start = new int[n + 1];
    int edges = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (table[j * m + i] > 0) {
          edges++;
        }
      }
      start[j + 1] = edges;
    }
    int[] col = new int[edges];
    double[] w = new double[edges];
    int e = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        float v = table[j * m + i];
        if (v > 0) {
          col[e] = i;
          w[e++] = v;
        }
      }
    }
    GroupBoundedFlow.Solution s = GroupBoundedFlow.solve(n, m, start, col, w, menteeCapacity, mentorCapacity,
        group, kept, lower, options);
    int pairs = 0;
    double boundedTotal = 0;
    for (int x = 0; x < edges; x++) {
      if (s.used[x]) {
        pairs++;
        boundedTotal += w[x];
      }
    }
    int[] mentor = new int[pairs];
    int[] mentee = new int[pairs];
    int p = 0;
    boolean[] boundedMatched = kept.clone();
    for (int j = 0; j < n; j++) {
      for (int x = start[j]; x < start[j + 1]; x++) {
        if (s.used[x]) {
          mentor[p] = col[x];
          mentee[p++] = j;
          boundedMatched[col[x]] = true;
        }
      }
    }
    double freeTotal = 0;
    for (int k = 0; k < free.count; k++) {
      freeTotal += table[free.mentee[k] * m + free.mentor[k]];
    }
    options.progress(ProgressListener.SOLVING, 1);
    int[] boundedCount = new int[groups];
    int boundedMentors = 0;
    int in = 0;
    int out = 0;
    for (int i = 0; i < m; i++) {
      if (boundedMatched[i]) {
        boundedCount[group[i]]++;
        boundedMentors++;
      }
      if (boundedMatched[i] && !freeMatched[i]) {
        in++;
      } else if (!boundedMatched[i] && freeMatched[i]) {
        out++;
      }
    }
    boolean[] hasPair = kept.clone();
    for (int x = 0; x < edges; x++) {
      hasPair[col[x]] |= mentorCapacity[col[x]] > 0;
    }
    for (int k = 0; k < groups; k++) {
      if (boundedCount[k] < minimum[k]) {
        int possible = 0;
        for (int i = 0; i < m; i++) {
          if (group[i] == k && hasPair[i]) {
            possible++;
          }
        }
        warnings.add("representation bound on " + dimension.name() + " cannot be met for group '" + names[k]
            + "': it needs " + minimum[k] + " matched mentors (of " + reference + " matched without the bound), "
            + "at most " + boundedCount[k] + " are possible together with the other groups' minimums ("
            + possible + " of its " + volunteers[k] + " volunteers have any admissible mentee); the result meets "
            + "as much of the bound as it can");
      }
    }
    String cost = String.format(Locale.ROOT, "total score %.4f without the bound, %.4f with it (cost %.4f)",
        freeTotal, boundedTotal, Math.max(0, freeTotal - boundedTotal));
    warnings.add("representation bound on " + dimension.name() + " changed who was chosen: " + in
        + " mentor" + (in == 1 ? "" : "s") + " in, " + out + " out; matched mentors by group "
        + counts(names, boundedCount, minimum) + " (without the bound " + counts(names, freeCount, minimum)
        + "); " + cost);
    return new Outcome(new CapacitatedAssignment.Solution(mentor, mentee, pairs, "dense+" + label), warnings);
  }

  /** "A 3/2, B 1/1": matched mentors and minimum, by group name. */
  private static String counts(String[] names, int[] count, int[] minimum) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < names.length; k++) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(names[k]).append(' ').append(count[k]);
      if (minimum[k] > 0) {
        b.append(" (min ").append(minimum[k]).append(')');
      }
    }
    return b.toString();
  }

  private static CapacitatedAssignment.Solution relabel(CapacitatedAssignment.Solution s, String path) {
    return new CapacitatedAssignment.Solution(s.mentor, s.mentee, s.count, path);
  }
}
