package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The options of one match that every strategy understands: a minimum pair score, a deadline and a
 * progress listener. Options specific to one strategy (which side proposes, the candidate list size) are
 * parameters of that strategy's constructor instead.
 *
 * <p>Immutable and thread-safe; vary it with the {@code with...} copies. {@link #defaults()} has no
 * minimum (0), no deadline and {@link ProgressListener#NONE}.
 *
 * <p><b>Stopping.</b> Strategies call {@link #checkpoint()} at safe points (between blocks of rows while
 * scoring, between augmentations while solving); it throws {@link MatchingInterruptedException} when the
 * calling thread has been interrupted and {@link DeadlineExceededException} once the deadline has passed.
 * The deadline is compared with the wall clock ({@link System#currentTimeMillis()}).
 */
public final class MatchingOptions {
  private static final MatchingOptions DEFAULTS = new MatchingOptions(0, null, ProgressListener.NONE, false);

  /** The representation bound, or null. */
  private final RepresentationBound representation;

  private final double minimumScore;
  private final Instant deadline;
  private final long deadlineMillis;
  private final ProgressListener listener;

  private final boolean rematchActive;
  /** Where parallel work runs, or null for the common ForkJoinPool (parallel streams). */
  private final Executor executor;

  private MatchingOptions(double minimumScore, Instant deadline, ProgressListener listener, boolean rematchActive) {
    this(minimumScore, deadline, listener, rematchActive, null, null);
  }

  private MatchingOptions(double minimumScore, Instant deadline, ProgressListener listener, boolean rematchActive,
      RepresentationBound representation, Executor executor) {
    this.executor = executor;
    this.representation = representation;
    this.rematchActive = rematchActive;
    this.minimumScore = minimumScore;
    this.deadline = deadline;
    this.deadlineMillis = deadline == null ? Long.MAX_VALUE : toMillis(deadline);
    this.listener = listener;
  }

  private static long toMillis(Instant deadline) {
    try {
      return deadline.toEpochMilli();
    } catch (ArithmeticException e) {
      return deadline.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The copy with this instance's representation bound and executor. */
  private MatchingOptions carry(MatchingOptions copy) {
    return representation == null && executor == null ? copy
        : new MatchingOptions(copy.minimumScore, copy.deadline, copy.listener, copy.rematchActive, representation,
            executor);
  }

  /**
   * A copy whose parallel work (scoring, explanations, reasons) runs on this executor instead of the common
   * {@code ForkJoinPool}: a container's managed pool, a bounded pool, or {@code Runnable::run} to stay on the
   * calling thread. The calling thread waits for the tasks it submits; an executor that rejects a task fails
   * the match with its {@link java.util.concurrent.RejectedExecutionException}. The result does not depend on
   * the executor.
   */
  public MatchingOptions withExecutor(Executor executor) {
    return new MatchingOptions(minimumScore, deadline, listener, rematchActive, representation,
        requireNonNull(executor, "executor"));
  }

  /** The executor of parallel work, if set; empty means the common {@code ForkJoinPool}. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * A copy that makes {@code optimal} choose the matched mentors so that each named group of the dimension
   * has at least its minimum share of them (see {@link RepresentationBound} for how the share is counted).
   * For one dimension the choice is exact: the maximum total score among all matchings that meet the bound,
   * found as a minimum-cost flow with one node per group. When the unconstrained optimum already meets the
   * bound, the result is that optimum, unchanged. When the bound cannot be met, the result meets as much of
   * it as possible and a warning names each group that falls short, with its minimum and what was reached.
   * The result's warnings say whether the bound changed who was chosen and what it cost in total score.
   *
   * <p>Honoured by {@code optimal} on its dense path (and by {@code incremental}, which uses it); the sparse
   * path refuses a bound with an {@link dev.reverso.core.InvalidInputException}. Other strategies ignore it.
   * Only one dimension is supported; bounds on several dimensions at once are not implemented.
   *
   * @param dimension how mentors are grouped
   * @param minShare minimum share of the matched mentors by group name, each in (0, 1], summing to at most 1
   * @throws dev.reverso.core.InvalidInputException listing every problem with the shares, located as
   *     {@code representation.department[Sales]}
   * @throws IllegalStateException if a representation bound is already set
   */
  public MatchingOptions representation(MentorGroups dimension, Map<String, Double> minShare) {
    return withBound(RepresentationBound.of(dimension, minShare));
  }

  /**
   * As {@link #representation(MentorGroups, Map)}, with each group's share of the mentor volunteers (the
   * problem's mentors) as its minimum, rounded down.
   *
   * @throws IllegalStateException if a representation bound is already set
   */
  public MatchingOptions representation(MentorGroups dimension) {
    return withBound(RepresentationBound.proportional(dimension));
  }

  private MatchingOptions withBound(RepresentationBound bound) {
    if (representation != null) {
      throw new IllegalStateException("a representation bound is already set (" + representation.dimension().name()
          + "); bounds on several dimensions at once are not supported");
    }
    return new MatchingOptions(minimumScore, deadline, listener, rematchActive, bound, executor);
  }

  /** A copy without a representation bound. */
  public MatchingOptions withoutRepresentation() {
    return new MatchingOptions(minimumScore, deadline, listener, rematchActive, null, executor);
  }

  /** The representation bound, if one is set (none by default). */
  public Optional<RepresentationBound> representationBound() {
    return Optional.ofNullable(representation);
  }

  /** No minimum score, no deadline, no progress reports. */
  public static MatchingOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the {@linkplain dev.reverso.core.Program#active() active pairs} are re-paired like everyone
   * else instead of kept (default false: every strategy keeps them). Pinned pairs are kept either way.
   */
  public boolean rematchActive() {
    return rematchActive;
  }

  /** A copy that re-pairs the active pairs ({@code true}) or keeps them ({@code false}, the default). */
  public MatchingOptions withRematchActive(boolean rematchActive) {
    return carry(new MatchingOptions(minimumScore, deadline, listener, rematchActive));
  }

  /** The lowest score a pair may have to be made, in [0, 1]; 0 means every allowed pair qualifies. */
  public double minimumScore() {
    return minimumScore;
  }

  /** When the match must have finished, if there is a deadline. */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Who hears about progress; {@link ProgressListener#NONE} by default. */
  public ProgressListener progressListener() {
    return listener;
  }

  /**
   * A copy with this minimum pair score: pairs scoring below it are never made, and a person whose every
   * allowed partner scores below it is reported as {@link UnmatchedReason#BELOW_MINIMUM_SCORE}.
   *
   * @throws dev.reverso.core.InvalidInputException located at {@code minimumScore} if it is not in [0, 1]
   */
  public MatchingOptions withMinimumScore(double minimumScore) {
    if (!(minimumScore >= 0 && minimumScore <= 1)) {
      throw dev.reverso.core.InvalidInputException.of("minimumScore", "expected a minimum score in [0, 1], found "
          + minimumScore);
    }
    return carry(new MatchingOptions(minimumScore, deadline, listener, rematchActive));
  }

  /** A copy with this deadline. */
  public MatchingOptions withDeadline(Instant deadline) {
    return carry(new MatchingOptions(minimumScore, requireNonNull(deadline, "deadline"), listener, rematchActive));
  }

  /** A copy without a deadline. */
  public MatchingOptions withoutDeadline() {
    return carry(new MatchingOptions(minimumScore, null, listener, rematchActive));
  }

  /** A copy with this progress listener. */
  public MatchingOptions withProgressListener(ProgressListener listener) {
    return carry(new MatchingOptions(minimumScore, deadline, requireNonNull(listener, "listener"), rematchActive));
  }

  /**
   * Stops the match if it should stop: cheap enough to call between rows (a flag read and a clock read).
   *
   * @throws MatchingInterruptedException if the current thread's interrupt flag is set (it stays set)
   * @throws DeadlineExceededException if the deadline has passed
   */
  public void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new MatchingInterruptedException("matching was interrupted; nothing was matched (the thread's "
          + "interrupt flag is still set)");
    }
    if (deadlineMillis != Long.MAX_VALUE) {
      long now = System.currentTimeMillis();
      if (now > deadlineMillis) {
        String late = deadlineMillis == Long.MIN_VALUE ? "" : " by " + (now - deadlineMillis) + " ms";
        throw new DeadlineExceededException(deadline, "matching passed its deadline " + deadline + late
            + "; allow more time, lower the optimal strategy's candidate list size or use a faster strategy");
      }
    }
  }

  /**
   * Reports progress to the listener, then calls {@link #checkpoint()}.
   *
   * @param phase the phase, such as {@link ProgressListener#SCORING}
   * @param fraction the share of the phase done; clamped to [0, 1]
   */
  public void progress(String phase, double fraction) {
    if (listener != ProgressListener.NONE) {
      listener.progress(phase, fraction >= 1 ? 1 : fraction > 0 ? fraction : 0);
    }
    checkpoint();
  }

  /**
   * The result without its new pairs scoring below {@link #minimumScore()} (active and pinned pairs stay); anyone left without a pair by the
   * removal is reported as {@link UnmatchedReason#BELOW_MINIMUM_SCORE}. Used by the default
   * {@link dev.reverso.matching.spi.MatchingStrategy#match(dev.reverso.matching.spi.MatchingProblem, MatchingOptions)} for
   * strategies that do not handle the minimum themselves. Returns the same result when nothing is removed.
   */
  public MatchResult applyMinimumScore(MatchResult result) {
    requireNonNull(result, "result");
    ImmutableList<Pairing> pairs = result.pairs();
    java.util.function.Predicate<Pairing> keep = p -> p.score() >= minimumScore || p.active() || p.pinned();
    if (pairs.stream().allMatch(keep)) {
      return result;
    }
    MatchResult.Builder b = MatchResult.builder(result.strategy()).solverPath(result.solverPath());
    Set<ParticipantId> keptMentors = new HashSet<>();
    Set<ParticipantId> keptMentees = new HashSet<>();
    Map<ParticipantId, Role> dropped = new LinkedHashMap<>();
    for (Pairing p : pairs) {
      if (keep.test(p)) {
        b.pair(p);
        keptMentors.add(p.mentorId());
        keptMentees.add(p.menteeId());
      }
    }
    for (Pairing p : pairs) {
      if (!keep.test(p)) {
        if (!keptMentors.contains(p.mentorId())) {
          dropped.put(p.mentorId(), Role.MENTOR);
        }
        if (!keptMentees.contains(p.menteeId())) {
          dropped.put(p.menteeId(), Role.MENTEE);
        }
      }
    }
    result.unmatched().forEach(b::unmatched);
    result.warnings().forEach(b::warning);
    String detail = "every pair the strategy chose for them scored below the minimum " + format(minimumScore);
    dropped.forEach((id, role) -> b.unmatched(id, role, UnmatchedReason.BELOW_MINIMUM_SCORE, detail));
    return b.build();
  }

  private static String format(double x) {
    return String.format(java.util.Locale.ROOT, "%.4f", x);
  }

  /** Minimum score and deadline; the listener only by presence. */
  @Override
  public String toString() {
    return "MatchingOptions[minimumScore=" + format(minimumScore) + ", deadline=" + deadline
        + ", progressListener=" + (listener == ProgressListener.NONE ? "none" : "set")
        + (rematchActive ? ", rematchActive=true" : "") + (executor == null ? "" : ", executor=set")
        + (representation == null ? "" : ", representation=" + representation.dimension().name()) + "]";
  }
}
