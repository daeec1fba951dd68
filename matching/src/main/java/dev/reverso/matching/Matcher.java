package dev.reverso.matching;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.Constraint;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.spi.MatchingStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.DeadlineExceededException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingInterruptedException;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.result.UnknownStrategyException;

/**
 * The front door of matching: a strategy, a scoring model, hard constraints and options, applied to a
 * {@link Program}.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.builder()
 *     .strategy("optimal")
 *     .scoring(ScoringModel.reverseMentoringDefaults())
 *     .constraint(Constraints.maxTimeZoneDifference(6))
 *     .minimumScore(0.3)
 *     .deadline(Duration.ofSeconds(30))
 *     .build();
 * MatchResult result = matcher.match(program);
 * }</pre>
 *
 * <p><b>Immutable and thread-safe.</b> One instance may be shared by any number of threads; each call of
 * {@link #match(Program)} encodes the programme afresh and works on its own data.
 *
 * <p><b>Deterministic.</b> The same programme gives an equal result on every call, thread and run. The
 * built-in strategies break every tie by index: between equal scores, the lower mentee index (programme
 * order of {@link Program#mentees()}) first, then the lower mentor index ({@link Program#mentors()}).
 * Reordering the people of a programme may therefore change which of two equally good pairings is chosen,
 * never its quality.
 *
 * <p><b>People decide too.</b> Whatever the strategy, a match keeps the programme's
 * {@linkplain Program#pinned() pinned} and {@linkplain Program#active() active} pairs (unless
 * {@link Builder#rematchActive()}) and leaves out everyone who has withdrawn consent: the built-in strategies
 * do it through {@link AbstractMatchingStrategy}; the result of a plug-in that implements
 * {@link MatchingStrategy} directly is repaired afterwards with {@link MatchingRound#enforce(MatchResult)}.
 *
 * <p><b>Stopping.</b> With a deadline, or when the calling thread is interrupted, the built-in strategies
 * stop at their next safe point (between blocks of rows while scoring, between augmentations while solving)
 * with a {@link DeadlineExceededException} or {@link MatchingInterruptedException}; {@code docs/cancellation.md}
 * lists the safe points and the measured delay before a match stops (tens of milliseconds at 5 000 × 5 000).
 */
public final class Matcher {
  static {
    // an older Guava fails here, with a message naming the minimum, rather than deep inside a match
    dev.reverso.core.GuavaRequirement.check();
  }

  private final MatchingStrategy strategy;
  private final ScoringModel model;
  private final ImmutableList<Constraint> constraints;
  private final MatchingOptions options;
  private final Duration timeout;

  private Matcher(Builder b) {
    this.strategy = b.strategy == null ? MatchingStrategies.named("optimal") : b.strategy;
    this.model = b.model == null ? ScoringModel.reverseMentoringDefaults() : b.model;
    this.constraints = ImmutableList.copyOf(b.constraints);
    MatchingOptions o = MatchingOptions.defaults().withMinimumScore(b.minimumScore)
        .withProgressListener(b.listener).withRematchActive(b.rematchActive);
    if (b.executor != null) {
      o = o.withExecutor(b.executor);
    }
    if (b.representationDimension != null) {
      o = b.representationShares == null ? o.representation(b.representationDimension)
          : o.representation(b.representationDimension, b.representationShares);
    }
    this.options = b.deadline == null ? o : o.withDeadline(b.deadline);
    this.timeout = b.timeout;
  }

  /**
   * A builder. Without further settings: the {@code optimal} strategy,
   * {@link ScoringModel#reverseMentoringDefaults()}, {@link Constraints#defaults()}, no minimum score, no
   * deadline.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Encodes the programme with this matcher's model and constraints and matches it.
   *
   * @return the pairs, with explanations, and everyone unmatched, with reasons
   * @throws InvalidInputException if the constraints cannot be bound to the programme
   * @throws DeadlineExceededException if the deadline passes first
   * @throws MatchingInterruptedException if the calling thread is interrupted
   */
  public MatchResult match(Program program) {
    requireNonNull(program, "program");
    MatchingOptions run = optionsForRun();
    run.checkpoint();
    return run(problem(program), run);
  }

  /**
   * Runs the strategy; a strategy not built on {@link AbstractMatchingStrategy} gets its result repaired
   * by {@link MatchingRound#enforce(MatchResult)}, so that active and pinned pairs and consent hold for
   * every strategy.
   */
  private MatchResult run(MatchingProblem problem, MatchingOptions run) {
    MatchResult result;
    if (strategy instanceof AbstractMatchingStrategy) {
      result = strategy.match(problem, run);
    } else {
      MatchResult raw = strategy.match(problem, run);
      result = MatchingRound.open(problem, run, false).enforce(raw);
    }
    // the model the problem was scored with: the advisor takes it from the result, never from the caller
    return problem.scoringModel().map(result::withScoringModel).orElse(result);
  }

