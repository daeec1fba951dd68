package dev.reverso.matching.internal;

/**
 * The best {@code k} admissible mentors of each mentee of a batch, found by visiting every pair but
 * finishing the score of only the pairs that can still enter the list. Internal; for models whose weighted
 * criteria are all built-ins ({@link ScoringKernel#unboundedCriterion()} is null).
 *
 * <p>It gives exactly the lists of {@link TopK#select} (same mentors, same {@code float} scores, same order):
 * every criterion is computed with the same operations, in the same order, as its row
 * ({@code valueRow}), and the criteria are added in {@code double} in the kernel's slot order as
 * {@link ScoringKernel#score} adds them. It is faster for three reasons:
 * <ol>
 *   <li><b>Early exit.</b> The mentors are taken {@link #CHUNK} at a time. For every mentor of a chunk,
 *       forward coverage and the four class criteria (seniority, cross-boundary, time zone, availability: one
 *       lookup by the mentor's joint class) are computed, and value alignment is bounded by the shared
 *       importance it could reach: at most the smaller importance total, and at most the mentee's
 *       importances of the values both list (one lookup by the mentor's value mask). Value alignment and then
 *       reverse coverage are computed only for the mentors still in the race. A mentor leaves when an upper
 *       bound of its score (the criteria known so far, the bound of value alignment until it is known, and
 *       reverse coverage's row maximum until it is known), plus {@link ThresholdTopK#MARGIN} for
 *       {@code float} rounding, is below the mentee's current k-th score (or below the minimum score): it
 *       cannot enter the list, not even by a tie. Hard constraints and the filter are checked only for a
 *       mentor that would enter. The k-th score rises as the scan goes, so most mentors leave early.
 *   <li><b>Forward coverage by lookup.</b> When every level code fits in 3 bits (no skill taxonomy) and
 *       there are at most 21 goal skills, each mentor's codes are packed into one {@code long}; a mentee's
 *       first {@link #LEAD_GOALS} goals have their partial sums added up in advance for every combination of
 *       codes (in goal order, so each is the row's partial sum bit for bit), and a mentor's forward coverage
 *       is one lookup plus the mentee's remaining goals.
 *   <li><b>Tiles.</b> The mentees of a batch go over the mentors {@link #TILE} at a time, so the tile's data
 *       (level codes, goal slots, values, classes) stays in cache while every mentee of the batch reads it;
 *       a full row reads every mentor's data from memory once per mentee.
 * </ol>
 *
 * <p>Thread-safe: each call works in its own scratch, and takes its mentee records from a concurrent queue of
 * spare ones.
 */
final class BoundedScan {
  /** Mentees that share one pass over the mentor tiles. */
  static final int BATCH = 32;
  /** Mentors per tile: the tile's data is about 100 bytes a mentor, well inside a core's cache. */
  static final int TILE = 2048;
  /** Mentors whose criteria are computed together before the k-th score is looked at again. */
  static final int CHUNK = 256;
  private static final int CLASS_SLOTS = 4;
  private static final int CODE_BITS = 3;
  static final int MASK_VALUES = 16;
  /** Goals of a mentee whose credits are added up in advance for every combination of level codes. */
  static final int LEAD_GOALS = 4;

