package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Program;
import java.util.ArrayList;
import java.util.List;
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
 * Building a running programme (issue 21, target: 20 000 active pairs in ≤ 1 s): a sample organisation with
 * {@code pairs} mentors and as many mentees, plus the org chart above them, with mentor i and mentee i in an
 * active pair. {@code build} validates everything from scratch ({@code Program.Builder.build}); {@code withActive}
 * swaps the active pairs of an already built programme ({@code Program.withActive}), as an HR system does each day
 * pairs start or end; the ratio between the two is what skipping re-validation saves. Before issue 21 the build
 * compared each active pair with every earlier one and with the whole role list: minutes at this size.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProgramBenchmark -rf json -rff program.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ProgramBenchmark {
  @Param({"20000"})
  public int pairs;

  Program.Builder builder;
  Program built;
  List<MentoringPair> active;
  List<MentoringPair> shifted;

  @Setup(Level.Trial)
  public void setUp() {
    Program org = BenchmarkData.organisation(pairs, pairs, BenchmarkData.SEED);
    active = new ArrayList<>(pairs);
    shifted = new ArrayList<>(pairs);
    int n = Math.min(org.mentors().size(), org.mentees().size());
    for (int i = 0; i < n; i++) {
      active.add(new MentoringPair(org.mentors().get(i).id(), org.mentees().get(i).id()));
      shifted.add(new MentoringPair(org.mentors().get(i).id(), org.mentees().get((i + 1) % n).id()));
    }
    builder = org.toBuilder().active(active);
    built = builder.build();
    if (built.active().size() != pairs) {
      throw new IllegalStateException("expected " + pairs + " active pairs, built " + built.active().size());
    }
  }

  /** Validates and builds the whole programme with its active pairs. */
  @Benchmark
  public Program build() {
    return builder.build();
  }

  /** Swaps every active pair of the built programme (all pairs change, nothing else does). */
  @Benchmark
  public Program withActive() {
    return built.withActive(shifted);
  }
}
