package dev.reverso.matching.group;

import dev.reverso.core.Participant;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import java.util.Arrays;

/**
 * The circle search on primitive arrays: lazy greedy, repair of the minimum size, then local search. One
 * instance per run; not thread-safe. See {@link CircleMatcher} for the algorithm and its guarantee.
 *
 * <p>Memory: for every senior, its feasible juniors, their credits for each of its goals and their
 * reciprocity — O(feasible pairs × goals) — plus the inverse lists (juniors to seniors).
 *
 * <p>Longer than 600 lines on purpose: greedy, repair, local search and rebuild all mutate the same
 * primitive arrays and share one undo log; splitting them would expose that state across classes.
 */
final class CircleSearch {
  /** A move must improve the objective by more than this to be taken, so the search ends. */
  static final double EPS = 1e-12;
  /** Local search stops after this many passes over the circles even if a move still improves. */
  static final int MAX_PASSES = 50;
  /** Rounds of {@link #rebuild()} (each followed by local search) while one still improves. */
  static final int REBUILD_ROUNDS = 3;

  private final MatchingProblem problem;
  private final CircleObjective objective;
  private final MatchingOptions options;
  final int min;
  final int max;
  final int seniors;
  final int juniors;
  /** Feasible juniors (mentor indices) of each senior, ascending. */
  final int[][] cand;
  /** {@code credit[s][q * goals + g]}: credit of junior {@code cand[s][q]} for goal g of senior s. */
  private final float[][] credit;
  private final double[][] goalWeight;
  /** {@code view[s][q]}: mentorView of junior {@code cand[s][q]} with senior s. */
  private final double[][] view;
  private final int[] department;
  private final int[] location;
  private final int[] band;
  private final int[] capacity;
  private final int words;
  private final long[] juniorLanguage;
  private final long[] seniorLanguage;
  private final boolean languageRule;
  /** Seniors of each junior (those for which the junior is feasible) and the junior's position there. */
  final int[][] seniorsOf;
  private final int[][] positionIn;
  private final double wc;
  private final double wr;
  private final double wd;
  private final double divNorm;

  // ----- the solution: members of each circle as positions into cand[s]
  final int[][] members;
  final int[] size;
  final int[] used;
  /** Circles (seniors) of each junior; first used[j] entries. */
  private final int[][] circlesOf;
  private final double[] value;
  private long steps;

  CircleSearch(MatchingProblem problem, CircleObjective objective, int min, int max, boolean languageRule,
      MatchingOptions options) {
    this.problem = problem;
    this.objective = objective;
    this.options = options;
    this.min = min;
    this.max = max;
    this.languageRule = languageRule;
    this.seniors = problem.menteeCount();
    this.juniors = problem.mentorCount();
    double sum = objective.weightSum();
    this.wc = objective.coverageWeight() / sum;
    this.wr = objective.reciprocityWeight() / sum;
    this.wd = objective.diversityWeight() / sum;
    this.divNorm = 1.0 / (3.0 * max);

    department = new int[juniors];
    location = new int[juniors];
    band = new int[juniors];
    capacity = new int[juniors];
    java.util.Map<String, Integer> depIds = new java.util.HashMap<>();
    java.util.Map<String, Integer> locIds = new java.util.HashMap<>();
    for (int j = 0; j < juniors; j++) {
      Participant p = problem.mentor(j);
      department[j] = p.department().map(d -> depIds.computeIfAbsent(d, k -> depIds.size())).orElse(-1);
      location[j] = p.location().map(d -> locIds.computeIfAbsent(d, k -> locIds.size())).orElse(-1);
      band[j] = CircleObjective.seniorityBand(p.seniority());
      capacity[j] = problem.mentorCapacity(j);
    }
    Languages languages = Languages.of(problem);
    this.words = languages.words();
    this.juniorLanguage = languages.mentorMasks();
    this.seniorLanguage = languages.menteeMasks();

    cand = new int[seniors][];
    credit = new float[seniors][];
    goalWeight = new double[seniors][];
    view = new double[seniors][];
    boolean[] allowed = new boolean[juniors];
    int[] buffer = new int[juniors];
    int[] count = new int[juniors];
    for (int s = 0; s < seniors; s++) {
      if ((s & 31) == 0) {
        options.progress(ProgressListener.SCORING, (double) s / seniors);
      }
      problem.allowedRow(s, allowed);
      int k = 0;
      for (int j = 0; j < juniors; j++) {
        if (allowed[j]) {
          buffer[k++] = j;
          count[j]++;
        }
      }
      int[] c = Arrays.copyOf(buffer, k);
      cand[s] = c;
      int goals = problem.menteeGoalCount(s);
      double[] w = new double[goals];
      for (int g = 0; g < goals; g++) {
        w[g] = problem.menteeGoalWeight(s, g);
      }
      goalWeight[s] = w;
      float[] cr = new float[k * goals];
      double[] v = new double[k];
      for (int q = 0; q < k; q++) {
        for (int g = 0; g < goals; g++) {
          cr[q * goals + g] = (float) problem.goalCredit(c[q], s, g);
        }
        v[q] = problem.mentorView(c[q], s);
      }
      credit[s] = cr;
      view[s] = v;
    }
    seniorsOf = new int[juniors][];
    positionIn = new int[juniors][];
    for (int j = 0; j < juniors; j++) {
      seniorsOf[j] = new int[count[j]];
      positionIn[j] = new int[count[j]];
      count[j] = 0;
    }
    for (int s = 0; s < seniors; s++) {
      int[] c = cand[s];
      for (int q = 0; q < c.length; q++) {
        int j = c[q];
        seniorsOf[j][count[j]] = s;
        positionIn[j][count[j]] = q;
        count[j]++;
      }
    }
    options.progress(ProgressListener.SCORING, 1);
    members = new int[seniors][max];
    size = new int[seniors];
    used = new int[juniors];
    circlesOf = new int[juniors][];
    for (int j = 0; j < juniors; j++) {
      circlesOf[j] = new int[capacity[j]];
    }
    value = new double[seniors];
    scratch = new int[max + 1];
    version = new int[seniors];
    lossVersion = new int[seniors];
    Arrays.fill(lossVersion, -1);
    loss = new double[seniors][max];
    restBest = new float[seniors][];
    restView = new double[seniors][max + 1];
    restDistinct = new int[seniors][max + 1];
    restLanguage = new long[seniors][languageRule ? (max + 1) * words : 0];
    restVersion = new int[seniors];
    restCoverage = new double[seniors][max + 1];
    positionOfJunior = new int[seniors];
    Arrays.fill(positionOfJunior, -1);
    Arrays.fill(restVersion, -1);
  }

