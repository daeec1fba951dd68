package dev.reverso.benchmarks;

import dev.reverso.core.MentoringPair;
import dev.reverso.journal.jdbc.JdbcJournal;
import dev.reverso.journal.jdbc.PostgresServer;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.storage.JournalReader;
import dev.reverso.reporting.journal.SessionHeld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The journal stores side by side, in the same run: the JSON Lines {@link FileJournal}, {@link JdbcJournal} on
 * an SQLite file (WAL, {@code synchronous=FULL}) and on PostgreSQL 15 (a throwaway cluster started by the
 * benchmark from Debian's binaries, {@code fsync} and {@code synchronous_commit} on: every commit reaches the
 * disk). Every store is durable on return in every benchmark.
 *
 * <ul>
 *   <li>{@code appendSingle}: one event per call (one transaction, one flush each) — appends/s.</li>
 *   <li>{@code appendBatch100}: 100 events per call; {@link JdbcJournal#appendAll} (one transaction), and for
 *       the file 100 appends with one {@code fsync} ({@link FileJournalOptions#withForceEvery(int)} 100 plus
 *       {@link FileJournal#sync()}) — events/s.</li>
 *   <li>{@code readAll}: every event of a journal of {@code readEvents} events, decoded, in order (the databases
 *       stream through {@link JdbcJournal#forEach}; the file is read whole by {@link JournalReader}) — ms per
 *       full read.</li>
 * </ul>
 * Events are session records over 1 000 pairs with unique ids; the tables grow during the append benchmarks.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JournalBenchmark -rf json -rff journal.json}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class JournalBenchmark {
  static final int PAIRS = 1_000;
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);
  static final List<MentoringPair> ROSTER;

  static {
    List<MentoringPair> pairs = new ArrayList<>();
    for (int k = 0; k < PAIRS; k++) {
      pairs.add(MentoringPair.of("m" + k, "s" + k));
    }
    ROSTER = List.copyOf(pairs);
  }

  /** The stores compared. */
  public enum Store {
    FILE, SQLITE, POSTGRESQL
  }

  static JournalEvent event(String prefix, long i) {
    return new SessionHeld(prefix + i, ROSTER.get((int) (i % PAIRS)), D0.plusDays(i / PAIRS % 3650), 30 + (int) (i % 90));
  }

  /** A store opened in a new temporary directory (and, for PostgreSQL, a new durable cluster). */
  abstract static class Opened {
    Path dir;
    PostgresServer server;

    Journal open(Store store, String name, int fileForceEvery) throws IOException {
      dir = Files.createTempDirectory("reverso-journal-bench-");
      switch (store) {
        case FILE:
          return FileJournal.open(dir.resolve(name + ".jsonl"), ROSTER,
              FileJournalOptions.defaults().withForceEvery(fileForceEvery));
        case SQLITE:
          return JdbcJournal.open("jdbc:sqlite:" + dir.resolve(name + ".db"), ROSTER);
        default:
          server = PostgresServer.start(true);
          String schema = server.newSchema(name);
          return JdbcJournal.open(server.url(schema), ROSTER);
      }
    }

    void cleanUp() {
      if (server != null) {
        server.stop();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A journal to append to. */
  @State(Scope.Benchmark)
  public static class Appending extends Opened {
    @Param({"FILE", "SQLITE", "POSTGRESQL"})
    public Store store;

    Journal single;
    Journal batched;
    long next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      single = open(store, "single", 1);
      batched = store == Store.FILE ? FileJournal.open(dir.resolve("batched.jsonl"), ROSTER,
          FileJournalOptions.defaults().withForceEvery(Integer.MAX_VALUE)) : single;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      single.close();
      batched.close();
      cleanUp();
    }
  }

  /** A journal of {@code readEvents} events to read. */
  @State(Scope.Benchmark)
  public static class Reading extends Opened {
    @Param({"FILE", "SQLITE", "POSTGRESQL"})
    public Store store;

    @Param({"1000000"})
    public int readEvents;

    Journal journal;
    Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      journal = open(store, "read", Integer.MAX_VALUE);
      List<JournalEvent> batch = new ArrayList<>(1_000);
      for (long i = 0; i < readEvents; i++) {
        batch.add(event("r", i));
        if (batch.size() == 1_000 || i == readEvents - 1) {
          if (journal instanceof JdbcJournal j) {
            j.appendAll(batch);
          } else {
            batch.forEach(journal::append);
          }
          batch.clear();
        }
      }
      if (journal instanceof FileJournal f) {
        f.sync();
        file = dir.resolve("read.jsonl");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      journal.close();
      cleanUp();
    }
  }

  @Benchmark
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 3, time = 10)
  public Object appendSingle(Appending s) {
    return s.single.append(event("a", s.next++));
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public Object appendBatch100(Appending s) {
    List<JournalEvent> batch = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      batch.add(event("b", s.next++));
    }
    if (s.batched instanceof JdbcJournal j) {
      return j.appendAll(batch);
    }
    FileJournal f = (FileJournal) s.batched;
    batch.forEach(f::append);
    f.sync();
    return f;
  }

  /** One full read of the {@code readEvents} events: milliseconds per read (events/s = readEvents / time). */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void readAll(Reading s, Blackhole bh) {
    if (s.journal instanceof JdbcJournal j) {
      j.forEach(bh::consume);
    } else {
      JournalReader.read(s.file).events().forEach(bh::consume);
    }
  }
}
