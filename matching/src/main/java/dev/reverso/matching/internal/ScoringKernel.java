package dev.reverso.matching.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import java.util.Arrays;
import java.util.Objects;

/**
 * The scoring kernel of an {@link EncodedProblem}: the model's criteria bound to the encoding, one typed
 * field per built-in so the calls are direct, user criteria in an array, and the weights of the total and
 * the two one-sided views by slot (built-in kinds first, then user criteria). Immutable after construction.
 */
final class ScoringKernel {
  private static final int BUILT_INS = BuiltinCriterion.Kind.values().length;

  private final Encoding encoding;
  private final ImmutableList<Criterion> criteria;
  private final ImmutableMap<String, Double> weights;
  private final CoverageCriterion.Bound forward;
  private final CoverageCriterion.Bound reverse;
  private final ValueAlignmentCriterion.Bound values;
  private final SeniorityDistanceCriterion.Bound seniority;
  private final CrossBoundaryCriterion.Bound boundary;
  private final TimeZoneOverlapCriterion.Bound timeZone;
  private final AvailabilityFitCriterion.Bound availability;
  private final Criterion.Scorer[] custom;
  private final String[] customIds;
  private final double[] totalWeights;
  private final double[] menteeWeights;
  private final double[] mentorWeights;
  private final double totalInverse;
  private final double menteeInverse;
  private final double mentorInverse;
  /** Slot of the model's k-th criterion, and its scorer (for evidence). */
  private final int[] slotOfModel;
  private final Criterion.Scorer[] scorerOfModel;

  ScoringKernel(Program program, Encoding encoding, ImmutableList<Criterion> criteria,
      ImmutableMap<String, Double> weights) {
    this.encoding = encoding;
    this.criteria = criteria;
    this.weights = weights;
    int customCount = 0;
    for (Criterion c : criteria) {
      if (!(c instanceof BuiltinCriterion)) {
        customCount++;
      }
    }
    int slots = BUILT_INS + customCount;
    this.custom = new Criterion.Scorer[customCount];
    this.customIds = new String[customCount];
    this.totalWeights = new double[slots];
    this.menteeWeights = new double[slots];
    this.mentorWeights = new double[slots];
    this.slotOfModel = new int[criteria.size()];
    this.scorerOfModel = new Criterion.Scorer[criteria.size()];
    BuiltinCriterion.EncodedScorer[] builtIn = new BuiltinCriterion.EncodedScorer[BUILT_INS];
    int next = 0;
    double total = 0;
    double mentee = 0;
    double mentor = 0;
    for (int k = 0; k < criteria.size(); k++) {
      Criterion c = criteria.get(k);
      double w = weights.get(c.id());
      int slot;
      Criterion.Scorer scorer;
      if (c instanceof BuiltinCriterion) {
        BuiltinCriterion b = (BuiltinCriterion) c;
        slot = b.kind().ordinal();
        builtIn[slot] = b.bind(encoding);
        scorer = builtIn[slot];
      } else {
        slot = BUILT_INS + next;
        scorer = requireNonNull(c.bind(program), () -> "criterion '" + c.id() + "' bound to null");
        custom[next] = scorer;
        customIds[next] = c.id();
        next++;
      }
      slotOfModel[k] = slot;
      scorerOfModel[k] = scorer;
      Beneficiary who = requireNonNull(c.beneficiary(), "beneficiary");
      totalWeights[slot] = w;
      total += w;
      if (who != Beneficiary.MENTOR) {
        menteeWeights[slot] = w;
        mentee += w;
      }
      if (who != Beneficiary.MENTEE) {
        mentorWeights[slot] = w;
        mentor += w;
      }
    }
    this.forward = (CoverageCriterion.Bound) builtIn[BuiltinCriterion.Kind.FORWARD_COVERAGE.ordinal()];
    this.reverse = (CoverageCriterion.Bound) builtIn[BuiltinCriterion.Kind.REVERSE_COVERAGE.ordinal()];
    this.values = (ValueAlignmentCriterion.Bound) builtIn[BuiltinCriterion.Kind.VALUE_ALIGNMENT.ordinal()];
    this.seniority = (SeniorityDistanceCriterion.Bound) builtIn[BuiltinCriterion.Kind.SENIORITY_DISTANCE.ordinal()];
    this.boundary = (CrossBoundaryCriterion.Bound) builtIn[BuiltinCriterion.Kind.CROSS_BOUNDARY.ordinal()];
    this.timeZone = (TimeZoneOverlapCriterion.Bound) builtIn[BuiltinCriterion.Kind.TIME_ZONE_OVERLAP.ordinal()];
    this.availability = (AvailabilityFitCriterion.Bound) builtIn[BuiltinCriterion.Kind.AVAILABILITY_FIT.ordinal()];
    this.totalInverse = 1 / total;
    this.menteeInverse = mentee > 0 ? 1 / mentee : 0;
    this.mentorInverse = mentor > 0 ? 1 / mentor : 0;
  }

