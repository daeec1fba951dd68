package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.Preferences;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.solver.DeferredAcceptance;
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
 * Deferred acceptance ({@link DeferredAcceptance#solve(int[][], int[][], int[])}, mentee-proposing) on a
 * sample organisation with n mentors and n mentees: complete preference lists over every allowed pair
 * ({@link Preferences}), the mentors' own capacities. Only the solver is timed; the lists (n² scores per
 * side and n sorts) are built in {@code @Setup}. The whole {@code stable} strategy, scoring included, is
 * timed by {@link EndToEndBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StableBenchmark -rf json -rff stable.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class StableBenchmark {
  @Param({"1000", "5000"})
  public int n;

  int[][] menteePrefs;
  int[][] mentorPrefs;
  int[] mentorCapacity;

  @Setup(Level.Trial)
  public void setUp() {
    MatchingProblem problem = MatchingProblems.of(BenchmarkData.organisation(n, n, BenchmarkData.SEED));
    menteePrefs = Preferences.ofMentees(problem);
    mentorPrefs = Preferences.ofMentors(problem);
    mentorCapacity = problem.mentorCapacities();
  }

  @Benchmark
  public int[] deferredAcceptance() {
    return DeferredAcceptance.solve(menteePrefs, mentorPrefs, mentorCapacity);
  }
}