  // ------------------------------------------------------------------ evaluation

  /** The score of senior s's circle with the juniors at positions {@code pos[0..k-1]} of {@code cand[s]}. */
  double value(int s, int[] pos, int k) {
    if (k == 0) {
      return 0;
    }
    double[] w = goalWeight[s];
    float[] cr = credit[s];
    int goals = w.length;
    double cov = 0;
    for (int g = 0; g < goals; g++) {
      double best = 0;
      for (int r = 0; r < k; r++) {
        double v = cr[pos[r] * goals + g];
        if (v > best) {
          best = v;
        }
      }
      cov += w[g] * best;
    }
    double rec = 0;
    double[] vw = view[s];
    for (int r = 0; r < k; r++) {
      rec += vw[pos[r]];
    }
    rec /= max;
    int[] c = cand[s];
    int distinct = 0;
    for (int r = 0; r < k; r++) {
      int j = c[pos[r]];
      boolean newDep = department[j] >= 0;
      boolean newLoc = location[j] >= 0;
      boolean newBand = true;
      for (int t = 0; t < r; t++) {
        int o = c[pos[t]];
        newDep &= department[o] != department[j];
        newLoc &= location[o] != location[j];
        newBand &= band[o] != band[j];
      }
      distinct += (newDep ? 1 : 0) + (newLoc ? 1 : 0) + (newBand ? 1 : 0);
    }
    double div = distinct * divNorm;
    double score = wc * Math.min(1, cov) + wr * Math.min(1, rec) + wd * Math.min(1, div);
    return score >= 1 ? 1 : score;
  }

  /** Whether the juniors at {@code pos[0..k-1]} share a language with senior s and each other. */
  boolean languageOk(int s, int[] pos, int k) {
    if (!languageRule) {
      return true;
    }
    int[] c = cand[s];
    for (int w = 0; w < words; w++) {
      long mask = seniorLanguage[s * words + w];
      for (int r = 0; r < k && mask != 0; r++) {
        mask &= juniorLanguage[c[pos[r]] * words + w];
      }
      if (mask != 0) {
        return true;
      }
    }
    return false;
  }

  private final int[] scratch;

  private int[] without(int s, int r, int[] out) {
    int k = size[s];
    System.arraycopy(members[s], 0, out, 0, k);
    out[r] = out[k - 1];
    return out;
  }

