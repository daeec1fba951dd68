package dev.reverso.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme encoded once for matching: mentors and mentees as dense indices, their profiles as
 * primitive arrays, the {@link ScoringModel} and the hard {@link Constraint}s bound to them.
 *
 * <p>Mentor index {@code i} is {@code program().mentors().get(i)} and mentee index {@code j} is
 * {@code program().mentees().get(j)}: indices follow programme order. Every pair method takes the mentor
 * first, then the mentee.
 *
 * <p>Scoring: {@link #score(int, int)} is the weighted mean of the model's criteria, in [0, 1]; built-in
 * criteria run on the encoding and allocate nothing, user criteria are called through their
 * {@link Criterion.Scorer}. {@link #allowed(int, int)} is true when no constraint forbids the pair. The
 * one-sided views {@link #menteeView(int, int)} and {@link #mentorView(int, int)} rank partners for
 * each side (stable matching). {@link #explain(int, int)} says why, for any pair.
 *
 * <p>Immutable and thread-safe (as long as user criteria and constraints are). Building is linear in the
 * size of the profiles; see {@link Encoding} for the memory used.
 */
public final class MatchingProblem {
  private static final int BUILT_INS = BuiltinCriterion.Kind.values().length;

  private final Program program;
  private final ScoringModel model;
  private final ImmutableList<Constraint> constraints;
  private final Encoding encoding;
  private final ImmutableMap<ParticipantId, Integer> mentorIndex;
  private final ImmutableMap<ParticipantId, Integer> menteeIndex;

  // The scoring kernel: one typed field per built-in so the calls are direct, user criteria in an array.
  private final CoverageCriterion.Bound forward;
  private final CoverageCriterion.Bound reverse;
  private final ValueAlignmentCriterion.Bound values;
  private final SeniorityDistanceCriterion.Bound seniority;
  private final CrossBoundaryCriterion.Bound boundary;
  private final TimeZoneOverlapCriterion.Bound timeZone;
  private final AvailabilityFitCriterion.Bound availability;
  private final Criterion.Scorer[] custom;
  private final String[] customIds;
  /** Weights by slot (built-in kinds first, then user criteria) for the total and the two views. */
  private final double[] totalWeights;
  private final double[] menteeWeights;
  private final double[] mentorWeights;
  private final double totalInverse;
  private final double menteeInverse;
  private final double mentorInverse;
  /** Slot of the model's k-th criterion, and its scorer (for evidence). */
  private final int[] slotOfModel;
  private final Criterion.Scorer[] scorerOfModel;
  private final Constraint.Check[] checks;

  private MatchingProblem(Program program, ScoringModel model, ImmutableList<Constraint> constraints) {
    this.program = program;
    this.model = model;
    this.constraints = constraints;
    this.encoding = Encoding.of(program);
    this.mentorIndex = index(program.mentors());
    this.menteeIndex = index(program.mentees());

    ImmutableList<Criterion> criteria = model.criteria();
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
      double w = model.weight(c.id());
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

    this.checks = new Constraint.Check[constraints.size()];
    for (int c = 0; c < checks.length; c++) {
      Constraint constraint = constraints.get(c);
      checks[c] = requireNonNull(constraint.bind(program), () -> "constraint '" + constraint.id() + "' bound to null");
    }
  }

  private static ImmutableMap<ParticipantId, Integer> index(List<Participant> people) {
    ImmutableMap.Builder<ParticipantId, Integer> b = ImmutableMap.builderWithExpectedSize(people.size());
    for (int p = 0; p < people.size(); p++) {
      b.put(people.get(p).id(), p);
    }
    return b.buildOrThrow();
  }

  /** The programme with {@link ScoringModel#reverseMentoringDefaults()} and {@link Constraints#defaults()}. */
  public static MatchingProblem of(Program program) {
    return builder(program).build();
  }

  /**
   * The programme with this model and these constraints (in this order).
   *
   * @throws InvalidInputException if two constraints share an id
   */
  public static MatchingProblem of(Program program, ScoringModel model, Iterable<? extends Constraint> constraints) {
    return builder(program).scoring(model).constraints(constraints).build();
  }

  /** A builder starting from the default model and the default constraints. */
  public static Builder builder(Program program) {
    return new Builder(program);
  }

  /** The programme. */
  public Program program() {
    return program;
  }

  /** The scoring model. */
  public ScoringModel model() {
    return model;
  }

  /** The hard constraints, in the order they are checked and reported. */
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  /** The number of mentors. */
  public int mentorCount() {
    return encoding.mentors.size;
  }

  /** The number of mentees. */
  public int menteeCount() {
    return encoding.mentees.size;
  }

  /** The id of mentor index {@code i}. */
  public ParticipantId mentorId(int mentor) {
    return encoding.mentors.people.get(mentor).id();
  }

  /** The id of mentee index {@code j}. */
  public ParticipantId menteeId(int mentee) {
    return encoding.mentees.people.get(mentee).id();
  }

  /** The mentor at index {@code i}. */
  public Participant mentor(int mentor) {
    return encoding.mentors.people.get(mentor);
  }

  /** The mentee at index {@code j}. */
  public Participant mentee(int mentee) {
    return encoding.mentees.people.get(mentee);
  }

  /** The index of this mentor, or -1 if the id is not a mentor of the programme. */
  public int mentorIndex(ParticipantId id) {
    return mentorIndex.getOrDefault(id, -1);
  }

  /** The index of this mentee, or -1 if the id is not a mentee of the programme. */
  public int menteeIndex(ParticipantId id) {
    return menteeIndex.getOrDefault(id, -1);
  }

  /** The capacity (maximum concurrent mentees) of mentor index {@code i}. */
  public int mentorCapacity(int mentor) {
    return encoding.mentors.capacity[mentor];
  }

  /** The capacity (maximum concurrent mentors) of mentee index {@code j}. */
  public int menteeCapacity(int mentee) {
    return encoding.mentees.capacity[mentee];
  }

  /** Every mentor's capacity, by mentor index: a fresh array. */
  public int[] mentorCapacities() {
    return encoding.mentors.capacity.clone();
  }

  /** Every mentee's capacity, by mentee index: a fresh array. */
  public int[] menteeCapacities() {
    return encoding.mentees.capacity.clone();
  }

  /**
   * The score of the pair: {@code Σ w_k·s_k / Σ w_k} over the model's criteria, in [0, 1]. Computed
   * whether or not the pair is allowed. Does not allocate for the built-in criteria.
   *
   * @throws IllegalStateException if a user criterion returns a value outside [0, 1]
   */
  public double score(int mentor, int mentee) {
    return weighted(mentor, mentee, totalWeights, totalInverse);
  }

  /**
   * The mentee's view of the pair — what the mentee gains: the weighted mean of the criteria whose
   * {@link Criterion#beneficiary()} is {@link Beneficiary#MENTEE} or {@link Beneficiary#BOTH} (with the
   * default model: forward coverage plus the shared criteria — values, seniority, boundary, time zone,
   * availability). In [0, 1]. Equals {@link #score(int, int)} if no such criterion has a weight above 0.
   * The mentee-proposing stable strategy ranks mentors by it.
   */
  public double menteeView(int mentor, int mentee) {
    return menteeInverse == 0 ? score(mentor, mentee) : weighted(mentor, mentee, menteeWeights, menteeInverse);
  }

  /**
   * The mentor's view of the pair — what the mentor gains: the weighted mean of the criteria whose
   * beneficiary is {@link Beneficiary#MENTOR} or {@link Beneficiary#BOTH} (with the default model: reverse
   * coverage plus the shared criteria). In [0, 1]. Equals {@link #score(int, int)} if no such criterion has
   * a weight above 0. Mentors rank mentees by it.
   */
  public double mentorView(int mentor, int mentee) {
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

  /**
   * {@link #score(int, int)} of mentee {@code mentee} with every mentor at once: for each mentor {@code i}
   * with {@code consider[i]} true, {@code out[i]} is exactly (bit for bit) {@code score(i, mentee)}; the
   * other entries are NaN. Built-in criteria run one pass per criterion over all mentors (several times
   * faster than pair by pair); user criteria are only called for the considered mentors. O(mentors ×
   * criteria); allocates one {@code float} buffer of mentors entries.
   *
   * @param mentee the mentee index
   * @param consider which mentors to score, at least {@link #mentorCount()} entries
   * @param out receives the scores, at least {@link #mentorCount()} entries
   * @throws IllegalStateException if a user criterion returns a value outside [0, 1]
   */
  public void scoreRow(int mentee, boolean[] consider, double[] out) {
    weightedRow(mentee, consider, out, totalWeights, totalInverse);
  }

  /**
   * {@link #menteeView(int, int)} of mentee {@code mentee} with every mentor at once, as
   * {@link #scoreRow(int, boolean[], double[])} does for the score: {@code out[i]} is exactly
   * {@code menteeView(i, mentee)} where {@code consider[i]} is true, NaN elsewhere.
   */
  public void menteeViewRow(int mentee, boolean[] consider, double[] out) {
    if (menteeInverse == 0) {
      scoreRow(mentee, consider, out);
    } else {
      weightedRow(mentee, consider, out, menteeWeights, menteeInverse);
    }
  }

  private void weightedRow(int j, boolean[] consider, double[] out, double[] w, double inverse) {
    int m = mentorCount();
    java.util.Objects.checkIndex(j, menteeCount());
    if (consider.length < m || out.length < m) {
      throw new IllegalArgumentException("expected row buffers of at least " + m + " entries, found "
          + consider.length + " and " + out.length);
    }
    java.util.Arrays.fill(out, 0, m, 0.0);
    float[] v = new float[m];
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
      throw new IllegalStateException("criterion '" + customIds[c] + "' scored " + v + " for mentor "
          + mentorId(i) + " and mentee " + menteeId(j) + "; expected a score in [0, 1]");
    }
    return v;
  }

  private double slotScore(int slot, int i, int j) {
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

  /**
   * The score of one criterion of the model for the pair, in [0, 1].
   *
   * @throws IllegalArgumentException if the model has no criterion with this id
   */
  public double criterionScore(String criterionId, int mentor, int mentee) {
    ImmutableList<Criterion> criteria = model.criteria();
    for (int k = 0; k < criteria.size(); k++) {
      if (criteria.get(k).id().equals(criterionId)) {
        return slotScore(slotOfModel[k], mentor, mentee);
      }
    }
    throw new IllegalArgumentException("no criterion '" + criterionId + "' in the model " + model.weights().keySet());
  }

  /** Whether every constraint allows the pair. O(number of constraints); does not allocate. */
  public boolean allowed(int mentor, int mentee) {
    for (Constraint.Check check : checks) {
      if (!check.allows(mentor, mentee)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #allowed(int, int)} of mentee {@code mentee} with every mentor at once: {@code out[i]} becomes
   * {@code allowed(i, mentee)}. Constraints are checked in order, each only for the mentors the earlier ones
   * allow (so a constraint sees the same pairs as in {@link #allowed(int, int)}); built-in constraints run
   * one tight pass each. O(mentors × constraints); does not allocate.
   *
   * @param mentee the mentee index
   * @param out receives the answers, at least {@link #mentorCount()} entries
   */
  public void allowedRow(int mentee, boolean[] out) {
    int m = mentorCount();
    java.util.Objects.checkIndex(mentee, menteeCount());
    if (out.length < m) {
      throw new IllegalArgumentException("expected a row buffer of at least " + m + " entries, found " + out.length);
    }
    java.util.Arrays.fill(out, 0, m, true);
    for (Constraint.Check check : checks) {
      if (check instanceof RowCheck) {
        ((RowCheck) check).restrictRow(mentee, out);
      } else {
        for (int i = 0; i < m; i++) {
          if (out[i] && !check.allows(i, mentee)) {
            out[i] = false;
          }
        }
      }
    }
  }

  /**
   * {@link #allowed(int, int)} of mentor {@code mentor} with every mentee at once: {@code out[j]} becomes
   * {@code allowed(mentor, j)}. As {@link #allowedRow(int, boolean[])}, for the other side.
   *
   * @param mentor the mentor index
   * @param out receives the answers, at least {@link #menteeCount()} entries
   */
  public void allowedColumn(int mentor, boolean[] out) {
    int n = menteeCount();
    java.util.Objects.checkIndex(mentor, mentorCount());
    if (out.length < n) {
      throw new IllegalArgumentException("expected a column buffer of at least " + n + " entries, found "
          + out.length);
    }
    java.util.Arrays.fill(out, 0, n, true);
    for (Constraint.Check check : checks) {
      if (check instanceof RowCheck) {
        ((RowCheck) check).restrictColumn(mentor, out);
      } else {
        for (int j = 0; j < n; j++) {
          if (out[j] && !check.allows(mentor, j)) {
            out[j] = false;
          }
        }
      }
    }
  }

  /** The score of an allowed pair, or NaN if a constraint forbids it. */
  public double scoreIfAllowed(int mentor, int mentee) {
    return allowed(mentor, mentee) ? score(mentor, mentee) : Double.NaN;
  }

  /**
   * Why the pair scores what it scores and whether each constraint allows it; for any pair, matched or
   * not. Allocates: meant for the chosen pairs and for "why not" questions, not for scoring.
   */
  public Explanation explain(int mentor, int mentee) {
    ImmutableList<Criterion> criteria = model.criteria();
    double totalWeight = 1 / totalInverse;
    ImmutableList.Builder<Explanation.Contribution> contributions = ImmutableList.builder();
    for (int k = 0; k < criteria.size(); k++) {
      Criterion c = criteria.get(k);
      double w = model.weight(c.id());
      double s = slotScore(slotOfModel[k], mentor, mentee);
      ImmutableList<String> reasons = s > 0 || w > 0 ? scorerOfModel[k].evidence(mentor, mentee) : ImmutableList.of();
      contributions.add(new Explanation.Contribution(c.id(), w, s, Math.min(1, w * s / totalWeight), reasons));
    }
    ImmutableList.Builder<Explanation.Verdict> verdicts = ImmutableList.builder();
    boolean allowed = true;
    for (int c = 0; c < checks.length; c++) {
      String id = constraints.get(c).id();
      if (checks[c].allows(mentor, mentee)) {
        verdicts.add(Explanation.Verdict.allow(id));
      } else {
        allowed = false;
        verdicts.add(Explanation.Verdict.forbid(id, checks[c].reason(mentor, mentee)));
      }
    }
    return new Explanation(mentorId(mentor), menteeId(mentee), score(mentor, mentee), allowed,
        contributions.build(), verdicts.build());
  }

  /**
   * {@link #explain(int, int)} for a pair given by HR ids.
   *
   * @throws InvalidInputException if {@code mentor} is not a mentor or {@code mentee} not a mentee of the
   *     programme (both are reported)
   */
  public Explanation explain(ParticipantId mentor, ParticipantId mentee) {
    requireNonNull(mentor, "mentor");
    requireNonNull(mentee, "mentee");
    Problems problems = new Problems();
    if (mentorIndex(mentor) < 0) {
      problems.error("mentor", "expected the id of a mentor of the programme, found '" + mentor + "'"
          + program.role(mentor).map(r -> " (a " + r.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""));
    }
    if (menteeIndex(mentee) < 0) {
      problems.error("mentee", "expected the id of a mentee of the programme, found '" + mentee + "'"
          + program.role(mentee).map(r -> " (a " + r.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse(""));
    }
    problems.throwIfErrors();
    return explain(mentorIndex(mentor), menteeIndex(mentee));
  }

  /** The pair as a {@link Pairing} for a {@link MatchResult}: ids, score and explanation. */
  public Pairing pairing(int mentor, int mentee) {
    return new Pairing(mentorId(mentor), menteeId(mentee), score(mentor, mentee), explain(mentor, mentee));
  }

  /**
   * How many partners the constraints leave this participant and which constraints forbid the others,
   * for the detail of {@link UnmatchedReason#NO_FEASIBLE_PARTNER}. O(other side × constraints).
   *
   * @throws InvalidInputException if the id is neither a mentor nor a mentee of the programme
   */
  public PartnerFeasibility feasibility(ParticipantId id) {
    requireNonNull(id, "id");
    int i = mentorIndex(id);
    if (i >= 0) {
      return mentorFeasibility(i);
    }
    int j = menteeIndex(id);
    if (j >= 0) {
      return menteeFeasibility(j);
    }
    throw InvalidInputException.of("participantId", "expected the id of a mentor or mentee, found '" + id + "'");
  }

  /** {@link #feasibility(ParticipantId)} of mentor index {@code i}. */
  public PartnerFeasibility mentorFeasibility(int mentor) {
    return feasibility(mentorId(mentor), Role.MENTOR, mentor);
  }

  /** {@link #feasibility(ParticipantId)} of mentee index {@code j}. */
  public PartnerFeasibility menteeFeasibility(int mentee) {
    return feasibility(menteeId(mentee), Role.MENTEE, mentee);
  }

  private PartnerFeasibility feasibility(ParticipantId id, Role role, int self) {
    int partners = role == Role.MENTOR ? menteeCount() : mentorCount();
    int[] forbidden = new int[checks.length];
    int feasible = 0;
    for (int other = 0; other < partners; other++) {
      int i = role == Role.MENTOR ? self : other;
      int j = role == Role.MENTOR ? other : self;
      boolean ok = true;
      for (int c = 0; c < checks.length; c++) {
        if (!checks[c].allows(i, j)) {
          forbidden[c]++;
          ok = false;
        }
      }
      if (ok) {
        feasible++;
      }
    }
    Map<String, Integer> by = new LinkedHashMap<>();
    for (int c = 0; c < checks.length; c++) {
      if (forbidden[c] > 0) {
        by.put(constraints.get(c).id(), forbidden[c]);
      }
    }
    return new PartnerFeasibility(id, role, partners, feasible, ImmutableMap.copyOf(by));
  }

  /** The dense mentees × mentors score matrix, computed in parallel; see {@link CompatibilityMatrix}. */
  public CompatibilityMatrix compatibilityMatrix() {
    return CompatibilityMatrix.of(this);
  }

  /** The top-{@code k} feasible mentors of every mentee, without a dense matrix; see {@link CandidateLists}. */
  public CandidateLists candidateLists(int k) {
    return CandidateLists.of(this, k);
  }

  /** Counts and model only. */
  @Override
  public String toString() {
    return "MatchingProblem[mentors=" + mentorCount() + ", mentees=" + menteeCount() + ", criteria="
        + model.weights().keySet() + ", constraints=" + constraints.stream().map(Constraint::id).toList() + "]";
  }

  /**
   * Builds a {@link MatchingProblem}. Starts from {@link ScoringModel#reverseMentoringDefaults()} and
   * {@link Constraints#defaults()}. Not thread-safe.
   */
  public static final class Builder {
    private final Program program;
    private ScoringModel model = ScoringModel.reverseMentoringDefaults();
    private final List<Constraint> constraints = new ArrayList<>(Constraints.defaults());

    private Builder(Program program) {
      this.program = requireNonNull(program, "program");
    }

    /** Sets the scoring model. */
    public Builder scoring(ScoringModel model) {
      this.model = requireNonNull(model, "model");
      return this;
    }

    /**
     * Replaces all constraints by these (an empty list means no constraint).
     *
     * @throws InvalidInputException if two constraints share an id
     */
    public Builder constraints(Iterable<? extends Constraint> constraints) {
      requireNonNull(constraints, "constraints");
      List<Constraint> list = new ArrayList<>();
      constraints.forEach(c -> list.add(requireNonNull(c, "constraint")));
      Problems problems = new Problems();
      for (int c = 0; c < list.size(); c++) {
        for (int d = 0; d < c; d++) {
          if (list.get(d).id().equals(list.get(c).id())) {
            problems.error("constraints[" + c + "].id", "expected each constraint once, found '" + list.get(c).id()
                + "' again (first at constraints[" + d + "])");
            break;
          }
        }
      }
      problems.throwIfErrors();
      this.constraints.clear();
      this.constraints.addAll(list);
      return this;
    }

    /** Adds a constraint, or replaces the one with the same id in place. */
    public Builder constraint(Constraint constraint) {
      requireNonNull(constraint, "constraint");
      for (int c = 0; c < constraints.size(); c++) {
        if (constraints.get(c).id().equals(constraint.id())) {
          constraints.set(c, constraint);
          return this;
        }
      }
      constraints.add(constraint);
      return this;
    }

    /** Removes the constraint with this id, if present. */
    public Builder withoutConstraint(String id) {
      constraints.removeIf(c -> c.id().equals(id));
      return this;
    }

    /**
     * Encodes the programme and binds the model and the constraints.
     *
     * @throws InvalidInputException if a constraint id is blank
     */
    public MatchingProblem build() {
      Problems problems = new Problems();
      for (int c = 0; c < constraints.size(); c++) {
        String id = constraints.get(c).id();
        if (id == null || id.isBlank()) {
          problems.error("constraints[" + c + "].id", "expected a non-blank constraint id");
        }
      }
      problems.throwIfErrors();
      return new MatchingProblem(program, withStatedPreferences(program, model), ImmutableList.copyOf(constraints));
    }

    /**
     * When somebody stated preferences and the model does not weigh them, the {@code preference} criterion
     * joins at weight 0: scores stay the same, and every explanation says how each side ranked the other
     * ("ranked 2nd of 5 by the mentee").
     */
    private static ScoringModel withStatedPreferences(Program program, ScoringModel model) {
      if (model.criterion(Criteria.PREFERENCE_ID).isPresent()) {
        return model;
      }
      boolean stated = program.mentors().stream().anyMatch(p -> !p.preferences().isEmpty())
          || program.mentees().stream().anyMatch(p -> !p.preferences().isEmpty());
      return stated ? model.with(Criteria.PREFERENCE, 0) : model;
    }
  }
}
