package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.TempFiles;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.JournalReader;

/** Many threads, and two instances of one JVM, appending to one journal file: nothing lost, nothing doubled. */
class FileJournalConcurrencyTest {
  private static final Set<MentoringPair> ROSTER = Set.of(
      MentoringPair.of("m0", "s0"), MentoringPair.of("m1", "s1"), MentoringPair.of("m2", "s2"),
      MentoringPair.of("m3", "s3"));
  private static final LocalDate D0 = LocalDate.of(2026, 2, 1);

  private static JournalEvent event(String id, int thread, int i) {
    MentoringPair pair = MentoringPair.of("m" + thread, "s" + thread);
    return i % 4 == 3
        ? Feedback.builder(id, pair, D0.plusDays(i % 300), Side.MENTEE).ratings(1 + i % 5, 3, 4)
            .comment("line\nbreak \"quoted\" " + i).build()
        : new SessionHeld(id, pair, D0.plusDays(i % 300), 15 + i % 90);
  }

  /** Runs the tasks together (started by one latch), failing on the first exception. */
  private static void runTogether(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      for (Future<Void> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every line of the file is a valid event (strict decode) and ids are unique; returns the events. */
  private static List<JournalEvent> checkFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, UTF_8);
    List<JournalEvent> events = new ArrayList<>();
    for (String line : lines) {
      events.add(EventCodec.decode(line));
    }
    assertThat(events).extracting(JournalEvent::id).doesNotHaveDuplicates();
    JournalContents read = JournalReader.read(file);
    assertThat(read.recovery()).isEmpty();
    assertThat(read.events()).isEqualTo(events);
    return events;
  }

  /** Within the file, each thread's events appear in the order that thread appended them. */
  private static void assertPerThreadOrder(List<JournalEvent> events) {
    Map<MentoringPair, Integer> last = new HashMap<>();
    for (JournalEvent e : events) {
      if (!e.id().startsWith("t")) {
        continue;
      }
      int i = Integer.parseInt(e.id().substring(e.id().lastIndexOf('-') + 1));
      Integer before = last.put(e.pair(), i);
      assertThat(before == null ? -1 : before).isLessThan(i);
    }
  }

  private void appendConcurrently(FileJournalOptions options, int threads, int perThread) throws Exception {
    Path file = TempFiles.newJournalPath();
    try (FileJournal j = FileJournal.open(file, ROSTER, options)) {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        tasks.add(() -> {
          for (int i = 0; i < perThread; i++) {
            assertThat(j.append(event("t" + thread + "-" + i, thread, i))).isEqualTo(AppendResult.APPENDED);
          }
          return null;
        });
      }
      runTogether(tasks);
      assertThat(j.events()).hasSize(threads * perThread);
    }
    List<JournalEvent> events = checkFile(file);
    assertThat(events).hasSize(threads * perThread);
    assertPerThreadOrder(events);
    try (FileJournal reopened = FileJournal.open(file, ROSTER)) {
      assertThat(reopened.events()).isEqualTo(events);
      assertThat(reopened.recovery()).isEmpty();
    }
  }

  @Test
  void fourThreadsTimesFiveThousandBatchedAppends() throws Exception {
    appendConcurrently(FileJournalOptions.defaults().withForceEvery(1000), 4, 5000);
  }

  @Test
  void fourThreadsWithAForcePerAppend() throws Exception {
    appendConcurrently(FileJournalOptions.defaults(), 4, 250);
  }

  @Test
  void twoInstancesOnOneFileLoseNothingAndDoubleNothing() throws Exception {
    Path file = TempFiles.newJournalPath();
    FileJournalOptions batched = FileJournalOptions.defaults().withForceEvery(500);
    int perThread = 1500;
    int shared = 300;
    AtomicBoolean writing = new AtomicBoolean(true);
    try (FileJournal a = FileJournal.open(file, ROSTER, batched);
        FileJournal b = FileJournal.open(file, ROSTER, batched)) {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        FileJournal journal = t % 2 == 0 ? a : b;
        tasks.add(() -> {
          for (int i = 0; i < perThread; i++) {
            assertThat(journal.append(event("t" + thread + "-" + i, thread, i)).isNew()).isTrue();
            // Both instances append the same shared events: each must land exactly once.
            if (i < shared) {
              journal.append(new SessionHeld("shared-" + i, MentoringPair.of("m0", "s0"), D0, 60));
            }
          }
          return null;
        });
      }
      List<Callable<Void>> all = new ArrayList<>(tasks);
      all.add(() -> {
        // A reader in between must never see a torn line, and never fewer events than before.
        int seen = 0;
        while (writing.get()) {
          JournalContents c = JournalReader.read(file);
          assertThat(c.recovery()).isEmpty();
          assertThat(c.events().size()).isGreaterThanOrEqualTo(seen);
          seen = c.events().size();
          Thread.sleep(20);
        }
        return null;
      });
      ExecutorService stopper = Executors.newSingleThreadExecutor();
      try {
        Future<Void> writers = stopper.submit(() -> {
          try {
            runTogether(tasks);
          } finally {
            writing.set(false);
          }
          return null;
        });
        runTogether(List.of(all.get(all.size() - 1)));
        writers.get(120, TimeUnit.SECONDS);
      } finally {
        stopper.shutdownNow();
      }
      assertThat(a.events()).isEqualTo(b.events()).hasSize(4 * perThread + shared);
    }
    List<JournalEvent> events = checkFile(file);
    assertThat(events).hasSize(4 * perThread + shared);
    Set<String> ids = new HashSet<>();
    events.forEach(e -> ids.add(e.id()));
    for (int i = 0; i < shared; i++) {
      assertThat(ids).contains("shared-" + i);
    }
    assertPerThreadOrder(events);
  }
}