  /** Value of s's circle with q added, or NaN if the language rule forbids it. */
  private double valueWith(int s, int q) {
    return valueInPlace(s, size[s], q);
  }

  /** Value of s's circle with member r replaced by q, or NaN if the language rule forbids it. */
  private double valueReplacing(int s, int r, int q) {
    return valueInPlace(s, r, q);
  }

  // ----- the circle without one member, cached until the circle changes (local search's inner loop)

  /** {@code restBest[s][r * goals + g]}: best credit for goal g among s's members other than member r. */
  private final float[][] restBest;
  /** {@code restView[s][r]}: the sum of the views of members 0..r-1, added in member order. */
  private final double[][] restView;
  /** {@code restDistinct[s][r]}: distinct departments + locations + bands among members other than r. */
  private final int[][] restDistinct;
  /** {@code restLanguage[s][r * words + w]}: the senior's language bits shared by every member but r. */
  private final long[][] restLanguage;
  private final int[] restVersion;
  /** {@code restCoverage[s][r]}: the coverage sum of the members other than r (1 or more: saturated). */
  private final double[][] restCoverage;

  /**
   * Fills the "without member r" summaries of circle s for r = 0..size (r = size: no member left out), unless
   * they are current. O(size² · goals), once per change of the circle instead of once per candidate.
   */
  private void ensureRest(int s) {
    if (restVersion[s] == version[s]) {
      return;
    }
    restVersion[s] = version[s];
    int k = size[s];
    int[] m = members[s];
    float[] cr = credit[s];
    int goals = goalWeight[s].length;
    int[] c = cand[s];
    float[] best = restBest[s];
    if (best == null || best.length < (k + 1) * goals) {
      best = new float[(max + 1) * goals];
      restBest[s] = best;
    }
    double[] vw = view[s];
    double[] pre = restView[s];
    pre[0] = 0;
    for (int r = 0; r < k; r++) {
      pre[r + 1] = pre[r] + vw[m[r]];
    }
    for (int r = 0; r <= k; r++) {
      for (int g = 0; g < goals; g++) {
        float b = 0;
        for (int t = 0; t < k; t++) {
          if (t != r) {
            float v = cr[m[t] * goals + g];
            if (v > b) {
              b = v;
            }
          }
        }
        best[r * goals + g] = b;
      }
      double cov = 0;
      double[] gw = goalWeight[s];
      for (int g = 0; g < goals; g++) {
        cov += gw[g] * best[r * goals + g];
      }
      restCoverage[s][r] = cov;
      int distinct = 0;
      for (int t = 0; t < k; t++) {
        if (t == r) {
          continue;
        }
        int j = c[m[t]];
        boolean newDep = department[j] >= 0;
        boolean newLoc = location[j] >= 0;
        boolean newBand = true;
        for (int u = 0; u < t; u++) {
          if (u == r) {
            continue;
          }
          int o = c[m[u]];
          newDep &= department[o] != department[j];
          newLoc &= location[o] != location[j];
          newBand &= band[o] != band[j];
        }
        distinct += (newDep ? 1 : 0) + (newLoc ? 1 : 0) + (newBand ? 1 : 0);
      }
      restDistinct[s][r] = distinct;
      if (languageRule) {
        long[] lang = restLanguage[s];
        for (int w = 0; w < words; w++) {
          long mask = seniorLanguage[s * words + w];
          for (int t = 0; t < k && mask != 0; t++) {
            if (t != r) {
              mask &= juniorLanguage[c[m[t]] * words + w];
            }
          }
          lang[r * words + w] = mask;
        }
      }
    }
  }

