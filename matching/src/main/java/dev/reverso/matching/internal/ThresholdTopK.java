package dev.reverso.matching.internal;

import java.util.Arrays;

/**
 * The best {@code k} admissible mentors of a mentee found without scoring every mentor: a threshold search
 * (R. Fagin, A. Lotem and M. Naor, "Optimal aggregation algorithms for middleware", J. Comput. Syst. Sci.
 * 66(4), 2003, doi:10.1016/S0022-0000(03)00026-6) over an inverted index from each goal skill and level
 * code to the mentors who hold it. Internal.
 *
 * <p><b>Bound.</b> The total score is {@code (w_F·F + Σ_c w_c·v_c) / W}. Forward coverage F is
 * {@code Σ_g w_g · credit_g(code of the mentor for goal skill g)} over the mentee's goals; for each goal the
 * mentors are listed by decreasing credit (the index's postings, codes in decreasing credit order; a mentor
 * with level code 0 gets credit 0 and is in no list). Every other built-in criterion is bounded by its
 * {@link BuiltinCriterion.EncodedScorer#rowMax} for this mentee. The lists are read in turn, one mentor
 * each; a mentor read for the first time is checked against every hard constraint and the filter and, if
 * admissible, scored exactly by the same kernel as a full row ({@link ScoringKernel#score}, equal bit for
 * bit to {@link ScoringKernel#scoreRow}). A mentor not yet read in any list has in each list a credit at
 * most that of the list's next entry, so its score is at most
 * {@code T = (w_F · Σ_g w_g·next_g + restBound) / W}. The search stops when k candidates are kept and T,
 * plus a margin for {@code float} rounding, is below the k-th kept score: no unread mentor can enter the
 * list, not even by a tie (ties go to the lower mentor index, so a tie would need an equal score). The
 * result is therefore exactly {@link TopK#select}'s.
 *
 * <p><b>Giving up.</b> When the lists run out before the stop (fewer than k mentors with any credit, or
 * the other criteria alone could still reach the k-th score), or when more than the budget of mentors has
 * been read, {@link #select} returns −1 and the caller visits every mentor instead ({@link BoundedScan}):
 * the bound was too weak for this mentee. How often that happens depends on the programme;
 * {@link CandidateTable} measures it and switches to the bounded scan when the search does not pay.
 *
 * <p><b>Cost.</b> Index: O(mentors × goal skills) time, one int per (mentor, goal skill with a level)
 * memory. Per mentee: O(goals × levelCodes) to order the lists and O(read × (constraints + goals + values))
 * to score what was read. Immutable after construction; {@link #select} is thread-safe (per-thread scratch).
 */
final class ThresholdTopK {
  /**
   * Added to the bound before it is compared with the k-th score: covers the {@code float} rounding of the
   * kernels' sums (relative 1e-7 per term on scores in [0, 1]) many times over.
   */
  static final double MARGIN = 1e-5;

  private final EncodedProblem problem;
  private final ScoringKernel kernel;
  private final Encoding.Side mentees;
  private final float[] creditTable;
  private final int mentors;
  private final int codes;
  private final double forwardWeight;
  /** Postings of (skill s, code c): {@code post[postStart[s * codes + c] .. postStart[s * codes + c + 1])}. */
  private final int[] postStart;
  private final int[] post;
  /** For each (current, target) table: the level codes with credit above 0, by decreasing credit. */
  private final int[][] codeOrder;
  private final ThreadLocal<int[]> seen;
  private final ThreadLocal<int[]> stampCounter = ThreadLocal.withInitial(() -> new int[1]);

