package dev.reverso.benchmarks;

import dev.reverso.benchmarks.data.ProgrammeHistory;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.ProgramMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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
 * Programme metrics over a year-sized journal (issue 21: {@code reverso report} over 1 M events in ≤ 10 s with a
 * 1 GiB heap): {@link ProgrammeHistory} writes {@code events} events of 20 000 pairs to a journal file in setup; the
 * fork has a 1 GiB heap. {@code streamFromFile} is what {@code reverso report} does: one streaming pass over the
 * file ({@code JournalReader.forEach}) into {@code ProgramMetrics.tally}. Its peer in the same run,
 * {@code readThenCompute}, first reads every event into memory ({@code JournalReader.read}) and then computes (the
 * way the report worked before, and what a caller holding {@code journal.events()} does).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MetricsBenchmark -prof dev.reverso.benchmarks.HeapProfiler
 * -rf json -rff metrics.json}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class MetricsBenchmark {
  @Param({"1000000"})
  public int events;

  @Param({"20000"})
  public int pairs;

  Program program;
  MatchResult matches;
  LocalDate end;
  Path dir;
  Path journal;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ProgrammeHistory history = ProgrammeHistory.generate(pairs, events, 7);
    dir = Files.createTempDirectory("reverso-metrics-benchmark");
    journal = history.writeJournal(dir.resolve("journal.jsonl"));
    // only the file is kept: the measured calls start from it, as the command does
    program = history.program();
    matches = history.matches();
    end = history.end();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(journal);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public ProgramMetrics streamFromFile() {
    ProgramMetrics.Tally tally = ProgramMetrics.tally(program, matches, Optional.empty(), MetricsOptions.defaults());
    JournalReader.forEach(journal, tally);
    return tally.finish();
  }

  @Benchmark
  public ProgramMetrics readThenCompute() {
    return ProgramMetrics.compute(program, matches, JournalReader.read(journal).events(), end,
        MetricsOptions.defaults());
  }
}