  /**
   * The value of circle s with member r replaced by the junior at position q (r = size: q added), or NaN if
   * the language rule forbids it. O(goals + size) from the cached summaries, and equal to the bit to
   * {@link #value} of the same circle: the coverage maxima are exact, the views are added in member order.
   */
  private double valueInPlace(int s, int r, int q) {
    ensureRest(s);
    int k = size[s];
    int j = cand[s][q];
    if (languageRule) {
      long[] lang = restLanguage[s];
      boolean ok = false;
      for (int w = 0; w < words && !ok; w++) {
        ok = (lang[r * words + w] & juniorLanguage[j * words + w]) != 0;
      }
      if (!ok) {
        return Double.NaN;
      }
    }
    double[] w = goalWeight[s];
    float[] cr = credit[s];
    float[] best = restBest[s];
    int goals = w.length;
    int base = r * goals;
    int own = q * goals;
    double cov = 0;
    if (restCoverage[s][r] >= 1) {
      // adding a junior only raises each maximum and rounding is monotone: the sum stays at 1 or more
      cov = 1;
    } else {
      for (int g = 0; g < goals; g++) {
        double b = best[base + g];
        double v = cr[own + g];
        cov += w[g] * (v > b ? v : b);
      }
    }
    double[] vw = view[s];
    int[] m = members[s];
    double rec = restView[s][r] + vw[q];
    for (int t = r + 1; t < k; t++) {
      rec += vw[m[t]];
    }
    rec /= max;
    int[] c = cand[s];
    boolean newDep = department[j] >= 0;
    boolean newLoc = location[j] >= 0;
    boolean newBand = true;
    for (int t = 0; t < k; t++) {
      if (t == r) {
        continue;
      }
      int o = c[m[t]];
      newDep &= department[o] != department[j];
      newLoc &= location[o] != location[j];
      newBand &= band[o] != band[j];
    }
    int distinct = restDistinct[s][r] + (newDep ? 1 : 0) + (newLoc ? 1 : 0) + (newBand ? 1 : 0);
    double div = distinct * divNorm;
    double score = wc * Math.min(1, cov) + wr * Math.min(1, rec) + wd * Math.min(1, div);
    return score >= 1 ? 1 : score;
  }

  private double valueWithout(int s, int r) {
    int[] pos = without(s, r, scratch);
    return value(s, pos, size[s] - 1);
  }

  /** Whether junior {@code cand[s][q]} is in circle s: a scan of the junior's few circles. */
  private boolean inCircle(int s, int q) {
    int j = cand[s][q];
    int[] cs = circlesOf[j];
    for (int t = 0; t < used[j]; t++) {
      if (cs[t] == s) {
        return true;
      }
    }
    return false;
  }

  private int memberIndex(int s, int q) {
    int[] m = members[s];
    for (int r = 0; r < size[s]; r++) {
      if (m[r] == q) {
        return r;
      }
    }
    return -1;
  }

  private boolean hasRoom(int j) {
    return used[j] < capacity[j];
  }

  // ------------------------------------------------------------------ changes

  /** Changes since {@link #mark()}: {@code +1 + s·2^32 + q} for an add, {@code -(...)} for a remove. */
  private long[] log = new long[64];
  private int logSize = -1;

  private void record(boolean added, int s, int q) {
    if (logSize < 0) {
      return;
    }
    if (logSize == log.length) {
      log = Arrays.copyOf(log, logSize * 2);
    }
    long code = ((long) s << 32 | q) + 1;
    log[logSize++] = added ? code : -code;
  }

  /** Starts recording changes so that {@link #undo()} can take them back. */
  private void mark() {
    logSize = 0;
  }

  /** Stops recording and keeps the changes. */
  private void commit() {
    logSize = -1;
  }

  /** Takes back every change since {@link #mark()}, newest first, and stops recording. */
  private void undo() {
    int n = logSize;
    logSize = -1;
    for (int k = n - 1; k >= 0; k--) {
      long code = Math.abs(log[k]) - 1;
      int s = (int) (code >>> 32);
      int q = (int) code;
      if (log[k] > 0) {
        remove(s, memberIndex(s, q));
      } else {
        add(s, q);
      }
    }
  }

  /** Bumped on every change of a circle, to know when {@link #lossOf} must be recomputed. */
  private int[] version;
  private int[] lossVersion;
  private double[][] loss;

  /** The objective lost if member r leaves circle b (cached until the circle changes). */
  private double lossOf(int b, int r) {
    if (lossVersion[b] != version[b]) {
      for (int t = 0; t < size[b]; t++) {
        loss[b][t] = value[b] - valueWithout(b, t);
      }
      lossVersion[b] = version[b];
    }
    return loss[b][r];
  }

  private void add(int s, int q) {
    version[s]++;
    record(true, s, q);
    int j = cand[s][q];
    members[s][size[s]++] = q;
    circlesOf[j][used[j]++] = s;
    value[s] = value(s, members[s], size[s]);
  }

  private void remove(int s, int r) {
    int q = members[s][r];
    version[s]++;
    record(false, s, q);
    int j = cand[s][q];
    members[s][r] = members[s][size[s] - 1];
    size[s]--;
    int[] cs = circlesOf[j];
    for (int t = 0; t < used[j]; t++) {
      if (cs[t] == s) {
        cs[t] = cs[used[j] - 1];
        break;
      }
    }
    used[j]--;
    value[s] = value(s, members[s], size[s]);
  }

  private void replace(int s, int r, int q) {
    remove(s, r);
    add(s, q);
  }

