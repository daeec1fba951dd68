package dev.reverso.matching.strategy.optimal;

import static java.util.Objects.requireNonNull;

import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.template.AbstractMatchingStrategy;
import dev.reverso.matching.spi.template.Decision;
import dev.reverso.matching.spi.template.MatchingRound;
import dev.reverso.matching.internal.CapacitatedAssignment;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.internal.RepresentationSelection;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.RepresentationBound;

/**
 * {@code optimal}: the pairs of maximum total score, within every mentor's and mentee's capacity, among
 * the pairs every constraint allows and that score at least the minimum; anyone may stay unmatched.
 *
 * <p><b>Model.</b> Rows are mentee slots (a mentee of capacity c gives c rows), columns are mentors with
 * their capacities; a mentee never gets the same mentor twice (if the slot reduction would do that, the
 * problem is re-solved exactly as a minimum-cost flow, and {@link MatchResult#solverPath()} ends in
 * {@code +flow}). A pair of score 0 adds nothing and is not made.
 *
 * <p><b>Paths.</b> {@link Path#AUTO} uses the dense path while mentees × mentors is at most
 * {@value #DENSE_LIMIT_CELLS} cells, the sparse path above:
 * <ul>
 *   <li>{@code dense}: every admissible score in one flat {@code float} table (4 bytes a cell: 100 MB for
 *       5 000 × 5 000) and {@link dev.reverso.matching.solver.LinearAssignment} (shortest augmenting paths,
 *       Jonker &amp; Volgenant 1987; Crouse 2016). Exactly optimal for the scores rounded to {@code float}
 *       (7 significant digits), so within about 1e-7 of the optimum per pair.
 *   <li>{@code sparse(k=K)}: each mentee's best K admissible mentors (default
 *       {@value #DEFAULT_CANDIDATES}), plus the pairs of a maximum-cardinality matching of the whole
 *       admissible graph that the lists miss (solver path {@code sparse(k=K)+widened(P)} when P pairs are
 *       added), and {@link dev.reverso.matching.solver.SparseAssignment}; optimal within those lists, memory
 *       O(mentees × K). Because the lists then hold a maximum matching, lists that all name the same few
 *       mentors (ties, identical people) cannot shrink the matching: when all admissible pairs score the
 *       same, the sparse path makes as many pairs as the dense one (the maximum). <b>Bound:</b> the total is
 *       at least the dense optimum minus the scores of the dense optimum's pairs whose mentor is not among
 *       the mentee's K best, each of which is at most that mentee's K-th best score (the dense optimum
 *       restricted to the lists is a feasible matching of the sparse problem). Tested against the dense
 *       path on tie-heavy programmes.
 * </ul>
 * Time: O(slots² × mentors) worst case on the dense path, in practice dominated by scoring the
 * mentees × mentors pairs. Stops at the deadline or on interruption between blocks of rows while scoring
 * and before each augmentation of the solver (after its O(rows × columns) initialisation).
 *
 * <p><b>Representation.</b> With a {@linkplain MatchingOptions#representation(dev.reverso.matching.result.MentorGroups,
 * java.util.Map) representation bound} the dense path chooses the maximum-score pairs among those that give
 * each group its minimum of matched mentors (exact, a minimum-cost flow with one node per group; solver path
 * {@code dense+representation(DIM)}, or {@code dense+representation(DIM)-met} when the unconstrained optimum
 * already met it), and the result's warnings say who changed and the cost in total score. The sparse path
 * refuses a bound with an {@link InvalidInputException} (a programme above {@value #DENSE_LIMIT_CELLS} cells
 * needs {@link Path#DENSE} for it).
 *
 * <p>Immutable, stateless and thread-safe. Registered as {@code optimal} with {@link Path#AUTO} and
 * {@value #DEFAULT_CANDIDATES} candidates.
 */
public final class OptimalStrategy extends AbstractMatchingStrategy {
  /** The registered name. */
  public static final String NAME = "optimal";
  /** The largest mentees × mentors for which {@link Path#AUTO} takes the dense path. */
  public static final long DENSE_LIMIT_CELLS = 25_000_000L;
  /** Candidate mentors per mentee on the sparse path, unless told otherwise. */
  public static final int DEFAULT_CANDIDATES = 50;

