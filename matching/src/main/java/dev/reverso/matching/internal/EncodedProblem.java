package dev.reverso.matching.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.Criterion;
import java.util.List;

/**
 * The {@link dev.reverso.matching.spi.MatchingProblem} of this library: the {@link Encoding} of the
 * programme, the {@link ScoringKernel} of the model, the {@link Admissibility} of the constraints and the
 * id indexes, composed. Immutable and thread-safe (as long as user criteria and constraints are); see
 * {@link Encoding} for the memory used.
 */
public final class EncodedProblem extends dev.reverso.matching.spi.MatchingProblem {
  private final Program program;
  private final ImmutableList<Criterion> criteria;
  private final ImmutableMap<String, Double> weights;
  private final ImmutableList<Constraint> constraints;
  private final Encoding encoding;
  private final ImmutableMap<ParticipantId, Integer> mentorIndex;
  private final ImmutableMap<ParticipantId, Integer> menteeIndex;
  private final ScoringKernel kernel;
  private final Admissibility admissibility;
  private final dev.reverso.matching.result.ScoringModelView model;

  /**
   * Encodes the programme and binds the criteria and the constraints; the caller has validated them.
   *
   * @param program the programme
   * @param criteria the model's criteria, in order
   * @param weights the weight of each criterion by id (every criterion has one; not all 0)
   * @param constraints the constraints, in the order they are checked and reported
   */
  public EncodedProblem(Program program, ImmutableList<Criterion> criteria, ImmutableMap<String, Double> weights,
      ImmutableList<Constraint> constraints) {
    this(program, criteria, weights, constraints, null);
  }

  /**
   * As {@link #EncodedProblem(Program, ImmutableList, ImmutableMap, ImmutableList)}, remembering the model the
   * criteria and weights came from ({@link #scoringModel()}).
   */
  public EncodedProblem(Program program, ImmutableList<Criterion> criteria, ImmutableMap<String, Double> weights,
      ImmutableList<Constraint> constraints, dev.reverso.matching.result.ScoringModelView model) {
    this.model = model;
    this.program = program;
    this.criteria = criteria;
    this.weights = weights;
    this.constraints = constraints;
    this.encoding = Encoding.of(program);
    this.mentorIndex = index(program.mentors());
    this.menteeIndex = index(program.mentees());
    this.kernel = new ScoringKernel(program, encoding, criteria, weights);
    this.admissibility = new Admissibility(program, constraints);
  }

  private static ImmutableMap<ParticipantId, Integer> index(List<Participant> people) {
    ImmutableMap.Builder<ParticipantId, Integer> b = ImmutableMap.builderWithExpectedSize(people.size());
    for (int p = 0; p < people.size(); p++) {
      b.put(people.get(p).id(), p);
    }
    return b.buildOrThrow();
  }

  @Override
  public Program program() {
    return program;
  }

  @Override
  public java.util.Optional<dev.reverso.matching.result.ScoringModelView> scoringModel() {
    return java.util.Optional.ofNullable(model);
  }

  @Override
  public ImmutableMap<String, Double> weights() {
    return weights;
  }

  @Override
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  @Override
  public int mentorCount() {
    return encoding.mentors.size;
  }

  @Override
  public int menteeCount() {
    return encoding.mentees.size;
  }

  @Override
  public ParticipantId mentorId(int mentor) {
    return encoding.mentors.people.get(mentor).id();
  }

  @Override
  public ParticipantId menteeId(int mentee) {
    return encoding.mentees.people.get(mentee).id();
  }

  @Override
  public Participant mentor(int mentor) {
    return encoding.mentors.people.get(mentor);
  }

  @Override
  public Participant mentee(int mentee) {
    return encoding.mentees.people.get(mentee);
  }

  @Override
  public int mentorIndex(ParticipantId id) {
    return mentorIndex.getOrDefault(id, -1);
  }

  @Override
  public int menteeIndex(ParticipantId id) {
    return menteeIndex.getOrDefault(id, -1);
  }

  @Override
  public int mentorCapacity(int mentor) {
    return encoding.mentors.capacity[mentor];
  }

  @Override
  public int menteeCapacity(int mentee) {
    return encoding.mentees.capacity[mentee];
  }

  @Override
  public int[] mentorCapacities() {
    return encoding.mentors.capacity.clone();
  }

  @Override
  public int[] menteeCapacities() {
    return encoding.mentees.capacity.clone();
  }

  @Override
  public double score(int mentor, int mentee) {
    return kernel.score(mentor, mentee);
  }

  @Override
  public double menteeView(int mentor, int mentee) {
    return kernel.menteeView(mentor, mentee);
  }

  @Override
  public double mentorView(int mentor, int mentee) {
    return kernel.mentorView(mentor, mentee);
  }

  @Override
  public void scoreRow(int mentee, boolean[] consider, double[] out) {
    kernel.scoreRow(mentee, consider, out);
  }

  @Override
  public void menteeViewRow(int mentee, boolean[] consider, double[] out) {
    kernel.menteeViewRow(mentee, consider, out);
  }

  @Override
  public double criterionScore(String criterionId, int mentor, int mentee) {
    return kernel.criterionScore(criterionId, mentor, mentee);
  }

  @Override
  public int menteeGoalCount(int mentee) {
    java.util.Objects.checkIndex(mentee, menteeCount());
    return encoding.mentees.goalStart[mentee + 1] - encoding.mentees.goalStart[mentee];
  }

  @Override
  public double menteeGoalWeight(int mentee, int goal) {
    return encoding.mentees.goalWeight[goalSlot(mentee, goal)];
  }

  @Override
  public double goalCredit(int mentor, int mentee, int goal) {
    java.util.Objects.checkIndex(mentor, mentorCount());
    int g = goalSlot(mentee, goal);
    Encoding.Side mentees = encoding.mentees;
    Encoding.Side mentors = encoding.mentors;
    return encoding.creditTable[mentees.goalTable[g] + mentors.codes[mentees.goalSkill[g] * mentors.size + mentor]];
  }

  private int goalSlot(int mentee, int goal) {
    java.util.Objects.checkIndex(goal, menteeGoalCount(mentee));
    return encoding.mentees.goalStart[mentee] + goal;
  }

  @Override
  public boolean allowed(int mentor, int mentee) {
    return admissibility.allowed(mentor, mentee);
  }

  @Override
  public void allowedRow(int mentee, boolean[] out) {
    admissibility.allowedRow(mentee, out);
  }

  @Override
  public void allowedColumn(int mentor, boolean[] out) {
    admissibility.allowedColumn(mentor, out);
  }

  /** The scoring kernel, for the threshold search of {@link ThresholdTopK}. */
  ScoringKernel kernel() {
    return kernel;
  }

  /** The encoding, for the threshold search of {@link ThresholdTopK}. */
  Encoding encoding() {
    return encoding;
  }

  @Override
  public Explanation explain(int mentor, int mentee) {
    return Explanations.explain(kernel, admissibility, criteria, weights, mentorId(mentor), menteeId(mentee),
        mentor, mentee);
  }

  @Override
  public PartnerFeasibility mentorFeasibility(int mentor) {
    return admissibility.feasibility(mentorId(mentor), Role.MENTOR, mentor);
  }

  @Override
  public PartnerFeasibility menteeFeasibility(int mentee) {
    return admissibility.feasibility(menteeId(mentee), Role.MENTEE, mentee);
  }
}
