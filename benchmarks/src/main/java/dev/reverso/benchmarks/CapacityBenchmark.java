package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.BenchmarkData.Shape;
import dev.reverso.benchmarks.peers.IntegerCosts;
import dev.reverso.benchmarks.peers.Optimum;
import dev.reverso.benchmarks.peers.OrTools;
import dev.reverso.matching.solver.LinearAssignment;
import java.util.Arrays;
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
 * Assignment with column capacities: {@value #MENTEES} mentees (rows) × {@value #MENTORS} mentors
 * (columns) of capacity {@value #CAPACITY} each, so capacity and demand are equal. Our
 * {@link LinearAssignment#maximize(double[][], int[])} against OR-tools' min-cost flow
 * ({@link OrTools#flow}: source → mentee → mentor → sink plus a bypass arc, integer costs scaled by
 * {@link IntegerCosts#SCALE}), with the network built inside the timed call and, separately, before it.
 * Uniform random scores and mentoring-shaped ones (default model on a sample organisation with that
 * cohort, every mentor's capacity set to {@value #CAPACITY}). {@code @Setup} checks that OR-tools reaches
 * our optimum within {@code mentees / 10⁶} before timing it.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CapacityBenchmark -rf json -rff capacity.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class CapacityBenchmark {
  static final int MENTEES = 1000;
  static final int MENTORS = 200;
  static final int CAPACITY = 5;

  /** Who solves the capacitated problem. */
  public enum Solver {
    /** {@link LinearAssignment#maximize(double[][], int[])} with the capacities. */
    REVERSO,
    /** OR-tools {@code MinCostFlow}: building the network, solving, reading the flows. */
    ORTOOLS_MIN_COST_FLOW,
    /** OR-tools {@code MinCostFlow}: solving and reading the flows; the network is built untimed. */
    ORTOOLS_MIN_COST_FLOW_SOLVE_ONLY
  }

  /** The matrix, the capacities and the solver. */
  @State(Scope.Benchmark)
  public static class Problem {
    @Param({"UNIFORM", "MENTORING"})
    public Shape shape;

    @Param
    public Solver solver;

    double[][] scores;
    int[] capacity;
    OrTools.Flow prebuilt;

    @Setup(Level.Trial)
    public void setUp() {
      scores = shape == Shape.UNIFORM
          ? BenchmarkData.uniform(MENTEES, MENTORS, BenchmarkData.SEED)
          : BenchmarkData.mentoring(MENTEES, MENTORS, BenchmarkData.SEED);
      capacity = new int[MENTORS];
      Arrays.fill(capacity, CAPACITY);
      if (solver != Solver.REVERSO) {
        OrTools.load();
        int[] ours = LinearAssignment.maximize(scores, capacity);
        Optimum.check("OR-tools MinCostFlow", scores, capacity, ours, OrTools.match(scores, capacity),
            IntegerCosts.tolerance(MENTEES));
      }
    }

    @Setup(Level.Invocation)
    public void buildNetwork() {
      if (solver == Solver.ORTOOLS_MIN_COST_FLOW_SOLVE_ONLY) {
        prebuilt = OrTools.flow(scores, capacity);
      }
    }

    @TearDown(Level.Invocation)
    public void forget() {
      // solve() frees the native network; a network left unsolved is freed by OR-tools' finalizer.
      prebuilt = null;
    }
  }

  @Benchmark
  public int[] match(Problem p) {
    switch (p.solver) {
      case REVERSO:
        return LinearAssignment.maximize(p.scores, p.capacity);
      case ORTOOLS_MIN_COST_FLOW:
        return OrTools.match(p.scores, p.capacity);
      case ORTOOLS_MIN_COST_FLOW_SOLVE_ONLY:
        return OrTools.solve(p.prebuilt);
      default:
        throw new AssertionError(p.solver);
    }
  }
}
