package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.core.Program;
import dev.reverso.matching.group.CircleMatcher;
import dev.reverso.matching.group.CircleResult;
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

/**
 * Circles as a user forms them: {@code CircleMatcher.builder().build().match(program)} with the default
 * model, constraints and sizes (2..4 juniors per senior) on a sample organisation with {@code seniors}
 * mentees and {@code juniors} mentors. Each call encodes the programme, builds the candidate lists and
 * credits, runs greedy, repair and local search, and explains every circle. The greedy phase alone
 * ({@code localSearch=false}) runs in the same fork as the peer that shows what local search costs
 * (DESIGN §6: 500 × 2 000 in ≤ 10 s). The gap to the exact optimum is measured where CP-SAT can prove it,
 * in {@code CircleOracleTest} (see {@code docs/groups.md}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CircleBenchmark -rf json -rff circles.json}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CircleBenchmark {
  @Param({"500"})
  public int seniors;

  @Param({"2000"})
  public int juniors;

  @Param({"true", "false"})
  public boolean localSearch;

  Program program;
  CircleMatcher matcher;

  @Setup(Level.Trial)
  public void setUp() {
    program = BenchmarkData.organisation(juniors, seniors, BenchmarkData.SEED);
    matcher = CircleMatcher.builder().localSearch(localSearch).build();
  }

  @Benchmark
  public CircleResult circles() {
    return matcher.match(program);
  }
}
