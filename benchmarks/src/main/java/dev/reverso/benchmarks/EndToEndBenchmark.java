package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
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
 * The whole job as a user runs it: {@code Matcher.builder().strategy(name).build().match(program)} with
 * the default model and constraints, on sample organisations with n mentors and n mentees (n up to
 * 5 000: 25 million pairs, still the dense path of {@code optimal}). Each call encodes the programme,
 * scores every pair, solves, and assembles the result with explanations and unmatched reasons; only the
 * programme is built in {@code @Setup}. The fork runs with a 1 GiB heap (DESIGN §6: optimal 5 000 × 5 000
 * in ≤ 3 s and ≤ 1 GiB; stable in ≤ 2 s), so finishing at all shows the heap was enough;
 * {@link HeapProfiler} records how much was live.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EndToEndBenchmark -jvmArgsAppend
 * "-Xms1g -Xmx1g" -prof dev.reverso.benchmarks.HeapProfiler -rf json -rff endtoend.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class EndToEndBenchmark {
  @Param({"optimal", "stable", "fair"})
  public String strategy;

  @Param({"500", "1000", "2000", "5000"})
  public int n;

  Program program;
  Matcher matcher;

  @Setup(Level.Trial)
  public void setUp() {
    program = BenchmarkData.organisation(n, n, BenchmarkData.SEED);
    matcher = Matcher.builder().strategy(strategy).build();
  }

  @Benchmark
  public MatchResult match() {
    return matcher.match(program);
  }
}