  private ThresholdTopK(EncodedProblem problem) {
    this.problem = problem;
    this.kernel = problem.kernel();
    Encoding encoding = problem.encoding();
    this.mentees = encoding.mentees;
    this.creditTable = encoding.creditTable;
    this.mentors = encoding.mentors.size;
    this.codes = encoding.levelCodes;
    this.forwardWeight = kernel.forwardWeight();
    int skills = encoding.skillCount();
    char[] mentorCodes = encoding.mentors.codes;
    int cells = Math.multiplyExact(skills, codes);
    int[] start = new int[cells + 1];
    for (int s = 0; s < skills; s++) {
      for (int i = 0; i < mentors; i++) {
        int c = mentorCodes[s * mentors + i];
        if (c != 0) {
          start[s * codes + c + 1]++;
        }
      }
    }
    for (int x = 0; x < cells; x++) {
      start[x + 1] += start[x];
    }
    int[] fill = Arrays.copyOf(start, cells);
    int[] postings = new int[start[cells]];
    for (int s = 0; s < skills; s++) {
      for (int i = 0; i < mentors; i++) {
        int c = mentorCodes[s * mentors + i];
        if (c != 0) {
          postings[fill[s * codes + c]++] = i;
        }
      }
    }
    this.postStart = start;
    this.post = postings;
    int tables = Encoding.LEVELS * Encoding.LEVELS;
    this.codeOrder = new int[tables][];
    for (int t = 0; t < tables; t++) {
      int base = t * codes;
      this.codeOrder[t] = java.util.stream.IntStream.range(1, codes)
          .filter(c -> creditTable[base + c] > 0f)
          .boxed()
          .sorted((a, b) -> Float.compare(creditTable[base + b], creditTable[base + a]))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    int m = mentors;
    this.seen = ThreadLocal.withInitial(() -> new int[m]);
  }

  /**
   * The search for this problem, or null when the scoring model has a criterion without a bound (a user
   * criterion with a weight above 0) or no forward coverage to search by.
   */
  static ThresholdTopK of(EncodedProblem problem) {
    if (problem.kernel().unboundedCriterion() != null || problem.kernel().forwardWeight() <= 0) {
      return null;
    }
    return new ThresholdTopK(problem);
  }

  /**
   * Writes the best admissible mentors of {@code mentee} into {@code out[at .. at + k)} and their scores into
   * {@code outScore}, best first (higher {@code float} score, then lower mentor index), exactly as
   * {@link TopK#select}; returns how many were written, or −1 when the search gave up (see the class
   * comment), in which case the output slice is garbage. {@code read[0]} is increased by the number of
   * mentors read.
   *
   * @param budget the most mentors to read before giving up
   */
  int select(PairFilter filter, double min, int mentee, int k, int[] out, float[] outScore, int at, int budget,
      long[] read) {
    int goalFrom = mentees.goalStart[mentee];
    int goals = mentees.goalStart[mentee + 1] - goalFrom;
    if (goals == 0) {
      return -1;
    }
    double inverse = kernel.totalInverse();
    double rest = kernel.restBound(mentee);
    // Per goal: its list (codes by decreasing credit), the code rank and position in the current posting.
    int[][] order = new int[goals][];
    int[] skillBase = new int[goals];
    int[] table = new int[goals];
    double[] weight = new double[goals];
    int[] rank = new int[goals];
    int[] pos = new int[goals];
    for (int g = 0; g < goals; g++) {
      int slot = goalFrom + g;
      table[g] = mentees.goalTable[slot];
      order[g] = codeOrder[table[g] / codes];
      skillBase[g] = mentees.goalSkill[slot] * codes;
      weight[g] = forwardWeight * mentees.goalWeight[slot];
      pos[g] = order[g].length > 0 ? postStart[skillBase[g] + order[g][0]] : 0;
      advance(g, order, skillBase, rank, pos);
    }
    int[] stamps = seen.get();
    int[] counter = stampCounter.get();
    if (++counter[0] == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      counter[0] = 1;
    }
    int stamp = counter[0];
    int size = 0;
    int touched = 0;
    try {
      while (true) {
        boolean any = false;
        for (int g = 0; g < goals; g++) {
          if (rank[g] >= order[g].length) {
            continue;
          }
          any = true;
          int i = post[pos[g]++];
          advance(g, order, skillBase, rank, pos);
          if (stamps[i] == stamp) {
            continue;
          }
          stamps[i] = stamp;
          if (++touched > budget) {
            return -1;
          }
          if (!problem.allowed(i, mentee) || !filter.test(i, mentee)) {
            continue;
          }
          double exact = kernel.score(i, mentee);
          if (exact < min) {
            continue;
          }
          size = TopK.offer(out, outScore, at, size, k, i, (float) exact);
        }
        double bound = rest;
        for (int g = 0; g < goals; g++) {
          if (rank[g] < order[g].length) {
            bound += weight[g] * creditTable[table[g] + order[g][rank[g]]];
          }
        }
        double t = Math.min(1.0, bound * inverse) + MARGIN;
        if (t < min || (size == k && t < outScore[at])) {
          break;
        }
        if (!any) {
          // Every list is read and the mentors in none of them (forward coverage 0) could still enter.
          return -1;
        }
      }
    } finally {
      read[0] += touched;
    }
    TopK.sortBestFirst(out, outScore, at, size);
    return size;
  }

  /** Moves goal g's cursor past the end of its current posting (and any empty ones) to the next code. */
  private void advance(int g, int[][] order, int[] skillBase, int[] rank, int[] pos) {
    int[] codesOf = order[g];
    while (rank[g] < codesOf.length && pos[g] >= postStart[skillBase[g] + codesOf[rank[g]] + 1]) {
      rank[g]++;
      if (rank[g] < codesOf.length) {
        pos[g] = postStart[skillBase[g] + codesOf[rank[g]]];
      }
    }
  }
}