  private final EncodedProblem problem;
  private final ScoringKernel kernel;
  private final int mentors;
  private final int tile;
  private final double inverse;
  private final double forwardWeight;
  private final double reverseWeight;
  private final double valueWeight;
  private final double[] classWeight = new double[CLASS_SLOTS];
  private final Encoding.Side mentees;
  private final char[] mentorCodes;
  private final int levelCodes;
  private final float[] creditTable;
  private final CoverageCriterion.Bound reverse;
  private final float[] mentorValueTotal;
  /** The mentors' value importances mentor-major ({@code [i * valueCount + v]}) and the number of values. */
  private final float[] mentorValues;
  private final int valueCount;
  /** The mentors' goals: {@code goalStart[i] .. goalStart[i + 1]}, their reverse-coverage keys and weights. */
  private final int[] mentorGoalStart;
  private final int[] mentorGoalKey;
  private final float[] mentorGoalWeight;
  private final BuiltinCriterion.ClassScorer[] classScorers;
  private final int[][] mentorClass = new int[CLASS_SLOTS][];
  /**
   * Mentors by their classes of all four class criteria at once: {@code jointOf[i]}, and for each joint class
   * the class of each criterion ({@code jointClass[c][joint]}); a mentee's bound of the four criteria is then
   * one lookup per mentor.
   */
  private final int[] jointOf;
  private final int jointCount;
  private final int[][] jointClass = new int[CLASS_SLOTS][];
  /**
   * Each mentor's listed values as a bit mask, when there are at most {@link #MASK_VALUES} values (null
   * otherwise): a mentee's value alignment with the mentor shares at most the mentee's importances of the
   * values both list, looked up in two tables of 256 by the mask's low and high byte.
   */
  private final int[] valueMask;
  /**
   * Each mentor's level codes of every goal skill in one {@code long}, {@link #CODE_BITS} bits a skill, when
   * they fit (at most 8 level codes, that is no skill taxonomy, and at most 21 goal skills); null otherwise.
   * Forward coverage then reads one word per mentor and looks its first {@link #LEAD_GOALS} goals up at once.
   */
  private final long[] packedCodes;
  /**
   * Mentee records reused from batch to batch (their tables are most of a batch's memory): a call takes a
   * set, or makes one, and puts it back when it ends; they go with the scan.
   */
  private final java.util.concurrent.ConcurrentLinkedQueue<Mentee[]> spare =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private BoundedScan(EncodedProblem problem, int tile) {
    this.problem = problem;
    this.tile = tile;
    this.kernel = problem.kernel();
    Encoding encoding = problem.encoding();
    this.mentors = encoding.mentors.size;
    this.mentees = encoding.mentees;
    this.inverse = kernel.totalInverse();
    this.forwardWeight = kernel.totalWeight(BuiltinCriterion.Kind.FORWARD_COVERAGE.ordinal());
    this.reverseWeight = kernel.totalWeight(BuiltinCriterion.Kind.REVERSE_COVERAGE.ordinal());
    this.valueWeight = kernel.totalWeight(BuiltinCriterion.Kind.VALUE_ALIGNMENT.ordinal());
    this.mentorCodes = encoding.mentors.codes;
    this.levelCodes = encoding.levelCodes;
    this.creditTable = encoding.creditTable;
    this.reverse = kernel.reverse();
    this.mentorValueTotal = encoding.mentors.valueTotal;
    this.mentorValues = encoding.mentors.valueDense;
    this.valueCount = encoding.valueCount();
    this.mentorGoalStart = encoding.mentors.goalStart;
    this.mentorGoalKey = reverse == null ? null : reverse.goalPairSkill;
    this.mentorGoalWeight = encoding.mentors.goalWeight;
    this.classScorers = kernel.classScorers();
    for (int c = 0; c < CLASS_SLOTS; c++) {
      classWeight[c] = kernel.totalWeight(BuiltinCriterion.Kind.SENIORITY_DISTANCE.ordinal() + c);
      mentorClass[c] = classScorers[c] == null ? null : classScorers[c].mentorClass;
    }
    BuiltinCriterion.MentorClasses joint = new BuiltinCriterion.MentorClasses(mentors, i -> {
      int[] key = new int[CLASS_SLOTS];
      for (int c = 0; c < CLASS_SLOTS; c++) {
        key[c] = classWeight[c] != 0 ? mentorClass[c][i] : -1;
      }
      return java.util.Arrays.stream(key).boxed().collect(java.util.stream.Collectors.toList());
    });
    this.jointOf = joint.classOf;
    this.jointCount = joint.count();
    for (int c = 0; c < CLASS_SLOTS; c++) {
      if (classWeight[c] != 0) {
        jointClass[c] = new int[joint.count()];
        for (int x = 0; x < joint.count(); x++) {
          jointClass[c][x] = mentorClass[c][joint.representative[x]];
        }
      }
    }
    if (encoding.valueCount() <= MASK_VALUES) {
      this.valueMask = new int[mentors];
      for (int i = 0; i < mentors; i++) {
        for (int v = 0; v < valueCount; v++) {
          if (mentorValues[i * valueCount + v] != 0f) {
            valueMask[i] |= 1 << v;
          }
        }
      }
    } else {
      this.valueMask = null;
    }
    this.packedCodes = encoding.levelCodes <= 1 << CODE_BITS && encoding.skillCount() * CODE_BITS <= Long.SIZE - 1
        ? pack(encoding) : null;
  }

