package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.core.Program;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MentorGroups;
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
 * Representation-aware selection: {@code Matcher} with {@code optimal} on sample organisations with twice as
 * many mentor volunteers as mentees (2n × n), without a bound and with each department's (or location's) share
 * of the volunteers as its minimum share of the matched mentors. The bounded runs solve the unconstrained
 * optimum first and then, when it misses the bound, the flow with group nodes; the ratio to {@code NONE} in
 * the same run is the price of the bound in time. {@code @Setup} prints the bound's warnings (who changed,
 * the cost in total score) once per trial.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RepresentationBenchmark -rf json -rff representation.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RepresentationBenchmark {
  /** Which bound. */
  public enum Bound {
    /** No bound: the plain optimum. */
    NONE,
    /** Each department's share of the volunteers. */
    DEPARTMENT,
    /** Each location's share of the volunteers. */
    LOCATION
  }

  @Param
  public Bound bound;

  @Param({"250", "1000"})
  public int n;

  Program program;
  Matcher matcher;

  @Setup(Level.Trial)
  public void setUp() {
    program = BenchmarkData.organisation(2 * n, n, BenchmarkData.SEED);
    Matcher.Builder b = Matcher.builder().strategy("optimal");
    if (bound == Bound.DEPARTMENT) {
      b.representation(MentorGroups.department());
    } else if (bound == Bound.LOCATION) {
      b.representation(MentorGroups.location());
    }
    matcher = b.build();
    MatchResult r = matcher.match(program);
    System.err.println("[" + bound + ", n=" + n + "] " + r.solverPath() + ", total " + r.totalScore());
    r.warnings().stream().filter(w -> w.startsWith("representation")).forEach(w -> System.err.println("  " + w));
  }

  @Benchmark
  public MatchResult match() {
    return matcher.match(program);
  }
}
