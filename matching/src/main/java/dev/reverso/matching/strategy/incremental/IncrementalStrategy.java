package dev.reverso.matching.strategy.incremental;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.internal.CapacitatedAssignment;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.internal.Results;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.Arrays;
import java.util.List;

/**
 * {@code incremental}: keeps every pair of {@link Program#active()} exactly as it is and matches only the
 * capacity left over, with the machinery of {@code optimal} (maximum total score of the new pairs).
 *
 * <p>Each active pair uses one unit of its mentor's and its mentee's capacity; the new pairs use what
 * remains, and never repeat an active pair. Active pairs are kept even if a constraint would now forbid them
 * or they score below the minimum: the programme is already running them, and this strategy never breaks
 * a relationship (they are reported like any other pair, with their explanation). New pairs obey every
 * constraint and the minimum. {@link MatchResult#solverPath()} says how many pairs were kept and that none
 * changed, then which solver ran, e.g. {@code incremental(kept 12 active pairs, changed 0)+dense}.
 *
 * <p>Cost and stopping as {@link OptimalStrategy}, plus O(active pairs). Immutable, stateless and
 * thread-safe. Registered as {@code incremental} with {@link OptimalStrategy.Path#AUTO}.
 */
public final class IncrementalStrategy implements MatchingStrategy {
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
  public MatchResult match(MatchingProblem problem) {
    return match(problem, MatchingOptions.defaults());
  }

  @Override
  public MatchResult match(MatchingProblem problem, MatchingOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    options.checkpoint();
    int n = problem.menteeCount();
    int[] mentorCapacity = problem.mentorCapacities();
    int[] menteeCapacity = problem.menteeCapacities();
    int[] freeMentor = mentorCapacity.clone();
    int[] freeMentee = menteeCapacity.clone();
    List<MentoringPair> active = problem.program().active();
    int[] lockedMentor = new int[active.size()];
    int[] lockedMentee = new int[active.size()];
    int[][] lockedOf = new int[n][];
    int locked = 0;
    for (MentoringPair p : active) {
      int i = problem.mentorIndex(p.mentorId());
      int j = problem.menteeIndex(p.menteeId());
      // Program validation guarantees both roles and the capacities; skip defensively otherwise.
      if (i < 0 || j < 0 || freeMentor[i] == 0 || freeMentee[j] == 0) {
        continue;
      }
      lockedMentor[locked] = i;
      lockedMentee[locked++] = j;
      freeMentor[i]--;
      freeMentee[j]--;
      int[] list = lockedOf[j];
      lockedOf[j] = list == null ? new int[] {i} : append(list, i);
    }
    PairFilter fresh = (i, j) -> {
      int[] list = lockedOf[j];
      if (list != null) {
        for (int x : list) {
          if (x == i) {
            return false;
          }
        }
      }
      return true;
    };
    boolean sparse = path == OptimalStrategy.Path.SPARSE || (path == OptimalStrategy.Path.AUTO
        && (long) n * problem.mentorCount() > OptimalStrategy.DENSE_LIMIT_CELLS);
    CapacitatedAssignment.Solution s = sparse
        ? CapacitatedAssignment.sparse(problem, options, freeMentor, freeMentee, fresh, candidates)
        : CapacitatedAssignment.dense(problem, options, freeMentor, freeMentee, fresh);
    int total = locked + s.count;
    int[] pairMentor = Arrays.copyOf(lockedMentor, total);
    int[] pairMentee = Arrays.copyOf(lockedMentee, total);
    System.arraycopy(s.mentor, 0, pairMentor, locked, s.count);
    System.arraycopy(s.mentee, 0, pairMentee, locked, s.count);
    String solverPath = "incremental(kept " + locked + " active pair" + (locked == 1 ? "" : "s") + ", changed 0)+"
        + s.solverPath;
    return Results.assemble(NAME, solverPath, problem, options, pairMentor, pairMentee, total, mentorCapacity,
        menteeCapacity, Results.admissible(problem, options, fresh));
  }

  private static int[] append(int[] list, int x) {
    int[] out = Arrays.copyOf(list, list.length + 1);
    out[list.length] = x;
    return out;
  }

  @Override
  public String toString() {
    return "IncrementalStrategy[" + path.name().toLowerCase(java.util.Locale.ROOT) + ", k=" + candidates + "]";
  }
}