  private static long[] pack(Encoding encoding) {
    int m = encoding.mentors.size;
    char[] codes = encoding.mentors.codes;
    long[] out = new long[m];
    for (int s = 0; s < encoding.skillCount(); s++) {
      for (int i = 0; i < m; i++) {
        out[i] |= (long) codes[s * m + i] << (CODE_BITS * s);
      }
    }
    return out;
  }

  /** Whether forward coverage is read from packed level codes (see {@link #packedCodes}). */
  boolean packsCodes() {
    return packedCodes != null;
  }

  /** Whether value alignment is bounded by value masks (see {@link #valueMask}). */
  boolean masksValues() {
    return valueMask != null;
  }

  /** The scan for this problem, or null when its model has a criterion without a bound (a user criterion). */
  static BoundedScan of(EncodedProblem problem) {
    return of(problem, TILE);
  }

  /** As {@link #of(EncodedProblem)}, with {@code tile} mentors per tile (tests use small tiles). */
  static BoundedScan of(EncodedProblem problem, int tile) {
    if (tile < 1) {
      throw new IllegalArgumentException("expected a tile of at least 1 mentor, found " + tile);
    }
    return problem.kernel().unboundedCriterion() != null ? null : new BoundedScan(problem, tile);
  }

  /**
   * For every mentee j in {@code [from, to)} with {@code capacity[j] > 0}: writes its best admissible mentors
   * (allowed, through the filter, score at least {@code min}) into {@code out[j * k ..]} and their scores
   * into {@code outScore}, best first (higher {@code float} score, then lower mentor index), and their number
   * into {@code count[j]}, exactly as {@link TopK#select}. Returns the number of pairs whose score was
   * computed in full.
   */
  long select(PairFilter filter, double min, int from, int to, int[] capacity, int k, int[] out, float[] outScore,
      int[] count) {
    Mentee[] reused = spare.poll();
    if (reused == null) {
      reused = new Mentee[BATCH];
    }
    try {
      return select(filter, min, from, to, capacity, k, out, outScore, count, reused);
    } finally {
      spare.offer(reused);
    }
  }

  private long select(PairFilter filter, double min, int from, int to, int[] capacity, int k, int[] out,
      float[] outScore, int[] count, Mentee[] reused) {
    Mentee[] batch = new Mentee[to - from];
    int active = 0;
    for (int j = from; j < to; j++) {
      if (capacity[j] > 0) {
        Mentee e;
        if (active < reused.length) {
          if (reused[active] == null) {
            reused[active] = new Mentee();
          }
          e = reused[active];
        } else {
          e = new Mentee();
        }
        prepare(e, j, min);
        batch[active++] = e;
      }
    }
    Scratch scratch = new Scratch(Math.min(CHUNK, Math.max(1, mentors)));
    long full = 0;
    for (int first = 0; first < mentors; first += tile) {
      int end = Math.min(mentors, first + tile);
      for (int b = 0; b < active; b++) {
        for (int chunk = first; chunk < end; chunk += CHUNK) {
          full += scan(batch[b], chunk, Math.min(end, chunk + CHUNK), filter, min, k, out, outScore, scratch);
        }
      }
    }
    for (int b = 0; b < active; b++) {
      Mentee e = batch[b];
      TopK.sortBestFirst(out, outScore, e.index * k, e.size);
      count[e.index] = e.size;
    }
    return full;
  }

  /** One mentee's data for the scan, read once per batch. */
  private static final class Mentee {
    int index;
    int[] goalBase;
    int[] goalTable;
    float[] goalWeight;
    /**
     * With packed codes: the shift of each goal skill's code in a mentor's word, and for the first
     * {@link #LEAD_GOALS} goals ({@code lead} of them) the partial forward coverage of every combination of
     * their codes, {@code leadSum[Σ_g code_g · codes^g]}, added in goal order as the row adds it.
     */
    int[] goalShift;
    int lead;
    float[] leadSum;
    /** By joint class: the weighted sum of the four class criteria. */
    double[] jointBound;
    /**
     * With {@link #valueMask}: the mentee's importance summed over the values of a mask's low byte and of its
     * high byte (unused, all 0, without value masks).
     */
    float[] sharedLow;
    float[] sharedHigh;
    float[] credits;
    int[] valueId;
    float[] valueImportance;
    float valueTotal;
    float[][] byClass;
    /** The weight of reverse coverage times its largest value for this mentee over all mentors. */
    double reverseBound;
    /** Entries in the list so far, and the score a pair must reach to be worth finishing. */
    int size;
    double cut;
  }

