package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.Candidates;
import dev.reverso.benchmarks.peers.OrTools;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.internal.CandidateTable;
import dev.reverso.matching.internal.PairFilter;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.solver.SparseAssignment;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import dev.reverso.matching.MatchingProblems;

/**
 * The sparse path for large programmes, on a sample organisation with n mentors and n mentees (n = 20 000
 * by default: 400 million pairs, far too many for a dense matrix), in a JVM limited to 2 GiB of heap
 * (DESIGN §6: ≤ 30 s and ≤ 2 GiB for 20 000 × 20 000). Timed separately: building the top-k
 * {@link CandidateLists} (every pair checked and scored once, in parallel), {@link SparseAssignment} on
 * those lists, and both in a row ({@code candidatesThenAssignment}, the sparse optimal pipeline at the
 * solver level), and the user's {@code Matcher} with {@code optimal}, which takes the sparse path by
 * itself at this size ({@code matcherOptimal}: encoding, candidates, solver, result with explanations).
 * Run it with {@code -prof dev.reverso.benchmarks.HeapProfiler} to record the heap.
 *
 * <p>{@code n} = 100 000 (10 billion pairs; DESIGN §6: ≤ 60 s and ≤ 4 GiB for the library call) needs a
 * 4 GiB heap and minutes per call: run it on its own with {@code -p n=100000 -jvmArgsAppend "-Xms4g -Xmx4g"}.
 * {@code orToolsMinCostFlow} is the solve-stage peer: OR-tools' min-cost flow on the same candidate graph
 * as {@code sparseAssignment}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SparseBenchmark -jvmArgsAppend -Xmx2g
 * -prof dev.reverso.benchmarks.HeapProfiler -rf json -rff sparse.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SparseBenchmark {

  /** The programme, encoded once per trial. */
  @State(Scope.Benchmark)
  public static class Programme {
    @Param({"20000", "100000"})
    public int n;

    @Param({"50"})
    public int k;

    Program program;
    MatchingProblem problem;
    int[] mentorCapacity;
    int[] menteeCapacity;

    @Setup(Level.Trial)
    public void setUp() {
      program = BenchmarkData.organisation(n, n, BenchmarkData.SEED);
      problem = MatchingProblems.of(program);
      mentorCapacity = problem.mentorCapacities();
      menteeCapacity = problem.menteeCapacities();
    }
  }

  /** Checks, before {@code matcherOptimal} is timed, that {@code optimal} takes its sparse path here. */
  @State(Scope.Benchmark)
  public static class SparsePath {
    @Setup(Level.Trial)
    public void setUp(Programme p) {
      if (!new OptimalStrategy().usesSparse(p.problem)) {
        throw new IllegalStateException("optimal would take its dense path for " + p.n + " x " + p.n
            + "; matcherOptimal would not time the sparse path");
      }
    }
  }

  /**
   * The candidate lists of the programme, for timing the sparse solver alone (from the library's candidate
   * stage, which gives the same lists as full scoring in a fraction of the time at 100 000).
   */
  @State(Scope.Benchmark)
  public static class Lists {
    Candidates candidates;

    @Setup(Level.Trial)
    public void setUp(Programme p) {
      candidates = Candidates.of(CandidateTable.of(p.problem, MatchingOptions.defaults(), PairFilter.ALL,
          p.menteeCapacity, p.k));
    }
  }

  /**
   * The user's call: {@code optimal} takes its sparse path on its own above 25 million pairs, with its
   * default of 50 candidates per mentee (the {@code k} parameter does not apply here).
   */
  @Benchmark
  public MatchResult matcherOptimal(Programme p, SparsePath checked) {
    return Matcher.builder().strategy("optimal").build().match(p.program);
  }

  /**
   * The candidate stage as {@code optimal} runs it ({@link CandidateTable}): the exact threshold search, or
   * the bounded scan when a probe shows that the search does not pay on this programme (it does not on the
   * sample organisation). Compare with {@link #candidateLists}, full scoring of every pair in rows; both
   * give the same lists.
   */
  @Benchmark
  public CandidateTable candidateStage(Programme p) {
    return CandidateTable.of(p.problem, MatchingOptions.defaults(), PairFilter.ALL, p.menteeCapacity, p.k);
  }

  /** The candidate stage by full scoring: every pair checked and scored once. */
  @Benchmark
  public CandidateLists candidateLists(Programme p) {
    return CandidateLists.of(p.problem, p.k);
  }

  @Benchmark
  public int[] sparseAssignment(Programme p, Lists l) {
    Candidates c = l.candidates;
    return SparseAssignment.maximize(c.rowStart, c.columns, c.scores, p.mentorCapacity);
  }

  /**
   * The solve-stage peer: OR-tools' {@code MinCostFlow} (cost-scaling push-relabel, native code) on the same
   * candidate graph as {@link #sparseAssignment}, arcs built inside the timed call as our solver builds its
   * own arrays.
   */
  @Benchmark
  public int[] orToolsMinCostFlow(Programme p, Lists l, OrToolsLoaded loaded) {
    Candidates c = l.candidates;
    return OrTools.solve(OrTools.flow(c.rowStart, c.columns, c.scores, p.mentorCapacity));
  }

  /** Loads OR-tools' native libraries outside the timed calls. */
  @State(Scope.Benchmark)
  public static class OrToolsLoaded {
    @Setup(Level.Trial)
    public void setUp() {
      OrTools.load();
    }
  }

  @Benchmark
  public int[] candidatesThenAssignment(Programme p) {
    Candidates c = Candidates.of(CandidateLists.of(p.problem, p.k));
    return SparseAssignment.maximize(c.rowStart, c.columns, c.scores, p.mentorCapacity);
  }
}
