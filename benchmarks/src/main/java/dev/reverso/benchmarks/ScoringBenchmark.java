package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.matching.internal.CompatibilityMatrix;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import dev.reverso.matching.MatchingProblems;

/**
 * Scoring throughput of the default model ({@code ScoringModel.reverseMentoringDefaults()}) on a sample
 * organisation with {@value #MENTORS} mentors and {@value #MENTEES} mentees (about 8 skills and 4 goals
 * each): one invocation scores the whole mentors × mentees block, and JMH counts each pair as one
 * operation, so the score is <b>pairs per second</b>. Five views: {@link MatchingProblem#score} pair by
 * pair on one thread and over all cores (a parallel stream over mentees, as the library's own builds
 * do); {@link MatchingProblem#scoreRow} (one mentee with every mentor per call, the path the strategies,
 * {@link CompatibilityMatrix} and {@code CandidateLists} use) on one thread and over all cores; and
 * {@link CompatibilityMatrix#of} (constraint checks plus scores, stored as floats: what the dense
 * strategies pay before solving).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -rf json -rff scoring.json}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScoringBenchmark {
  static final int MENTORS = 1000;
  static final int MENTEES = 1000;
  static final int PAIRS = MENTORS * MENTEES;

  MatchingProblem problem;

  @Setup(Level.Trial)
  public void setUp() {
    problem = MatchingProblems.of(BenchmarkData.organisation(MENTORS, MENTEES, BenchmarkData.SEED));
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double scoreOneThread() {
    double sum = 0;
    for (int j = 0; j < MENTEES; j++) {
      for (int i = 0; i < MENTORS; i++) {
        sum += problem.score(i, j);
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double scoreAllCores() {
    MatchingProblem p = problem;
    return IntStream.range(0, MENTEES).parallel().mapToDouble(j -> {
      double sum = 0;
      for (int i = 0; i < MENTORS; i++) {
        sum += p.score(i, j);
      }
      return sum;
    }).sum();
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double scoreRowsOneThread() {
    boolean[] all = new boolean[MENTORS];
    Arrays.fill(all, true);
    double[] row = new double[MENTORS];
    double sum = 0;
    for (int j = 0; j < MENTEES; j++) {
      problem.scoreRow(j, all, row);
      sum += row[j % MENTORS];
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double scoreRowsAllCores() {
    MatchingProblem p = problem;
    return IntStream.range(0, MENTEES).parallel().mapToDouble(j -> {
      boolean[] all = new boolean[MENTORS];
      Arrays.fill(all, true);
      double[] row = new double[MENTORS];
      p.scoreRow(j, all, row);
      return row[j % MENTORS];
    }).sum();
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public CompatibilityMatrix compatibilityMatrix() {
    return CompatibilityMatrix.of(problem);
  }
}