  /**
   * Per-chunk buffers, by offset in the chunk: the mentors still in the race and each criterion's value.
   */
  private static final class Scratch {
    final int[] alive;
    final float[] forward;
    final float[] reverse;
    final float[] values;

    Scratch(int chunk) {
      alive = new int[chunk];
      forward = new float[chunk];
      reverse = new float[chunk];
      values = new float[chunk];
    }
  }

  /** Fills e with mentee j's data, reusing its large tables (they have the same size for every mentee). */
  private void prepare(Mentee e, int j, double min) {
    e.index = j;
    e.size = 0;
    int g0 = mentees.goalStart[j];
    int goals = mentees.goalStart[j + 1] - g0;
    e.goalBase = new int[goals];
    e.goalTable = new int[goals];
    e.goalWeight = new float[goals];
    e.goalShift = new int[goals];
    for (int g = 0; g < goals; g++) {
      e.goalBase[g] = mentees.goalSkill[g0 + g] * mentors;
      e.goalTable[g] = mentees.goalTable[g0 + g];
      e.goalWeight[g] = mentees.goalWeight[g0 + g];
      e.goalShift[g] = mentees.goalSkill[g0 + g] * CODE_BITS;
    }
    if (packedCodes != null && forwardWeight != 0) {
      int codes = levelCodes;
      e.lead = Math.min(goals, LEAD_GOALS);
      int combinations = 1;
      for (int g = 0; g < e.lead; g++) {
        combinations *= codes;
      }
      if (e.leadSum == null || e.leadSum.length < combinations) {
        e.leadSum = new float[combinations];
      }
      for (int x = 0; x < combinations; x++) {
        float f = 0f;
        for (int g = 0, rest = x; g < e.lead; g++, rest /= codes) {
          f += e.goalWeight[g] * creditTable[e.goalTable[g] + rest % codes];
        }
        e.leadSum[x] = f;
      }
    }
    if (reverseWeight != 0) {
      if (e.credits == null) {
        e.credits = new float[reverse.creditKeys()];
      }
      reverse.teacherCredits(j, e.credits);
    }
    int v0 = mentees.valueStart[j];
    int held = mentees.valueStart[j + 1] - v0;
    e.valueId = new int[held];
    e.valueImportance = new float[held];
    for (int v = 0; v < held; v++) {
      e.valueId[v] = mentees.valueId[v0 + v];
      e.valueImportance[v] = mentees.valueImportance[v0 + v];
    }
    e.valueTotal = mentees.valueTotal[j];
    e.byClass = new float[CLASS_SLOTS][];
    if (e.jointBound == null) {
      e.jointBound = new double[jointCount];
    } else {
      java.util.Arrays.fill(e.jointBound, 0.0);
    }
    for (int c = 0; c < CLASS_SLOTS; c++) {
      if (classWeight[c] != 0) {
        e.byClass[c] = new float[classScorers[c].classCount()];
        classScorers[c].classRow(j, e.byClass[c]);
        for (int x = 0; x < e.jointBound.length; x++) {
          e.jointBound[x] += classWeight[c] * e.byClass[c][jointClass[c][x]];
        }
      }
    }
    if (e.sharedLow == null) {
      e.sharedLow = new float[256];
      e.sharedHigh = new float[256];
    } else {
      java.util.Arrays.fill(e.sharedLow, 0f);
      java.util.Arrays.fill(e.sharedHigh, 0f);
    }
    for (int x = 0; valueMask != null && x < 256; x++) {
      for (int v = v0; v < v0 + held; v++) {
        int id = mentees.valueId[v];
        if (id < 8 && (x & 1 << id) != 0) {
          e.sharedLow[x] += mentees.valueImportance[v];
        } else if (id >= 8 && (x & 1 << (id - 8)) != 0) {
          e.sharedHigh[x] += mentees.valueImportance[v];
        }
      }
    }
    e.reverseBound = reverseWeight != 0 ? reverseWeight * kernel.rowMax(1, j) : 0;
    e.cut = min;
  }

