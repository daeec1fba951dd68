package dev.reverso.benchmarks;

import dev.reverso.cli.demo.DemoSimulation;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
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
 * The six simulated months of {@code reverso demo} at programme scale (issue 21): the demo's organisation of
 * {@code people} people (300 000 gives about 19 500 pairs), matched once with {@code optimal} in setup, then
 * {@link DemoSimulation#run} with the demo's {@code incremental} re-matcher: every session, feedback and early close
 * of every pair, and a re-match of the free people on each day with closes. Before issue 21 each re-match rebuilt
 * and re-encoded the whole programme (with a quadratic active-pair check): {@code demo --people 300000} did not
 * finish in 12 minutes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DemoSimulationBenchmark -prof
 * dev.reverso.benchmarks.HeapProfiler -rf json -rff demo.json}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class DemoSimulationBenchmark {
  @Param({"300000"})
  public int people;

  Program program;
  MatchResult initial;
  Matcher rematcher;

  @Setup(Level.Trial)
  public void setUp() {
    program = SampleOrganization.generate(people, SampleOrganization.DEFAULT_SEED);
    initial = Matcher.builder().strategy("optimal").build().match(program);
    rematcher = Matcher.builder().strategy("incremental").build();
  }

  @Benchmark
  public DemoSimulation.Result simulate() {
    return DemoSimulation.run(program, initial, rematcher, SampleOrganization.DEFAULT_SEED,
        DemoSimulation.DEFAULT_START, DemoSimulation.DayListener.NONE);
  }
}
