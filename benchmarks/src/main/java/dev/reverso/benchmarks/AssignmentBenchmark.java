package dev.reverso.benchmarks;

import com.google.ortools.graph.LinearSumAssignment;
import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.BenchmarkData.Shape;
import dev.reverso.benchmarks.peers.IntegerCosts;
import dev.reverso.benchmarks.peers.JGraphT;
import dev.reverso.benchmarks.peers.Optimum;
import dev.reverso.benchmarks.peers.OrTools;
import dev.reverso.matching.solver.LinearAssignment;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense square assignment: our {@link LinearAssignment} against OR-tools {@link LinearSumAssignment}
 * (arc building included, and solve only) and JGraphT's Kuhn–Munkres, on the same {@code n × n}
 * matrices built from {@link BenchmarkData#SEED}: uniform random scores and mentoring-shaped ones (default
 * model scores of a sample organisation with n mentors and n mentees, many ties, NaN where a constraint
 * forbids the pair). Every column has capacity 1 here, so that every peer solves the same problem;
 * capacities are measured in {@link CapacityBenchmark}. scipy times the same matrices outside the JVM
 * ({@code benchmarks/peers/scipy_lsa.py}, fed by {@link dev.reverso.benchmarks.peers.ScipyExport}).
 *
 * <p>OR-tools works on integer costs: scores are scaled by {@link IntegerCosts#SCALE} (10⁶) and rounded,
 * so its optimum may fall short of ours by up to {@code n / 10⁶} in true score. Before a peer is timed,
 * {@code @Setup} solves once with it and with us and throws if the two optima differ by more than that
 * tolerance ({@code n · 1e-9} for JGraphT, which works in doubles).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AssignmentBenchmark -rf json -rff assignment.json}
 * (add {@code -p n=1000} to pick one size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class AssignmentBenchmark {

  /** Who solves the dense problem. */
  public enum Solver {
    /** {@link LinearAssignment#maximize(double[][], int[])}. */
    REVERSO,
    /** OR-tools: n² {@code addArcWithCost} calls, then {@code solve()} and reading the mates. */
    ORTOOLS_WITH_ARCS,
    /** OR-tools: {@code solve()} and reading the mates only; the arcs are added before each call, untimed. */
    ORTOOLS_SOLVE_ONLY
  }

  /** One matrix and one solver; the matrix and the optimum check are built once per trial. */
  @State(Scope.Benchmark)
  public static class Dense {
    @Param({"UNIFORM", "MENTORING"})
    public Shape shape;

    @Param({"500", "1000", "2000"})
    public int n;

    @Param
    public Solver solver;

    double[][] scores;
    int[] capacity;
    LinearSumAssignment prebuilt;

    @Setup(Level.Trial)
    public void setUp() {
      scores = shape.scores(n, BenchmarkData.SEED);
      capacity = Optimum.ones(n);
      if (solver != Solver.REVERSO) {
        OrTools.load();
        int[] ours = LinearAssignment.maximize(scores, capacity);
        Optimum.check("OR-tools LinearSumAssignment", scores, capacity, ours, OrTools.assign(scores),
            IntegerCosts.tolerance(n));
      }
    }

    @Setup(Level.Invocation)
    public void buildArcs() {
      if (solver == Solver.ORTOOLS_SOLVE_ONLY) {
        prebuilt = OrTools.assignment(scores);
      }
    }

    @TearDown(Level.Invocation)
    public void freeArcs() {
      if (prebuilt != null) {
        // Only reached if solve() was not called; solve() frees the native problem itself.
        prebuilt.delete();
        prebuilt = null;
      }
    }
  }

  @Benchmark
  public int[] assign(Dense d) {
    switch (d.solver) {
      case REVERSO:
        return LinearAssignment.maximize(d.scores, d.capacity);
      case ORTOOLS_WITH_ARCS:
        return OrTools.assign(d.scores);
      case ORTOOLS_SOLVE_ONLY:
        LinearSumAssignment lsa = d.prebuilt;
        d.prebuilt = null;
        return OrTools.solve(lsa);
      default:
        throw new AssertionError(d.solver);
    }
  }

  /**
   * JGraphT's O(n³) Hungarian method, only up to n = 1000 (it takes minutes beyond). The graph (n² edges
   * in JGraphT's hash-based graph) is built once per trial, untimed; the matching is timed.
   */
  @State(Scope.Benchmark)
  public static class Jgrapht {
    @Param({"UNIFORM", "MENTORING"})
    public Shape shape;

    @Param({"500", "1000"})
    public int n;

    JGraphT.Problem problem;

    @Setup(Level.Trial)
    public void setUp() {
      double[][] scores = shape.scores(n, BenchmarkData.SEED);
      int[] capacity = Optimum.ones(n);
      problem = JGraphT.problem(scores);
      int[] ours = LinearAssignment.maximize(scores, capacity);
      Optimum.check("JGraphT Kuhn-Munkres", scores, capacity, ours, JGraphT.solve(problem),
          n * Optimum.DOUBLE_TOLERANCE_PER_PAIR);
    }
  }

  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
  public int[] jgraphtKuhnMunkres(Jgrapht j) {
    return JGraphT.solve(j.problem);
  }
}