  /**
   * The id of the first criterion of the total score that has no upper bound for {@link ThresholdTopK} (a
   * user criterion with a weight above 0), or null when every weighted criterion is a built-in.
   */
  String unboundedCriterion() {
    for (int c = 0; c < custom.length; c++) {
      if (totalWeights[BUILT_INS + c] != 0) {
        return customIds[c];
      }
    }
    return null;
  }

  /** The weight of forward coverage in the total score (0 when the model does not use it). */
  double forwardWeight() {
    return totalWeights[BuiltinCriterion.Kind.FORWARD_COVERAGE.ordinal()];
  }

  /** The bound forward-coverage scorer, or null when the model has none. */
  CoverageCriterion.Bound forward() {
    return forward;
  }

  /** The bound reverse-coverage scorer, or null when the model has none. */
  CoverageCriterion.Bound reverse() {
    return reverse;
  }

  /**
   * The class scorers of the built-in slots after value alignment (seniority, cross-boundary, time zone,
   * availability), in slot order; an entry is null when the model does not have that criterion.
   */
  BuiltinCriterion.ClassScorer[] classScorers() {
    return new BuiltinCriterion.ClassScorer[] {seniority, boundary, timeZone, availability};
  }

  /** The weight in the total score of built-in slot {@code slot} (a {@link BuiltinCriterion.Kind} ordinal). */
  double totalWeight(int slot) {
    return totalWeights[slot];
  }

  /**
   * {@link EncodedScorer#rowMax} of built-in slot {@code slot} for this mentee, or 0 when the model does not
   * weigh it.
   */
  float rowMax(int slot, int mentee) {
    if (totalWeights[slot] == 0) {
      return 0f;
    }
    switch (slot) {
      case 0:
        return forward.rowMax(mentee);
      case 1:
        return reverse.rowMax(mentee);
      case 2:
        return values.rowMax(mentee);
      case 3:
        return seniority.rowMax(mentee);
      case 4:
        return boundary.rowMax(mentee);
      case 5:
        return timeZone.rowMax(mentee);
      case 6:
        return availability.rowMax(mentee);
      default:
        throw new IllegalArgumentException("no built-in slot " + slot);
    }
  }

  /** 1 / the sum of the weights of the total score. */
  double totalInverse() {
    return totalInverse;
  }

  /**
   * An upper bound, in weight units (before dividing by the weight sum), of the total score's terms other
   * than forward coverage, over every mentor, for this mentee: {@code Σ w_c · rowMax_c(mentee)}. Only
   * meaningful when {@link #unboundedCriterion()} is null.
   */
  double restBound(int mentee) {
    double s = 0;
    for (int slot = 1; slot < BUILT_INS; slot++) {
      if (totalWeights[slot] != 0) {
        s += totalWeights[slot] * rowMax(slot, mentee);
      }
    }
    return s;
  }

  /** The sum of the model's weights. */
  double totalWeight() {
    return 1 / totalInverse;
  }

  double score(int mentor, int mentee) {
    return weighted(mentor, mentee, totalWeights, totalInverse);
  }

  double menteeView(int mentor, int mentee) {
    return menteeInverse == 0 ? score(mentor, mentee) : weighted(mentor, mentee, menteeWeights, menteeInverse);
  }

  double mentorView(int mentor, int mentee) {
    return mentorInverse == 0 ? score(mentor, mentee) : weighted(mentor, mentee, mentorWeights, mentorInverse);
  }

  private double weighted(int i, int j, double[] w, double inverse) {
    double s = 0;
    if (w[0] != 0) {
      s += w[0] * forward.value(i, j);
    }
    if (w[1] != 0) {
      s += w[1] * reverse.value(i, j);
    }
    if (w[2] != 0) {
      s += w[2] * values.value(i, j);
    }
    if (w[3] != 0) {
      s += w[3] * seniority.value(i, j);
    }
    if (w[4] != 0) {
      s += w[4] * boundary.value(i, j);
    }
    if (w[5] != 0) {
      s += w[5] * timeZone.value(i, j);
    }
    if (w[6] != 0) {
      s += w[6] * availability.value(i, j);
    }
    for (int c = 0; c < custom.length; c++) {
      double wc = w[BUILT_INS + c];
      if (wc != 0) {
        s += wc * customScore(c, i, j);
      }
    }
    double r = s * inverse;
    return r >= 1 ? 1 : r;
  }