  /** Which solver to use. */
  public enum Path {
    /** Dense up to {@link #DENSE_LIMIT_CELLS} cells, sparse above. */
    AUTO,
    /** Always the dense table, whatever the size. */
    DENSE,
    /** Always candidate lists and the sparse solver. */
    SPARSE
  }

  private final Path path;
  private final int candidates;

  /** {@link Path#AUTO} with {@value #DEFAULT_CANDIDATES} candidates: the registered configuration. */
  public OptimalStrategy() {
    this(Path.AUTO, DEFAULT_CANDIDATES);
  }

  /**
   * A configured strategy.
   *
   * @param path which solver to use
   * @param candidates candidate mentors per mentee on the sparse path, at least 1
   * @throws IllegalArgumentException if {@code candidates < 1}
   */
  public OptimalStrategy(Path path, int candidates) {
    this.path = requireNonNull(path, "path");
    if (candidates < 1) {
      throw new IllegalArgumentException("expected at least 1 candidate per mentee, found " + candidates);
    }
    this.candidates = candidates;
  }

  /** Always the sparse path with {@code candidates} mentors per mentee. */
  public static OptimalStrategy sparse(int candidates) {
    return new OptimalStrategy(Path.SPARSE, candidates);
  }

  /** The configured path. */
  public Path path() {
    return path;
  }

  /** Candidate mentors per mentee on the sparse path. */
  public int candidates() {
    return candidates;
  }

  /** Whether a problem of this size takes the sparse path. */
  public boolean usesSparse(MatchingProblem problem) {
    return path == Path.SPARSE
        || (path == Path.AUTO && (long) problem.menteeCount() * problem.mentorCount() > DENSE_LIMIT_CELLS);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "maximum total score within capacities (exact assignment; dense up to 25 million pairs, top-"
        + candidates + " candidate lists above)";
  }

  @Override
  protected Decision decide(MatchingRound round) {
    return decide(round, usesSparse(round.problem()), candidates);
  }

  /** The maximum-score new pairs of a round, on the dense or the sparse path; shared with {@code incremental}. */
  public static Decision decide(MatchingRound round, boolean sparse, int candidates) {
    MatchingProblem problem = round.problem();
    MatchingOptions options = round.options();
    int[] mentorCapacity = round.mentorCapacities();
    int[] menteeCapacity = round.menteeCapacities();
    PairFilter open = round.restricts() ? round::isOpen : PairFilter.ALL;
    if (options.representationBound().isPresent()) {
      return withBound(round, sparse, open);
    }
    CapacitatedAssignment.Solution s = sparse
        ? CapacitatedAssignment.sparse(problem, options, mentorCapacity, menteeCapacity, open, candidates)
        : CapacitatedAssignment.dense(problem, options, mentorCapacity, menteeCapacity, open);
    return Decision.of(s.solverPath, s.mentor, s.mentee, s.count);
  }

  /** The dense choice under the options' representation bound; the sparse path refuses it. */
  private static Decision withBound(MatchingRound round, boolean sparse, PairFilter open) {
    MatchingProblem problem = round.problem();
    MatchingOptions options = round.options();
    RepresentationBound bound = options.representationBound().orElseThrow();
    if (sparse) {
      throw InvalidInputException.of("options.representation", "expected the dense path for a representation "
          + "bound (" + bound.dimension().name() + "), but this programme of " + problem.menteeCount() + " mentees × "
          + problem.mentorCount() + " mentors takes the sparse path; use OptimalStrategy.Path.DENSE or drop the bound");
    }
    int[] keptMentors = new int[round.keptCount()];
    for (int k = 0; k < keptMentors.length; k++) {
      keptMentors[k] = round.keptMentor(k);
    }
    RepresentationSelection.Outcome o = RepresentationSelection.choose(problem, options, bound,
        round.mentorCapacities(), round.menteeCapacities(), open, keptMentors, keptMentors.length);
    CapacitatedAssignment.Solution s = o.solution;
    return Decision.of(s.solverPath, s.mentor, s.mentee, s.count).withWarnings(o.warnings);
  }

  /** Path and candidates. */
  @Override
  public String toString() {
    return "OptimalStrategy[" + path.name().toLowerCase(java.util.Locale.ROOT) + ", k=" + candidates + "]";
  }
}