  private void checkpoint() {
    if ((++steps & 1023) == 0) {
      options.checkpoint();
    }
  }

  double total() {
    double t = 0;
    for (int s = 0; s < seniors; s++) {
      t += value[s];
    }
    return t;
  }

  // ------------------------------------------------------------------ greedy

  /** Lazy greedy over (senior, junior) pairs under the size and capacity limits; returns the objective. */
  double greedy() {
    PairHeap heap = new PairHeap(Arrays.stream(cand).mapToInt(c -> c.length).sum());
    int[] single = new int[1];
    for (int s = 0; s < seniors; s++) {
      for (int q = 0; q < cand[s].length; q++) {
        single[0] = q;
        if (languageOk(s, single, 1)) {
          heap.push(value(s, single, 1), s, q, cand[s][q]);
        }
      }
    }
    heap.heapify();
    int total = heap.size();
    while (heap.size() > 0) {
      checkpoint();
      if ((steps & 8191) == 0) {
        options.progress(ProgressListener.SOLVING, 0.5 * (1 - (double) heap.size() / Math.max(1, total)));
      }
      double stale = heap.topGain();
      int s = heap.topSenior();
      int q = heap.topPosition();
      heap.pop();
      int j = cand[s][q];
      if (size[s] == max || !hasRoom(j)) {
        continue;
      }
      double v = valueWith(s, q);
      if (Double.isNaN(v)) {
        continue; // the circle's languages only shrink: this junior never fits again
      }
      double gain = v - value[s];
      if (gain <= EPS) {
        continue; // gains only shrink (submodular): never worth adding later either
      }
      if (heap.size() == 0 || gain >= heap.topGain() || gain == stale) {
        add(s, q);
      } else {
        heap.pushAndSift(gain, s, q, j);
      }
    }
    return total();
  }

  // ------------------------------------------------------------------ minimum size

  /** Brings every circle below the minimum size up to it, or dissolves it. */
  void repairMinimum() {
    if (min <= 1) {
      return;
    }
    for (int s = 0; s < seniors; s++) {
      if (size[s] == 0 || size[s] >= min) {
        continue;
      }
      checkpoint();
      repair(s);
    }
  }