  void scoreRow(int mentee, boolean[] consider, double[] out) {
    weightedRow(mentee, consider, out, totalWeights, totalInverse);
  }

  void menteeViewRow(int mentee, boolean[] consider, double[] out) {
    if (menteeInverse == 0) {
      scoreRow(mentee, consider, out);
    } else {
      weightedRow(mentee, consider, out, menteeWeights, menteeInverse);
    }
  }

  private void weightedRow(int j, boolean[] consider, double[] out, double[] w, double inverse) {
    int m = encoding.mentors.size;
    Objects.checkIndex(j, encoding.mentees.size);
    if (consider.length < m || out.length < m) {
      throw new IllegalArgumentException("expected row buffers of at least " + m + " entries, found "
          + consider.length + " and " + out.length);
    }
    Arrays.fill(out, 0, m, 0.0);
    // Row buffers are per thread: a fresh float[m] per row was most of the garbage of a large candidate stage.
    float[] v = RowBuffers.get(m).floats;
    // Same criteria in the same order as weighted(i, j): each out[i] is the same sum, bit for bit.
    if (w[0] != 0) {
      forward.valueRow(j, v);
      addRow(out, w[0], v, m);
    }
    if (w[1] != 0) {
      reverse.valueRow(j, v);
      addRow(out, w[1], v, m);
    }
    if (w[2] != 0) {
      values.valueRow(j, v);
      addRow(out, w[2], v, m);
    }
    if (w[3] != 0) {
      seniority.valueRow(j, v);
      addRow(out, w[3], v, m);
    }
    if (w[4] != 0) {
      boundary.valueRow(j, v);
      addRow(out, w[4], v, m);
    }
    if (w[5] != 0) {
      timeZone.valueRow(j, v);
      addRow(out, w[5], v, m);
    }
    if (w[6] != 0) {
      availability.valueRow(j, v);
      addRow(out, w[6], v, m);
    }
    for (int c = 0; c < custom.length; c++) {
      double wc = w[BUILT_INS + c];
      if (wc != 0) {
        for (int i = 0; i < m; i++) {
          if (consider[i]) {
            out[i] += wc * customScore(c, i, j);
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      double r = out[i] * inverse;
      out[i] = !consider[i] ? Double.NaN : r >= 1 ? 1 : r;
    }
  }

  private static void addRow(double[] out, double weight, float[] v, int m) {
    for (int i = 0; i < m; i++) {
      out[i] += weight * v[i];
    }
  }

  private double customScore(int c, int i, int j) {
    double v = custom[c].score(i, j);
    if (!(v >= 0 && v <= 1)) {
      // an InvalidInputException passes through parallel streams and executors unwrapped (it has no
      // constructor that a ForkJoinTask could use to re-create it), so the caller sees this one exception
      throw dev.reverso.core.InvalidInputException.of("criteria." + customIds[c], "expected a score in [0, 1] from"
          + " the criterion '" + customIds[c] + "', found " + v + " for mentor " + encoding.mentors.people.get(i).id()
          + " and mentee " + encoding.mentees.people.get(j).id());
    }
    return v;
  }

  /** The score of the model's k-th criterion for the pair. */
  double modelScore(int k, int i, int j) {
    int slot = slotOfModel[k];
    switch (slot) {
      case 0:
        return forward.value(i, j);
      case 1:
        return reverse.value(i, j);
      case 2:
        return values.value(i, j);
      case 3:
        return seniority.value(i, j);
      case 4:
        return boundary.value(i, j);
      case 5:
        return timeZone.value(i, j);
      case 6:
        return availability.value(i, j);
      default:
        return customScore(slot - BUILT_INS, i, j);
    }
  }

  /** The scorer of the model's k-th criterion, for its evidence. */
  Criterion.Scorer modelScorer(int k) {
    return scorerOfModel[k];
  }

  double criterionScore(String criterionId, int mentor, int mentee) {
    for (int k = 0; k < criteria.size(); k++) {
      if (criteria.get(k).id().equals(criterionId)) {
        return modelScore(k, mentor, mentee);
      }
    }
    throw new IllegalArgumentException("no criterion '" + criterionId + "' in the model " + weights.keySet());
  }
}
