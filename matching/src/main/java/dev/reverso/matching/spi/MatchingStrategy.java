package dev.reverso.matching.spi;

import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.UnmatchedReason;

/**
 * A way of choosing pairs for a {@link MatchingProblem}: the extension point behind
 * {@code Matcher.builder().strategy("optimal")}.
 *
 * <p><b>Contract.</b> An implementation is <em>stateless and thread-safe</em>: one instance is shared by
 * every thread and every call, so it keeps no per-call state in fields (settings given to its
 * constructor, such as which side proposes, are fine as long as they are immutable). A result must:
 * <ul>
 *   <li>respect capacities: a mentor in at most {@link MatchingProblem#mentorCapacity(int)} pairs and a
 *       mentee in at most {@link MatchingProblem#menteeCapacity(int)}, never the same pair twice;
 *   <li>respect constraints: only pairs that {@link MatchingProblem#allowed(int, int)} accepts (a strategy
 *       that keeps pre-existing pairs, such as {@code incremental}, says so in its documentation);
 *   <li>account for everybody: every mentor and mentee is either in a pair or in
 *       {@link MatchResult#unmatched()} with an {@link UnmatchedReason};
 *   <li>be deterministic: the same problem gives an {@linkplain Object#equals(Object) equal} result on every
 *       call and thread (break ties by index, never by hash order or timing).
 * </ul>
 *
 * <p><b>Writing one.</b> Implement {@link #name()} (lower-case, unique) and {@link #match(MatchingProblem)};
 * build the result with {@code MatchResult.builder(name()).pair(problem.pairing(mentor, mentee))...}. The solvers
 * in {@code dev.reverso.matching.solver} work on primitive arrays and can be reused. To honour the
 * {@link MatchingOptions} of a {@code Matcher} (minimum score, deadline, progress), override
 * {@link #match(MatchingProblem, MatchingOptions)} too and call {@link MatchingOptions#checkpoint()} at
 * safe points. Then either pass an instance to {@code Matcher.builder().strategy(new MyStrategy())}, or
 * register the class (it needs a public no-argument constructor) in
 * {@code META-INF/services/dev.reverso.matching.spi.MatchingStrategy} and ask for it by name: the built-in
 * strategies are registered exactly that way.
 *
 * <pre>{@code
 * public final class RoundRobinStrategy implements MatchingStrategy {
 *   public String name() { return "round-robin"; }
 *   public MatchResult match(MatchingProblem problem) { ... }
 * }
 * }</pre>
 */
public interface MatchingStrategy {

  /**
   * The name the strategy is found by, such as {@code optimal}: non-blank, compared case-insensitively,
   * and recorded as {@link MatchResult#strategy()}.
   */
  String name();

  /** One sentence on what the strategy optimises, for listings such as {@code reverso strategies}. */
  default String description() {
    return "";
  }

  /**
   * Matches with default options: no minimum score, no deadline, no progress reports.
   *
   * @param problem the encoded programme
   * @return the pairs and everyone left unmatched, with reasons
   */
  MatchResult match(MatchingProblem problem);

  /**
   * Matches with options. The built-in strategies honour every option natively. This default, meant for
   * strategies that only implement {@link #match(MatchingProblem)}, checks the deadline and interruption
   * before and after the call, then drops every pair scoring below {@link MatchingOptions#minimumScore()};
   * a person who loses all their pairs that way is reported as {@link UnmatchedReason#BELOW_MINIMUM_SCORE}.
   *
   * @param problem the encoded programme
   * @param options minimum score, deadline and progress listener
   * @return the pairs and everyone left unmatched, with reasons
   * @throws dev.reverso.matching.result.DeadlineExceededException if the deadline passes
   * @throws dev.reverso.matching.result.MatchingInterruptedException if the calling thread is interrupted
   */
  default MatchResult match(MatchingProblem problem, MatchingOptions options) {
    options.checkpoint();
    MatchResult result = match(problem);
    options.checkpoint();
    return options.applyMinimumScore(result);
  }

}
