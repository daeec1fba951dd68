package dev.reverso.matching.strategy.incremental;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;

/**
 * {@code incremental}: keeps every pair of {@link Program#active()} exactly as it is and matches only the
 * capacity left over, with the machinery of {@code optimal} (maximum total score of the new pairs).
 *
 * <p>Since every strategy built on {@link AbstractMatchingStrategy} keeps the active pairs, this is
 * {@code optimal} with one difference: it keeps them even when
 * {@link dev.reverso.matching.result.MatchingOptions#rematchActive()} asks to re-pair them, since it never breaks a
 * relationship. Each active pair uses one unit of its mentor's and its mentee's capacity; the new pairs use
 * what remains, and never repeat an active pair. Active pairs are kept even if a constraint would now forbid
 * them (with a warning) or they score below the minimum. New pairs obey every constraint and the minimum.
 * {@link MatchResult#solverPath()} says how many pairs were kept and that none changed, then which solver
 * ran, e.g. {@code kept(12 active, 0 pinned)+incremental(kept 12 active pairs, changed 0)+dense}.
 *
 * <p>Cost and stopping as {@link OptimalStrategy}, plus O(active pairs). Immutable, stateless and
 * thread-safe. Registered as {@code incremental} with {@link OptimalStrategy.Path#AUTO}.
 */
public final class IncrementalStrategy extends AbstractMatchingStrategy {
  /** The registered name. */
  public static final String NAME = "incremental";

  private final OptimalStrategy.Path path;
  private final int candidates;

  /** Dense or sparse by size, {@value OptimalStrategy#DEFAULT_CANDIDATES} candidates: the registered configuration. */
  public IncrementalStrategy() {
    this(OptimalStrategy.Path.AUTO, OptimalStrategy.DEFAULT_CANDIDATES);
  }

  /**
   * A configured strategy.
   *
   * @param path which solver matches the free capacity
   * @param candidates candidate mentors per mentee on the sparse path, at least 1
   * @throws IllegalArgumentException if {@code candidates < 1}
   */
  public IncrementalStrategy(OptimalStrategy.Path path, int candidates) {
    this.path = requireNonNull(path, "path");
    if (candidates < 1) {
      throw new IllegalArgumentException("expected at least 1 candidate per mentee, found " + candidates);
    }
    this.candidates = candidates;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "keeps the active pairs and matches only the free capacity for the highest total";
  }

  @Override
  protected boolean keepsActivePairsAlways() {
    return true;
  }

  @Override
  protected Decision decide(MatchingRound round) {
    boolean sparse = path == OptimalStrategy.Path.SPARSE || (path == OptimalStrategy.Path.AUTO
        && (long) round.problem().menteeCount() * round.problem().mentorCount() > OptimalStrategy.DENSE_LIMIT_CELLS);
    Decision d = OptimalStrategy.decide(round, sparse, candidates);
    int kept = round.keptActiveCount();
    // the template adds "kept(...)+" in front; this says that no active pair changed
    return Decision.builder("incremental(kept " + kept + " active pair" + (kept == 1 ? "" : "s") + ", changed 0)+"
        + d.solverPath()).pairs(d).build();
  }

  @Override
  public String toString() {
    return "IncrementalStrategy[" + path.name().toLowerCase(java.util.Locale.ROOT) + ", k=" + candidates + "]";
  }
}