  /**
   * Offers the mentors of {@code [first, end)} (at most {@link #CHUNK}) to mentee e's list; returns the pairs
   * scored in full. Each step is its own small method, so the JIT compiles each hot loop on its own and soon.
   */
  private int scan(Mentee e, int first, int end, PairFilter filter, double min, int k, int[] out, float[] outScore,
      Scratch scratch) {
    int len = end - first;
    if (forwardWeight != 0 && packedCodes != null) {
      forwardPacked(e, first, len, scratch.forward);
    } else {
      forwardByGoal(e, first, len, scratch.forward);
    }
    int n = firstCut(e, first, len, scratch);
    if (valueWeight != 0 && n > 0) {
      n = valueAlignment(e, first, len, n, scratch);
    }
    if (reverseWeight != 0 && n > 0) {
      reverseCoverage(e, first, n, scratch);
    }
    offer(e, first, n, filter, min, k, out, outScore, scratch);
    return n;
  }

  /**
   * Forward coverage from packed codes: the first goals' partial sum looked up, the others added in order
   * (the same float operations as CoverageCriterion's row).
   */
  private void forwardPacked(Mentee e, int first, int len, float[] forward) {
    final long[] packed = packedCodes;
    final float[] leadSum = e.leadSum;
    final int[] shift = e.goalShift;
    final int lead = e.lead;
    final int goals = shift.length;
    final int codes = levelCodes;
    final int mask = (1 << CODE_BITS) - 1;
    final float[] credit = creditTable;
    for (int t = 0; t < len; t++) {
      long word = packed[first + t];
      int x = 0;
      for (int g = lead - 1; g >= 0; g--) {
        x = x * codes + (int) (word >>> shift[g] & mask);
      }
      float f = leadSum[x];
      for (int g = lead; g < goals; g++) {
        f += e.goalWeight[g] * credit[e.goalTable[g] + (int) (word >>> shift[g] & mask)];
      }
      forward[t] = f;
    }
  }

  /** Forward coverage goal by goal as CoverageCriterion's row (0 when the model does not weigh it). */
  private void forwardByGoal(Mentee e, int first, int len, float[] forward) {
    java.util.Arrays.fill(forward, 0, len, 0f);
    if (forwardWeight == 0) {
      return;
    }
    final char[] codes = mentorCodes;
    final float[] credit = creditTable;
    for (int g = 0; g < e.goalBase.length; g++) {
      final float weight = e.goalWeight[g];
      final int base = e.goalBase[g] + first;
      final int table = e.goalTable[g];
      for (int t = 0; t < len; t++) {
        forward[t] += weight * credit[table + codes[base + t]];
      }
    }
  }

  /**
   * Who stays after forward coverage (clamped here to 1, as its row clamps it), the class criteria (one
   * lookup by joint class) and value alignment's bound; returns how many, listed in {@code scratch.alive}.
   */
  private int firstCut(Mentee e, int first, int len, Scratch scratch) {
    final int[] alive = scratch.alive;
    final float[] forward = scratch.forward;
    final double inv = inverse;
    final double margin = ThresholdTopK.MARGIN;
    final double cut = e.cut;
    final double reverseBound = e.reverseBound;
    final double[] jointBound = e.jointBound;
    final float b = e.valueTotal;
    final int[] masks = valueMask;
    final float[] sharedLow = e.sharedLow;
    final float[] sharedHigh = e.sharedHigh;
    int n = 0;
    for (int t = 0; t < len; t++) {
      float f = forward[t];
      if (f >= 1f) {
        f = 1f;
        forward[t] = f;
      }
      int i = first + t;
      double bound = forwardWeight * f + reverseBound + jointBound[jointOf[i]];
      if (valueWeight != 0) {
        float a = mentorValueTotal[i];
        float v;
        if (a == 0f || b == 0f) {
          v = ValueAlignmentCriterion.NEUTRAL;
        } else {
          // shared ≤ min(a, b) and ≤ the mentee's importance of the values both list; the ratio grows with it
          float shared = Math.min(a, b);
          if (masks != null) {
            int mask = masks[i];
            shared = Math.min(shared, sharedLow[mask & 0xff] + sharedHigh[mask >>> 8]);
          }
          v = shared / (a + b - shared);
        }
        bound += valueWeight * v;
      }
      alive[n] = t;
      n += bound * inv + margin < cut ? 0 : 1;
    }
    return n;
  }

