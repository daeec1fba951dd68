package dev.reverso.matching.group;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.DeadlineExceededException;
import dev.reverso.matching.result.MatchingInterruptedException;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.result.PartnerFeasibility;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.MatchingProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Forms reverse-mentoring <b>circles</b>: each senior (a mentee of the programme) with a small group of
 * juniors (mentors) who together cover more of the senior's goals than any one of them, maximising the
 * {@link CircleObjective} summed over the circles.
 *
 * <pre>{@code
 * CircleResult result = CircleMatcher.builder()
 *     .sizes(2, 4)                                   // juniors per circle, the default
 *     .constraint(Constraints.maxTimeZoneDifference(6))
 *     .deadline(Duration.ofSeconds(30))
 *     .build()
 *     .match(program);
 * }</pre>
 *
 * <p><b>Rules.</b> Every constraint (by default {@link Constraints#defaults()}: reporting chain, seniority
 * gap, shared language, no repeat, exclusions) holds for every senior–junior pair of every circle. When the
 * constraints include {@code shared-language}, the whole circle shares one language, not only each pair.
 * Each circle has {@code minMentors..maxMentors} juniors (default 2..4); each junior is in at most
 * {@link Participant#capacity()} circles; each senior leads at most one circle (a circle already gives the
 * senior several mentors).
 *
 * <p><b>Algorithm.</b> (1) For every senior, the juniors every constraint allows, with their credit for each
 * of the senior's goals and their reciprocity, read from the {@link MatchingProblem} (the same kernels as
 * pair matching). (2) Greedy: repeatedly add the (senior, junior) pair of largest marginal gain that keeps
 * the circle within {@code maxMentors}, the junior within capacity and the circle's language shared, until
 * no pair adds value — evaluated lazily (Minoux, <i>Accelerated greedy algorithms for maximizing submodular
 * set functions</i>, 1978), exact because gains only shrink. (3) Repair: a circle below {@code minMentors}
 * is filled from juniors with room, then from circles above the minimum, else dissolved. (4) Local search
 * with strictly improving moves only — add a junior with room, replace a member by a junior with room,
 * exchange members of two circles, move a member to another circle, open a new circle (in each of the
 * senior's languages, taking juniors with room or splitting a full circle) — until no move
 * improves the objective (at most {@value CircleSearch#MAX_PASSES} passes).
 *
 * <p><b>Guarantee.</b> The objective is monotone submodular over the set of (senior, junior) pairs (see
 * {@link CircleObjective}); the size and capacity limits make the feasible sets the intersection of two
 * partition matroids. The greedy solution of a monotone submodular function over the intersection of
 * {@code k} matroids is worth at least {@code 1/(k+1)} of the optimum (Fisher, Nemhauser &amp; Wolsey, <i>An
 * analysis of approximations for maximizing submodular set functions II</i>, Math. Programming Study 8,
 * 1978), so after step 2 the objective is at least {@link #GREEDY_BOUND} = 1/3 of the optimum (1/2 when
 * no circle fills up, as only the capacity matroid binds). Local search never lowers it. Two rules lie
 * outside the matroid model: a whole-circle language that is not shared by all, and a minimum size above 1
 * whose repair may dissolve a circle; with them the bound is not proven, and the tests compare the final
 * objective with the exact optimum (brute force on tiny cases, OR-tools CP-SAT on 30–60 people): at least
 * 1/3 of it on every instance, within 2 % on the reference instances ({@code docs/groups.md} has the
 * measured gaps).
 *
 * <p><b>Cost.</b> O(seniors × juniors × (constraints + goals)) to encode; the greedy phase is
 * O(P log P) heap operations for P feasible pairs, each gain costing O(goals × maxMentors); a local-search
 * pass is O(P × maxMentors × capacity) gain evaluations. Memory O(P × goals).
 *
 * <p><b>Determinism, threads.</b> Immutable and thread-safe; the same programme gives an equal result on
 * every call (ties broken by senior index, then junior index). With a deadline, or when the calling thread
 * is interrupted, the search stops with {@link DeadlineExceededException} or
 * {@link MatchingInterruptedException}.
 */
public final class CircleMatcher {
  /** Default smallest number of juniors per circle. */
  public static final int DEFAULT_MIN_MENTORS = 2;
  /** Default largest number of juniors per circle. */
  public static final int DEFAULT_MAX_MENTORS = 4;
  /** Largest {@code maxMentors} accepted. */
  public static final int MAX_CIRCLE_SIZE = 16;
  /** The proven share of the optimum after the greedy phase, under the matroid model (see the class doc). */
  public static final double GREEDY_BOUND = 1.0 / 3.0;

  private final ScoringModel model;
  private final ImmutableList<Constraint> constraints;
  private final CircleObjective objective;
  private final int minMentors;
  private final int maxMentors;
  private final boolean localSearch;
  private final Duration timeout;
  private final ProgressListener listener;

  private CircleMatcher(Builder b) {
    this.model = b.model;
    this.constraints = ImmutableList.copyOf(b.constraints);
    this.objective = b.objective;
    this.minMentors = b.minMentors;
    this.maxMentors = b.maxMentors;
    this.localSearch = b.localSearch;
    this.timeout = b.timeout;
    this.listener = b.listener;
  }

  /** A builder with the defaults: 2..4 juniors per circle, default model, constraints and objective. */
  public static Builder builder() {
    return new Builder();
  }

  /** The programme encoded with this matcher's model and constraints. */
  public MatchingProblem problem(Program program) {
    return MatchingProblems.builder(requireNonNull(program, "program")).scoring(model).constraints(constraints).build();
  }

  /**
   * Forms the circles of a programme.
   *
   * @throws InvalidInputException if the constraints cannot be bound to the programme
   * @throws DeadlineExceededException if the deadline passes first
   * @throws MatchingInterruptedException if the calling thread is interrupted
   */
  public CircleResult match(Program program) {
    return match(problem(program));
  }

  /** Forms the circles of an encoded problem, with the problem's own model and constraints. */
  public CircleResult match(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    MatchingOptions options = MatchingOptions.defaults().withProgressListener(listener);
    if (timeout != null) {
      options = options.withDeadline(deadlineAfter(timeout));
    }
    options.checkpoint();
    boolean languageRule = problem.constraints().stream().anyMatch(c -> c.id().equals(SHARED_LANGUAGE));
    CircleSearch search = new CircleSearch(problem, objective, minMentors, maxMentors, languageRule, options);
    search.greedy();
    search.repairMinimum();
    double greedy = search.total(); // greedy and the minimum-size repair: the first feasible solution
    if (localSearch) {
      search.localSearch();
      for (int round = 0; round < CircleSearch.REBUILD_ROUNDS && search.rebuild(); round++) {
        search.localSearch();
      }
    }
    options.progress(ProgressListener.SOLVING, 1);
    return result(problem, search, greedy, options);
  }

  private static final String SHARED_LANGUAGE = Constraints.sharedLanguage().id();

  private static Instant deadlineAfter(Duration timeout) {
    try {
      return Instant.now().plus(timeout);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }

  private CircleResult result(MatchingProblem problem, CircleSearch search, double greedy,
      MatchingOptions options) {
    List<Circle> circles = new ArrayList<>();
    double total = 0;
    for (int s = 0; s < search.seniors; s++) {
      if ((s & 63) == 0) {
        options.progress(ProgressListener.RESULT, (double) s / search.seniors);
      }
      int k = search.size[s];
      if (k == 0) {
        continue;
      }
      int[] mentors = new int[k];
      for (int r = 0; r < k; r++) {
        mentors[r] = search.cand[s][search.members[s][r]];
      }
      Arrays.sort(mentors);
      Circle circle = circle(problem, s, mentors);
      total += circle.score();
      circles.add(circle);
    }
    List<Unmatched> unassigned = new ArrayList<>();
    for (int j = 0; j < search.juniors; j++) {
      if (search.used[j] == 0) {
        unassigned.add(unassignedJunior(problem, search, j));
      }
    }
    for (int s = 0; s < search.seniors; s++) {
      if (search.size[s] == 0) {
        unassigned.add(unassignedSenior(problem, search, s));
      }
    }
    unassigned.sort(Unmatched.BY_ROLE_THEN_ID);
    options.progress(ProgressListener.RESULT, 1);
    return new CircleResult(ImmutableList.copyOf(circles), ImmutableList.copyOf(unassigned), total, greedy,
        minMentors, maxMentors, objective);
  }

  /** The circle of mentee {@code s} with these mentor indices (sorted), scored and explained. */
  Circle circle(MatchingProblem problem, int s, int[] mentors) {
    CircleObjective.Terms terms = objective.terms(problem, s, mentors, maxMentors);
    Participant senior = problem.mentee(s);
    ImmutableList.Builder<CircleExplanation.GoalCredit> goals = ImmutableList.builder();
    for (int g = 0; g < problem.menteeGoalCount(s); g++) {
      double best = 0;
      int who = -1;
      for (int i : mentors) {
        double c = problem.goalCredit(i, s, g);
        if (c > best) {
          best = c;
          who = i;
        }
      }
      var goal = senior.goals().get(g);
      goals.add(new CircleExplanation.GoalCredit(goal.skill(), goal.current(), goal.target(),
          Math.min(1, problem.menteeGoalWeight(s, g)),
          who < 0 ? Optional.empty() : Optional.of(problem.mentorId(who)), Math.min(1, best)));
    }
    List<Participant> members = new ArrayList<>();
    members.add(senior);
    ImmutableList.Builder<ParticipantId> ids = ImmutableList.builder();
    for (int i : mentors) {
      members.add(problem.mentor(i));
      ids.add(problem.mentorId(i));
    }
    CircleExplanation explanation = new CircleExplanation(terms.coverage(), terms.reciprocity(), terms.diversity(),
        goals.build(), ImmutableList.copyOf(Languages.common(members)), terms.departments(), terms.locations(),
        terms.seniorityBands());
    return new Circle("circle-" + senior.id().value(), ImmutableList.of(senior.id()), ids.build(),
        objective.score(terms), explanation);
  }

  private Unmatched unassignedJunior(MatchingProblem problem, CircleSearch search, int j) {
    ParticipantId id = problem.mentorId(j);
    int[] seniors = search.seniorsOf[j];
    if (seniors.length == 0) {
      PartnerFeasibility f = problem.mentorFeasibility(j);
      return new Unmatched(id, Role.MENTOR, UnmatchedReason.NO_FEASIBLE_PARTNER, f.describe(), f.evidence());
    }
    int full = 0;
    for (int s : seniors) {
      if (search.size[s] == maxMentors) {
        full++;
      }
    }
    if (full == seniors.length) {
      return new Unmatched(id, Role.MENTOR, UnmatchedReason.CAPACITY_EXHAUSTED, seniors.length
          + " feasible mentees, all of their circles full (" + maxMentors + " mentors)",
          List.of(Reason.of(ReasonCodes.CIRCLES_FULL, "feasible", seniors.length, "max", maxMentors)));
    }
    return new Unmatched(id, Role.MENTOR, UnmatchedReason.NOT_SELECTED, seniors.length + " feasible mentees, "
        + full + " of their circles full; joining another would not raise the objective, break a circle's "
        + "shared language or leave a circle below " + minMentors + " mentors",
        List.of(Reason.of(ReasonCodes.CIRCLE_NOT_JOINED, "feasible", seniors.length, "full", full, "min",
            minMentors)));
  }

  private Unmatched unassignedSenior(MatchingProblem problem, CircleSearch search, int s) {
    ParticipantId id = problem.menteeId(s);
    int[] juniors = search.cand[s];
    if (juniors.length < minMentors) {
      PartnerFeasibility f = problem.menteeFeasibility(s);
      List<Reason> evidence = new ArrayList<>(f.evidence());
      evidence.add(Reason.of(ReasonCodes.CIRCLE_NEEDS_MORE, "min", minMentors));
      return new Unmatched(id, Role.MENTEE, UnmatchedReason.NO_FEASIBLE_PARTNER,
          f.describe() + "; a circle needs at least " + minMentors, evidence);
    }
    int withRoom = 0;
    for (int j : juniors) {
      if (search.used[j] < problem.mentorCapacity(j)) {
        withRoom++;
      }
    }
    if (withRoom < minMentors) {
      return new Unmatched(id, Role.MENTEE, UnmatchedReason.CAPACITY_EXHAUSTED, juniors.length
          + " feasible mentors, " + withRoom + " of them with room for another circle; a circle needs at least "
          + minMentors, List.of(Reason.of(ReasonCodes.CIRCLE_TOO_FEW_WITH_ROOM, "feasible", juniors.length,
              "room", withRoom, "min", minMentors)));
    }
    return new Unmatched(id, Role.MENTEE, UnmatchedReason.NOT_SELECTED, juniors.length + " feasible mentors, "
        + withRoom + " with room, but no " + minMentors + " of them share a language with the mentee and each other"
        + " or taking them from other circles would lower the objective",
        List.of(Reason.of(ReasonCodes.CIRCLE_NOT_FORMED, "feasible", juniors.length, "room", withRoom, "min",
            minMentors)));
  }

  /** The scoring model. */
  public ScoringModel scoring() {
    return model;
  }

  /** The constraints, in order. */
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  /** The objective. */
  public CircleObjective objective() {
    return objective;
  }

  /** The smallest number of juniors per circle. */
  public int minMentors() {
    return minMentors;
  }

  /** The largest number of juniors per circle. */
  public int maxMentors() {
    return maxMentors;
  }

  /** Whether local search runs after the greedy phase (the default). */
  public boolean localSearch() {
    return localSearch;
  }

  /** Settings only. */
  @Override
  public String toString() {
    return "CircleMatcher[sizes=" + minMentors + ".." + maxMentors + ", " + objective + ", constraints="
        + constraints.stream().map(Constraint::id).toList() + ", localSearch=" + localSearch + "]";
  }

  /** Builds a {@link CircleMatcher}; each setting may be given once. Not thread-safe. */
  public static final class Builder {
    private ScoringModel model = ScoringModel.reverseMentoringDefaults();
    private final List<Constraint> constraints = new ArrayList<>(Constraints.defaults());
    private CircleObjective objective = CircleObjective.defaults();
    private int minMentors = DEFAULT_MIN_MENTORS;
    private int maxMentors = DEFAULT_MAX_MENTORS;
    private boolean sizesSet;
    private boolean localSearch = true;
    private Duration timeout;
    private ProgressListener listener = ProgressListener.NONE;
    private boolean modelSet;
    private boolean objectiveSet;

    private Builder() {}

    /** Sets the scoring model whose criteria give reciprocity ({@link MatchingProblem#mentorView}). */
    public Builder scoring(ScoringModel model) {
      requireNonNull(model, "model");
      if (modelSet) {
        throw new IllegalStateException("the scoring model was already set; set it once");
      }
      modelSet = true;
      this.model = model;
      return this;
    }

    /** Sets the objective's weights. */
    public Builder objective(CircleObjective objective) {
      requireNonNull(objective, "objective");
      if (objectiveSet) {
        throw new IllegalStateException("the objective was already set; set it once");
      }
      objectiveSet = true;
      this.objective = objective;
      return this;
    }

    /**
     * Sets the number of juniors per circle.
     *
     * @throws InvalidInputException unless {@code 1 <= minMentors <= maxMentors <= }{@value #MAX_CIRCLE_SIZE}
     *     (every problem reported)
     * @throws IllegalStateException if the sizes were already set
     */
    public Builder sizes(int minMentors, int maxMentors) {
      if (sizesSet) {
        throw new IllegalStateException("the circle sizes were already set; set them once");
      }
      Problems problems = new Problems();
      if (minMentors < 1) {
        problems.error("minMentors", "expected at least 1 mentor per circle, found " + minMentors);
      }
      if (maxMentors < 1 || maxMentors > MAX_CIRCLE_SIZE) {
        problems.error("maxMentors", "expected 1 to " + MAX_CIRCLE_SIZE + " mentors per circle, found " + maxMentors);
      } else if (minMentors > maxMentors) {
        problems.error("maxMentors", "expected at least minMentors (" + minMentors + "), found " + maxMentors);
      }
      problems.throwIfErrors();
      sizesSet = true;
      this.minMentors = minMentors;
      this.maxMentors = maxMentors;
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

    /**
     * Replaces all constraints by these.
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

    /** Removes the constraint with this id, if present. */
    public Builder withoutConstraint(String id) {
      requireNonNull(id, "id");
      constraints.removeIf(c -> c.id().equals(id));
      return this;
    }

    /** Whether to run local search after the greedy phase (default true); false gives the greedy result. */
    public Builder localSearch(boolean enabled) {
      this.localSearch = enabled;
      return this;
    }

    /**
     * Stops each {@link CircleMatcher#match} after this long with a {@link DeadlineExceededException}.
     *
     * @throws InvalidInputException if the duration is zero or negative
     * @throws IllegalStateException if a deadline was already set
     */
    public Builder deadline(Duration timeout) {
      requireNonNull(timeout, "timeout");
      if (this.timeout != null) {
        throw new IllegalStateException("the deadline was already set; set it once");
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw InvalidInputException.of("timeLimit", "expected a positive time limit, found " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Hears the phases {@link ProgressListener#SCORING}, {@link ProgressListener#SOLVING} and
     * {@link ProgressListener#RESULT}.
     *
     * @throws IllegalStateException if a listener was already set
     */
    public Builder progressListener(ProgressListener listener) {
      requireNonNull(listener, "listener");
      if (this.listener != ProgressListener.NONE) {
        throw new IllegalStateException("the progress listener was already set; set it once");
      }
      this.listener = listener;
      return this;
    }

    /** The matcher. */
    public CircleMatcher build() {
      return new CircleMatcher(this);
    }
  }
}