  /**
   * Matches an already encoded problem, with the problem's own model and constraints (this matcher's are
   * ignored) and this matcher's strategy and options.
   */
  public MatchResult match(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    return run(problem, optionsForRun());
  }

  /** The programme encoded with this matcher's model and constraints, for explanations of any pair. */
  public MatchingProblem problem(Program program) {
    return MatchingProblems.builder(program).scoring(model).constraints(constraints).build();
  }

  private MatchingOptions optionsForRun() {
    return timeout == null ? options : options.withDeadline(deadlineAfter(timeout));
  }

  private static Instant deadlineAfter(Duration timeout) {
    try {
      return Instant.now().plus(timeout);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }

  /** The strategy. */
  public MatchingStrategy strategy() {
    return strategy;
  }

  /** The scoring model. */
  public ScoringModel scoring() {
    return model;
  }

  /** The hard constraints, in the order they are checked. */
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  /**
   * The options given to the strategy; with {@link Builder#deadline(Duration)} the deadline is only set
   * when a match starts, so it is absent here.
   */
  public MatchingOptions options() {
    return options;
  }

  /** The time each match may take, if set with {@link Builder#deadline(Duration)}. */
  public java.util.Optional<Duration> timeout() {
    return java.util.Optional.ofNullable(timeout);
  }

  /** Strategy, criteria ids, constraint ids and options: no personal data. */
  @Override
  public String toString() {
    return "Matcher[strategy=" + strategy.name() + ", criteria=" + model.weights().keySet() + ", constraints="
        + constraints.stream().map(Constraint::id).toList() + ", minimumScore=" + options.minimumScore()
        + (timeout != null ? ", timeout=" + timeout : options.deadline().map(d -> ", deadline=" + d).orElse("")) + "]";
  }

  /**
   * Builds a {@link Matcher}. Each setting is checked when it is given, and the single-valued ones
   * (strategy, scoring model, minimum score, deadline, progress listener) may be given only once: a second
   * call is an {@link IllegalStateException}, since it is almost always a mistake. Not thread-safe.
   */
  public static final class Builder {
    private MatchingStrategy strategy;
    private ScoringModel model;
    private final List<Constraint> constraints = new ArrayList<>(Constraints.defaults());
    private double minimumScore;
    private boolean minimumScoreSet;
    private Instant deadline;
    private Duration timeout;
    private ProgressListener listener = ProgressListener.NONE;
    private boolean listenerSet;
    private boolean rematchActive;
    private java.util.concurrent.Executor executor;
    private dev.reverso.matching.result.MentorGroups representationDimension;
    private java.util.Map<String, Double> representationShares;

    private Builder() {}

    /**
     * Each named group must have at least its share of the matched mentors; see
     * {@link MatchingOptions#representation(dev.reverso.matching.result.MentorGroups, java.util.Map)}.
     *
     * @throws InvalidInputException listing every problem with the shares
     * @throws IllegalStateException if a representation bound was already set
     */
    public Builder representation(dev.reverso.matching.result.MentorGroups dimension,
        java.util.Map<String, Double> minShare) {
      checkRepresentationUnset();
      MatchingOptions.defaults().representation(dimension, minShare);
      this.representationDimension = dimension;
      this.representationShares = com.google.common.collect.ImmutableMap.copyOf(minShare);
      return this;
    }

    /**
     * Each group must have at least its share of the mentor volunteers among the matched mentors; see
     * {@link MatchingOptions#representation(dev.reverso.matching.result.MentorGroups)}.
     *
     * @throws IllegalStateException if a representation bound was already set
     */
    public Builder representation(dev.reverso.matching.result.MentorGroups dimension) {
      checkRepresentationUnset();
      this.representationDimension = requireNonNull(dimension, "dimension");
      return this;
    }

    private void checkRepresentationUnset() {
      if (representationDimension != null) {
        throw new IllegalStateException("a representation bound was already set; bounds on several dimensions at "
            + "once are not supported");
      }
    }

    /**
     * Uses the strategy with this name, found by {@link MatchingStrategies#named(String)} at once.
     *
     * @throws UnknownStrategyException if no strategy has this name; it lists the available ones
     * @throws IllegalStateException if the strategy was already set
     */
    public Builder strategy(String name) {
      requireNonNull(name, "name");
      checkStrategyUnset();
      this.strategy = MatchingStrategies.named(name);
      return this;
    }

    /**
     * Uses this strategy instance, such as {@code new StableStrategy(StableStrategy.Proposing.MENTORS)}.
     *
     * @throws IllegalStateException if the strategy was already set
     */
    public Builder strategy(MatchingStrategy strategy) {
      requireNonNull(strategy, "strategy");
      checkStrategyUnset();
      this.strategy = strategy;
      return this;
    }

    private void checkStrategyUnset() {
      if (strategy != null) {
        throw new IllegalStateException("the strategy was already set to '" + strategy.name()
            + "'; set it once");
      }
    }

    /**
     * Uses this scoring model.
     *
     * @throws IllegalStateException if the model was already set
     */
    public Builder scoring(ScoringModel model) {
      requireNonNull(model, "model");
      if (this.model != null) {
        throw new IllegalStateException("the scoring model was already set; set it once");
      }
      this.model = model;
      return this;
    }

    /** Adds a hard constraint, or replaces the one with the same id in place. */
    public Builder constraint(Constraint constraint) {
      requireNonNull(constraint, "constraint");
      requireNonNull(constraint.id(), "constraint id");
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
     * Replaces every constraint (the defaults included) by these; an empty list means no constraint.
     *
     * @throws InvalidInputException if two constraints share an id
     */
    public Builder constraints(Iterable<? extends Constraint> constraints) {
      requireNonNull(constraints, "constraints");
      List<Constraint> list = new ArrayList<>();
      constraints.forEach(c -> list.add(requireNonNull(c, "constraint")));
      dev.reverso.core.Problems problems = new dev.reverso.core.Problems();
      for (int c = 0; c < list.size(); c++) {
        for (int d = 0; d < c; d++) {
          if (list.get(d).id().equals(list.get(c).id())) {
            problems.error("constraints[" + c + "].id", "expected each constraint once, found '"
                + list.get(c).id() + "' again (first at constraints[" + d + "])");
            break;
          }
        }
      }
      problems.throwIfErrors();
      this.constraints.clear();
      this.constraints.addAll(list);
      return this;
    }

    /** Removes the constraint with this id, if present (for example a default one). */
    public Builder withoutConstraint(String id) {
      requireNonNull(id, "id");
      constraints.removeIf(c -> c.id().equals(id));
      return this;
    }

    /**
     * Pairs scoring below this are never made; see {@link MatchingOptions#withMinimumScore(double)}.
     *
     * @throws InvalidInputException located at {@code minimumScore} if the score is not in [0, 1]
     * @throws IllegalStateException if the minimum was already set
     */
    public Builder minimumScore(double minimumScore) {
      if (minimumScoreSet) {
        throw new IllegalStateException("the minimum score was already set; set it once");
      }
      MatchingOptions.defaults().withMinimumScore(minimumScore);
      this.minimumScore = minimumScore;
      this.minimumScoreSet = true;
      return this;
    }

    /**
     * Each match must finish within this time from its start.
     *
     * @throws InvalidInputException located at {@code deadline} if the duration is zero or negative
     * @throws IllegalStateException if a deadline was already set
     */
    public Builder deadline(Duration timeout) {
      requireNonNull(timeout, "timeout");
      checkDeadlineUnset();
      if (timeout.isNegative() || timeout.isZero()) {
        throw InvalidInputException.of("deadline", "expected a positive time limit, found " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Every match must finish by this instant.
     *
     * @throws IllegalStateException if a deadline was already set
     */
    public Builder deadline(Instant deadline) {
      requireNonNull(deadline, "deadline");
      checkDeadlineUnset();
      this.deadline = deadline;
      return this;
    }

    private void checkDeadlineUnset() {
      if (deadline != null || timeout != null) {
        throw new IllegalStateException("the deadline was already set; set it once");
      }
    }

    /**
     * Re-pairs the {@linkplain Program#active() active pairs} like everyone else instead of keeping them
     * (see {@link MatchingOptions#withRematchActive(boolean)}); the result's solver path says so. Pinned
     * pairs are still kept.
     */
    public Builder rematchActive() {
      this.rematchActive = true;
      return this;
    }

    /**
     * Runs the parallel work of each match (scoring, explanations, reasons) on this executor instead of the
     * common {@code ForkJoinPool}: an application server's managed executor, or a bounded pool. See
     * {@link MatchingOptions#withExecutor(java.util.concurrent.Executor)}.
     *
     * @throws IllegalStateException if an executor was already set
     */
    public Builder executor(java.util.concurrent.Executor executor) {
      requireNonNull(executor, "executor");
      if (this.executor != null) {
        throw new IllegalStateException("the executor was already set; set it once");
      }
      this.executor = executor;
      return this;
    }

    /**
     * Reports progress to this listener.
     *
     * @throws IllegalStateException if a listener was already set
     */
    public Builder progressListener(ProgressListener listener) {
      requireNonNull(listener, "listener");
      if (listenerSet) {
        throw new IllegalStateException("the progress listener was already set; set it once");
      }
      this.listener = listener;
      this.listenerSet = true;
      return this;
    }

    /**
     * Builds the matcher; the {@code optimal} strategy when none was set.
     *
     * @throws InvalidInputException if a constraint id is blank
     */
    public Matcher build() {
      dev.reverso.core.Problems problems = new dev.reverso.core.Problems();
      for (int c = 0; c < constraints.size(); c++) {
        String id = constraints.get(c).id();
        if (id == null || id.isBlank()) {
          problems.error("constraints[" + c + "].id", "expected a non-blank constraint id");
        }
      }
      problems.throwIfErrors();
      return new Matcher(this);
    }
  }
}