  /**
   * Value alignment of the {@code n} mentors still in the race as ValueAlignmentCriterion's row (the mentee's
   * values in order, then the ratio; read mentor by mentor, since they are scattered over the chunk); returns
   * how many stay with it known.
   */
  private int valueAlignment(Mentee e, int first, int len, int n, Scratch scratch) {
    final int[] alive = scratch.alive;
    final float[] values = scratch.values;
    final float[] forward = scratch.forward;
    final float b = e.valueTotal;
    if (b == 0f) {
      java.util.Arrays.fill(values, 0, len, ValueAlignmentCriterion.NEUTRAL);
    } else {
      final float[] dense = mentorValues;
      final int[] valueId = e.valueId;
      final float[] importance = e.valueImportance;
      for (int x = 0; x < n; x++) {
        int t = alive[x];
        int i = first + t;
        int base = i * valueCount;
        float shared = 0f;
        for (int v = 0; v < valueId.length; v++) {
          shared += Math.min(dense[base + valueId[v]], importance[v]);
        }
        float a = mentorValueTotal[i];
        values[t] = a == 0f ? ValueAlignmentCriterion.NEUTRAL : shared / (a + b - shared);
      }
    }
    final double inv = inverse;
    final double margin = ThresholdTopK.MARGIN;
    final double cut = e.cut;
    final double reverseBound = e.reverseBound;
    final double[] jointBound = e.jointBound;
    int kept = 0;
    for (int x = 0; x < n; x++) {
      int t = alive[x];
      double bound = forwardWeight * forward[t] + reverseBound + valueWeight * values[t]
          + jointBound[jointOf[first + t]];
      alive[kept] = t;
      kept += bound * inv + margin < cut ? 0 : 1;
    }
    return kept;
  }

  /**
   * Reverse coverage of the {@code n} mentors still in the race as CoverageCriterion's row: each mentor's goals
   * in order (its empty goal slots, which the row adds as +0, change nothing), clamped to 1.
   */
  private void reverseCoverage(Mentee e, int first, int n, Scratch scratch) {
    final int[] alive = scratch.alive;
    final float[] reverseValue = scratch.reverse;
    final int[] goalStart = mentorGoalStart;
    final int[] goalKey = mentorGoalKey;
    final float[] goalWeight = mentorGoalWeight;
    final float[] credits = e.credits;
    for (int x = 0; x < n; x++) {
      int t = alive[x];
      int i = first + t;
      float r = 0f;
      for (int g = goalStart[i], last = goalStart[i + 1]; g < last; g++) {
        r += goalWeight[g] * credits[goalKey[g]];
      }
      reverseValue[t] = r >= 1f ? 1f : r;
    }
  }

  /**
   * The kernel's sum, in its slot order, for the {@code n} mentors left, and the offer to the mentee's list of
   * each that scores at least the minimum, would enter, is allowed and passes the filter.
   */
  private void offer(Mentee e, int first, int n, PairFilter filter, double min, int k, int[] out, float[] outScore,
      Scratch scratch) {
    final int[] alive = scratch.alive;
    final float[] forward = scratch.forward;
    final float[] values = scratch.values;
    final float[] reverseValue = scratch.reverse;
    final double inv = inverse;
    int size = e.size;
    final int j = e.index;
    final int at = j * k;
    for (int x = 0; x < n; x++) {
      int t = alive[x];
      int i = first + t;
      double s = 0;
      if (forwardWeight != 0) {
        s += forwardWeight * forward[t];
      }
      if (reverseWeight != 0) {
        s += reverseWeight * reverseValue[t];
      }
      if (valueWeight != 0) {
        s += valueWeight * values[t];
      }
      for (int c = 0; c < CLASS_SLOTS; c++) {
        if (classWeight[c] != 0) {
          s += classWeight[c] * e.byClass[c][mentorClass[c][i]];
        }
      }
      double total = s * inv;
      if (total >= 1) {
        total = 1;
      }
      if (total < min) {
        continue;
      }
      float score = (float) total;
      if (size == k && !(score > outScore[at] || (score == outScore[at] && i < out[at]))) {
        continue;
      }
      if (!problem.allowed(i, j) || !filter.test(i, j)) {
        continue;
      }
      size = TopK.offer(out, outScore, at, size, k, i, score);
      if (size == k) {
        e.cut = Math.max(min, outScore[at]);
      }
    }
    e.size = size;
  }
}
