package dev.reverso.matching.spi.template;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;

/**
 * The shared template of every built-in strategy, open to plug-ins: it does the opening and the closing
 * of a match, so a strategy writes only its decision in {@link #decide(MatchingRound)}.
 *
 * <p><b>What the template does.</b>
 * <ol>
 *   <li>Checks the arguments, the deadline and interruption ({@link MatchingOptions#checkpoint()}).
 *   <li>Opens a {@link MatchingRound}: keeps every {@linkplain dev.reverso.core.Program#pinned() pinned}
 *       pair and every {@linkplain dev.reverso.core.Program#active() active} pair (unless
 *       {@link MatchingOptions#rematchActive()}), even one a hard rule now forbids (it is then flagged in
 *       {@link MatchResult#warnings()}); leaves out everyone who has withdrawn
 *       {@linkplain dev.reverso.core.Participant#consent() consent}; and hands the strategy what remains:
 *       {@link MatchingRound#mentorCapacities()}, {@link MatchingRound#menteeCapacities()} and
 *       {@link MatchingRound#isOpen(int, int)}.
 *   <li>Calls {@link #decide(MatchingRound)}, which returns the new pairs as a {@link Decision}.
 *   <li>Checks the decision (a pair outside the free capacity, a pair that is not open or made twice is a
 *       bug in the strategy: {@link IllegalStateException}) and assembles the {@link MatchResult}: kept
 *       pairs marked {@code active} / {@code pinned}, an explanation for every pair, a reason for everyone
 *       left unmatched ({@link dev.reverso.matching.result.UnmatchedReason#NO_CONSENT} for those without consent),
 *       progress reported and the deadline checked while doing so. The solver path is the decision's,
 *       prefixed by {@code kept(A active, P pinned)+} when pairs were kept and by
 *       {@code rematch-active(N active pairs not kept)+} when the active pairs were re-paired.
 * </ol>
 *
 * <p><b>What the decision must do.</b> Choose pairs within the free capacities, among open pairs that the
 * problem {@linkplain MatchingProblem#allowed(int, int) allows} and that score at least
 * {@link MatchingOptions#minimumScore()}; call {@link MatchingOptions#checkpoint()} at safe points; be
 * deterministic. A subclass is stateless and thread-safe like any {@link MatchingStrategy}.
 *
 * <pre>{@code
 * public final class FirstFitStrategy extends AbstractMatchingStrategy {
 *   public String name() { return "first-fit"; }
 *   protected Decision decide(MatchingRound round) {
 *     MatchingProblem problem = round.problem();
 *     int[] mentorLeft = round.mentorCapacities();
 *     int[] menteeLeft = round.menteeCapacities();
 *     Decision.Builder d = Decision.builder("first-fit");
 *     for (int j = 0; j < problem.menteeCount(); j++) {
 *       for (int i = 0; i < problem.mentorCount() && menteeLeft[j] > 0; i++) {
 *         if (mentorLeft[i] > 0 && round.isAdmissible(i, j)) {
 *           d.pair(i, j);
 *           mentorLeft[i]--;
 *           menteeLeft[j]--;
 *         }
 *       }
 *     }
 *     return d.build();
 *   }
 * }
 * }</pre>
 *
 * <p>A plug-in that implements {@link MatchingStrategy} directly still gets the same guarantees when it
 * runs through a {@code Matcher}: the matcher repairs its result afterwards (see
 * {@link MatchingRound#enforce(MatchResult)}).
 */
public abstract class AbstractMatchingStrategy implements MatchingStrategy {

  /** For subclasses. */
  protected AbstractMatchingStrategy() {}

  /** Matches with {@link MatchingOptions#defaults()}. */
  @Override
  public final MatchResult match(MatchingProblem problem) {
    return match(problem, MatchingOptions.defaults());
  }

  /**
   * Opens the round, asks {@link #decide(MatchingRound)} for the new pairs and assembles the result.
   *
   * @throws dev.reverso.matching.result.DeadlineExceededException if the deadline passes
   * @throws dev.reverso.matching.result.MatchingInterruptedException if the calling thread is interrupted
   * @throws IllegalStateException if the decision breaks the round's rules (a bug in the strategy)
   */
  @Override
  public final MatchResult match(MatchingProblem problem, MatchingOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    options.checkpoint();
    MatchingRound round = MatchingRound.open(problem, options, keepsActivePairsAlways());
    Decision decision = requireNonNull(decide(round), "decision");
    return round.close(name(), decision);
  }

  /**
   * The strategy's decision: the new pairs, within the round's free capacities and open pairs.
   *
   * @param round the problem, the options and what is left to decide
   * @return the new pairs (without the kept ones)
   */
  protected abstract Decision decide(MatchingRound round);

  /**
   * Whether this strategy keeps the active pairs even when {@link MatchingOptions#rematchActive()} asks
   * to re-pair them; false unless overridden ({@code incremental} overrides it: it never breaks a pair).
   */
  protected boolean keepsActivePairsAlways() {
    return false;
  }
}