  /**
   * Brings circle s, below the minimum size, up to it from juniors with room, then from circles above the
   * minimum, else dissolves it.
   */
  private void repair(int s) {
    // 1. juniors with room left
    while (size[s] < min) {
      int bestQ = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < cand[s].length; q++) {
        if (!hasRoom(cand[s][q]) || inCircle(s, q)) {
          continue;
        }
        double v = valueWith(s, q);
        if (v > best) { // NaN is never above
          best = v;
          bestQ = q;
        }
      }
      if (bestQ < 0) {
        break;
      }
      add(s, bestQ);
    }
    // 2. juniors from circles above the minimum
    while (size[s] < min) {
      int bestQ = -1;
      int bestB = -1;
      int bestR = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < cand[s].length; q++) {
        int j = cand[s][q];
        if (inCircle(s, q)) {
          continue;
        }
        double v = Double.NaN;
        for (int t = 0; t < used[j]; t++) {
          int b = circlesOf[j][t];
          if (size[b] <= min) {
            continue;
          }
          if (Double.isNaN(v)) {
            v = valueWith(s, q);
            if (Double.isNaN(v)) {
              break;
            }
          }
          int r = memberIndex(b, positionOf(b, j));
          double d = v - value[s] + valueWithout(b, r) - value[b];
          if (d > best) {
            best = d;
            bestQ = q;
            bestB = b;
            bestR = r;
          }
        }
      }
      if (bestQ < 0) {
        break;
      }
      remove(bestB, bestR);
      add(s, bestQ);
    }
    // 3. give up on this circle
    while (size[s] < min && size[s] > 0) {
      remove(s, size[s] - 1);
    }
  }

  private int positionOf(int s, int j) {
    return Arrays.binarySearch(cand[s], j);
  }

  // ------------------------------------------------------------------ local search

  /** Improving moves until none is left (or {@link #MAX_PASSES}); returns the number of passes made. */
  int localSearch() {
    int passes = 0;
    boolean improved = true;
    while (improved && passes < MAX_PASSES) {
      improved = false;
      passes++;
      for (int s = 0; s < seniors; s++) {
        if ((s & 15) == 0) {
          options.progress(ProgressListener.SOLVING, 0.5 + 0.5 * Math.min(1, (passes - 1 + (double) s / seniors) / 3));
        }
        checkpoint();
        if (size[s] == 0) {
          improved |= open(s);
          continue;
        }
        improved |= fill(s);
        for (int r = 0; r < size[s]; r++) {
          improved |= improveMember(s, r);
        }
      }
    }
    return passes;
  }

  /**
   * Adds juniors to circle s (speaking {@code language}, or any if -1) while one raises the objective —
   * juniors with room, or juniors taken from circles above the minimum size, counting what that circle
   * loses. Below the minimum size the best candidate is taken even at a loss, so that the caller can judge
   * the whole change.
   */
  private void fillStealing(int s, int language) {
    fillStealing(s, language, min);
  }

  /** As {@link #fillStealing(int, int)}, taking juniors from circles with more than {@code floor} members. */
  private void fillStealing(int s, int language, int floor) {
    while (size[s] < max) {
      checkpoint();
      int bestQ = -1;
      int bestB = -1;
      int bestR = -1;
      double best = size[s] < min ? Double.NEGATIVE_INFINITY : EPS;
      int[] c = cand[s];
      for (int q = 0; q < c.length; q++) {
        int j = c[q];
        if (inCircle(s, q) || (language >= 0 && !speaks(j, language))) {
          continue;
        }
        boolean room = hasRoom(j);
        if (!room) {
          boolean any = false;
          for (int t = 0; t < used[j] && !any; t++) {
            any = size[circlesOf[j][t]] > floor && circlesOf[j][t] != s;
          }
          if (!any) {
            continue;
          }
        }
        double gain = valueWith(s, q) - value[s];
        if (Double.isNaN(gain)) {
          continue;
        }
        if (room) {
          if (gain > best) {
            best = gain;
            bestQ = q;
            bestB = -1;
          }
          continue;
        }
        for (int t = 0; t < used[j]; t++) {
          int b = circlesOf[j][t];
          if (b == s || size[b] <= floor) {
            continue;
          }
          int r = memberIndex(b, positionOf(b, j));
          double d = gain - lossOf(b, r);
          if (d > best) {
            best = d;
            bestQ = q;
            bestB = b;
            bestR = r;
          }
        }
      }
      if (bestQ < 0) {
        return;
      }
      if (bestB >= 0) {
        remove(bestB, bestR);
      }
      add(s, bestQ);
    }
  }

  private boolean speaks(int j, int language) {
    return (juniorLanguage[j * words + (language >>> 6)] & 1L << (language & 63)) != 0;
  }

  /**
   * Ruin and recreate, circle by circle: empty the circle, refill it from juniors with room who speak one of
   * the senior's languages (each tried), let the freed juniors join other circles with room, and keep the
   * best outcome if it raises the objective. Single swaps cannot change the language a circle runs in (each
   * one would break it); this move can. Returns whether any circle changed.
   */
  boolean rebuild() {
    boolean improved = false;
    int[] freed = new int[max];
    for (int s = 0; s < seniors; s++) {
      if (size[s] == 0) {
        continue;
      }
      checkpoint();
      int bestLanguage = Integer.MIN_VALUE;
      double bestDelta = EPS;
      for (int language : languagesOf(s)) {
        double delta = tryRebuild(s, language, freed);
        undo();
        if (delta > bestDelta) {
          bestDelta = delta;
          bestLanguage = language;
        }
      }
      if (bestLanguage != Integer.MIN_VALUE) {
        tryRebuild(s, bestLanguage, freed);
        commit();
        improved = true;
      }
    }
    return improved;
  }

  /** Rebuilds circle s in this language (-1: any) with the changes recorded; returns the change in objective. */
  private double tryRebuild(int s, int language, int[] freed) {
    mark();
    double before = value[s];
    int k = size[s];
    for (int r = 0; r < k; r++) {
      freed[r] = cand[s][members[s][r]];
    }
    while (size[s] > 0) {
      remove(s, size[s] - 1);
    }
    double total0 = total();
    fillStealing(s, language);
    if (size[s] < min) {
      return Double.NEGATIVE_INFINITY;
    }
    double delta = total() - total0 - before;
    for (int r = 0; r < k; r++) {
      int j = freed[r];
      int[] ss = seniorsOf[j];
      for (int t = 0; t < ss.length && hasRoom(j); t++) {
        int b = ss[t];
        if (b != s && size[b] >= min && size[b] < max) {
          double old = value[b];
          fill(b);
          delta += value[b] - old;
        }
      }
    }
    return delta;
  }

  /** The language bits of senior s to rebuild its circle in, or {-1} (any) without the language rule. */
  private int[] languagesOf(int s) {
    if (!languageRule) {
      return new int[] {-1};
    }
    int[] out = new int[0];
    for (int w = 0; w < words; w++) {
      long mask = seniorLanguage[s * words + w];
      if (mask == -1L) {
        return new int[] {-1}; // the senior lists no language: refill freely
      }
      while (mask != 0) {
        int bit = Long.numberOfTrailingZeros(mask);
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = w * 64 + bit;
        mask &= mask - 1;
      }
    }
    return out.length == 0 ? new int[] {-1} : out;
  }

  /**
   * Opens the circle of a senior without one if a circle of at least the minimum size raises the objective,
   * taking juniors with room or from circles above the minimum size. Under the language rule each of the
   * senior's languages is tried in turn (a greedy fill in any language can start with a junior whom no one
   * else shares a language with, and stop below the minimum), and the best opening is kept.
   */
  private boolean open(int s) {
    if (cand[s].length < min) {
      return false;
    }
    int bestLanguage = Integer.MIN_VALUE;
    boolean bestSplit = false;
    double bestDelta = EPS;
    for (int language : languagesOf(s)) {
      for (boolean split : new boolean[] {false, true}) {
        double delta = tryOpen(s, language, split);
        undo();
        if (delta > bestDelta) {
          bestDelta = delta;
          bestLanguage = language;
          bestSplit = split;
        }
      }
    }
    if (bestLanguage == Integer.MIN_VALUE) {
      return false;
    }
    tryOpen(s, bestLanguage, bestSplit);
    commit();
    return true;
  }

  /**
   * Fills the empty circle s in this language (-1: any) with the changes recorded; returns the change in
   * objective. With {@code split}, juniors may also come from circles at the minimum size (so one full
   * circle can become two); each such circle left below the minimum is then repaired or dissolved, and the
   * juniors it frees join circles with room.
   */
  private double tryOpen(int s, int language, boolean split) {
    mark();
    double before = total();
    fillStealing(s, language, split ? 0 : min);
    if (size[s] < min) {
      return Double.NEGATIVE_INFINITY;
    }
    if (split) {
      for (int b = 0; b < seniors; b++) {
        if (b != s && size[b] > 0 && size[b] < min) {
          repair(b);
        }
      }
      for (int b = 0; b < seniors; b++) {
        if (size[b] >= min) {
          fill(b);
        }
      }
    }
    return total() - before;
  }

  /** Adds juniors with room to the circle while one adds value; whether any was added. */
  private boolean fill(int s) {
    return fill(s, -1);
  }

  /** As {@link #fill(int)}, taking only juniors who speak language bit {@code language} (all if -1). */
  private boolean fill(int s, int language) {
    boolean any = false;
    while (size[s] < max) {
      int bestQ = -1;
      double best = EPS;
      for (int q = 0; q < cand[s].length; q++) {
        if (!hasRoom(cand[s][q]) || inCircle(s, q) || (language >= 0 && !speaks(cand[s][q], language))) {
          continue;
        }
        double d = valueWith(s, q) - value[s];
        if (d > best) {
          best = d;
          bestQ = q;
        }
      }
      if (bestQ < 0) {
        return any;
      }
      add(s, bestQ);
      any = true;
    }
    return any;
  }

  /**
   * The best of: replacing member r of circle a by a junior with room, exchanging it with a member of another
   * circle, or moving it to another circle with room; applied if it improves the objective.
   */
  private boolean improveMember(int a, int r) {
    int qa = members[a][r];
    int j = cand[a][qa];
    int[] js = seniorsOf[j];
    int[] jp = positionIn[j];
    for (int t = 0; t < js.length; t++) {
      positionOfJunior[js[t]] = jp[t];
    }
    try {
      return improveMember(a, r, j);
    } finally {
      for (int t = 0; t < js.length; t++) {
        positionOfJunior[js[t]] = -1;
      }
    }
  }

  /** {@code positionOfJunior[b]}: the position of the junior {@link #improveMember} moves in cand[b], or -1. */
  private final int[] positionOfJunior;

  /** The index in circle b of junior {@code other}, who is a member. */
  private int memberOf(int b, int other) {
    int[] m = members[b];
    int[] c = cand[b];
    for (int t = 0; t < size[b]; t++) {
      if (c[m[t]] == other) {
        return t;
      }
    }
    return -1;
  }

  private boolean improveMember(int a, int r, int j) {
    double valA = value[a];
    double best = EPS;
    int kind = 0;
    int bestQ = -1;
    int bestB = -1;
    int bestRb = -1;
    int bestQb = -1;
    int[] c = cand[a];
    for (int q = 0; q < c.length; q++) {
      int other = c[q];
      if (other == j || inCircle(a, q)) {
        continue;
      }
      boolean room = hasRoom(other);
      double vA = valueReplacing(a, r, q);
      if (Double.isNaN(vA)) {
        continue;
      }
      double dA = vA - valA;
      if (room && dA > best) {
        best = dA;
        kind = 1;
        bestQ = q;
      }
      for (int t = 0; t < used[other]; t++) {
        int b = circlesOf[other][t];
        if (b == a) {
          continue;
        }
        int qj = positionOfJunior[b];
        if (qj < 0 || inCircle(b, qj)) {
          continue;
        }
        int rb = memberOf(b, other);
        double vB = valueReplacing(b, rb, qj);
        if (Double.isNaN(vB)) {
          continue;
        }
        double d = dA + vB - value[b];
        if (d > best) {
          best = d;
          kind = 2;
          bestQ = q;
          bestB = b;
          bestRb = rb;
          bestQb = qj;
        }
      }
    }
    if (size[a] - 1 >= min) {
      double loss = valueWithout(a, r) - valA;
      int[] ss = seniorsOf[j];
      int[] ps = positionIn[j];
      for (int t = 0; t < ss.length; t++) {
        int b = ss[t];
        if (b == a || size[b] == max || (size[b] == 0 && min > 1) || inCircle(b, ps[t])) {
          continue;
        }
        double d = valueWith(b, ps[t]) - value[b] + loss;
        if (d > best) {
          best = d;
          kind = 3;
          bestB = b;
          bestQb = ps[t];
        }
      }
    }
    switch (kind) {
      case 1:
        replace(a, r, bestQ);
        return true;
      case 2:
        // both leave first, so neither junior is ever counted in more circles than its capacity
        remove(a, r);
        remove(bestB, bestRb);
        add(a, bestQ);
        add(bestB, bestQb);
        return true;
      case 3:
        remove(a, r);
        add(bestB, bestQb);
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------ heap

  /**
   * A binary max-heap of (gain, senior, position) on parallel arrays: higher gain first, then lower senior,
   * then lower junior index — the tie order that keeps the result deterministic.
   */
  static final class PairHeap {
    private double[] gain;
    private int[] senior;
    private int[] position;
    private int[] junior;
    private int n;

    PairHeap(int capacity) {
      gain = new double[Math.max(1, capacity)];
      senior = new int[gain.length];
      position = new int[gain.length];
      junior = new int[gain.length];
    }

    int size() {
      return n;
    }

    void push(double g, int s, int q, int j) {
      if (n == gain.length) {
        int cap = n * 2;
        gain = Arrays.copyOf(gain, cap);
        senior = Arrays.copyOf(senior, cap);
        position = Arrays.copyOf(position, cap);
        junior = Arrays.copyOf(junior, cap);
      }
      gain[n] = g;
      senior[n] = s;
      position[n] = q;
      junior[n] = j;
      n++;
    }

    void pushAndSift(double g, int s, int q, int j) {
      push(g, s, q, j);
      up(n - 1);
    }

    void heapify() {
      for (int i = n / 2 - 1; i >= 0; i--) {
        down(i);
      }
    }

    double topGain() {
      return gain[0];
    }

    int topSenior() {
      return senior[0];
    }

    int topPosition() {
      return position[0];
    }

    void pop() {
      n--;
      if (n > 0) {
        move(n, 0);
        down(0);
      }
    }

    private boolean before(int a, int b) {
      if (gain[a] != gain[b]) {
        return gain[a] > gain[b];
      }
      if (senior[a] != senior[b]) {
        return senior[a] < senior[b];
      }
      return junior[a] < junior[b];
    }

    private void up(int i) {
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!before(i, p)) {
          return;
        }
        swap(i, p);
        i = p;
      }
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= n) {
          return;
        }
        int best = l + 1 < n && before(l + 1, l) ? l + 1 : l;
        if (!before(best, i)) {
          return;
        }
        swap(i, best);
        i = best;
      }
    }

    private void move(int from, int to) {
      gain[to] = gain[from];
      senior[to] = senior[from];
      position[to] = position[from];
      junior[to] = junior[from];
    }

    private void swap(int a, int b) {
      double g = gain[a];
      gain[a] = gain[b];
      gain[b] = g;
      int t = senior[a];
      senior[a] = senior[b];
      senior[b] = t;
      t = position[a];
      position[a] = position[b];
      position[b] = t;
      t = junior[a];
      junior[a] = junior[b];
      junior[b] = t;
    }
  }
}
