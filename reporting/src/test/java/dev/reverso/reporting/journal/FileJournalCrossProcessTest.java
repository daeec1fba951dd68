package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.TempFiles;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;
import dev.reverso.reporting.journal.storage.JournalReader;

/**
 * Four threads (on two {@link FileJournal} instances) and a second JVM ({@link JournalAppenderMain}) append
 * to one file at the same time: every event lands exactly once, every line decodes, each writer's order is
 * kept, and ids that several writers append are recorded once. This exercises the cross-process half of the
 * locking protocol (the {@link java.nio.channels.FileLock}) and the catch-up read of other writers' lines.
 */
class FileJournalCrossProcessTest {
  private static final int OWN = 1200;
  private static final int SHARED = 300;
  private static final int THREADS = 4;
  private static final int FORCE_EVERY = 50;
  private static final long TIMEOUT_SECONDS = 60;

  @Test
  void fourThreadsAndASecondJvmLoseNothingAndDoubleNothing() throws Exception {
    Path file = TempFiles.newJournalPath();
    Path childErr = file.resolveSibling("child-stderr.txt");
    FileJournalOptions options = FileJournalOptions.defaults().withForceEvery(FORCE_EVERY);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    Process child = null;
    int[] appendedByThread = new int[THREADS];
    int appendedByChild;
    try (FileJournal a = FileJournal.open(file, JournalAppenderMain.ROSTER, options);
        FileJournal b = FileJournal.open(file, JournalAppenderMain.ROSTER, options)) {
      child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
          JournalAppenderMain.class.getName(),
          file.toString(), "child", Integer.toString(OWN), Integer.toString(SHARED), Integer.toString(FORCE_EVERY))
          .redirectError(childErr.toFile())
          .start();
      BlockingQueue<String> protocol = new LinkedBlockingQueue<>();
      Process running = child;
      pool.submit(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(running.getInputStream(), UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith(JournalAppenderMain.PREFIX)) {
              protocol.add(line);
            }
          }
        }
        protocol.add("eof");
        return null;
      });
      expect(protocol, JournalAppenderMain.READY, child, childErr);

      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        FileJournal journal = t % 2 == 0 ? a : b;
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < OWN; i++) {
            if (journal.append(JournalAppenderMain.ownEvent("t" + thread, thread, i)).isNew()) {
              appendedByThread[thread]++;
            }
            if (i < SHARED && journal.append(JournalAppenderMain.sharedEvent(i)).isNew()) {
              appendedByThread[thread]++;
            }
          }
          return null;
        }));
      }
      try (Writer go = new java.io.OutputStreamWriter(child.getOutputStream(), UTF_8)) {
        go.write(JournalAppenderMain.GO + "\n");
      }
      start.countDown();
      for (Future<?> w : writers) {
        w.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      String done = expect(protocol, JournalAppenderMain.DONE, child, childErr);
      appendedByChild = Integer.parseInt(done.substring(JournalAppenderMain.DONE.length()).trim());
      if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || child.exitValue() != 0) {
        fail("second JVM did not exit cleanly; its stderr:%n%s", stderr(childErr));
      }

      int total = (THREADS + 1) * OWN + SHARED;
      assertThat(a.events()).hasSize(total).isEqualTo(b.events());
      List<JournalEvent> inFile = decodeEveryLine(file);
      assertThat(inFile).isEqualTo(a.events());
      // Each id once, and each event appended by exactly one writer: the counts add up.
      assertThat(inFile).extracting(JournalEvent::id).doesNotHaveDuplicates();
      int appended = appendedByChild;
      for (int n : appendedByThread) {
        appended += n;
      }
      assertThat(appended).isEqualTo(total);
      assertThat(inFile).containsAll(expectedEvents());
      assertEachWriterInOrder(inFile);
      assertThat(childRuns(inFile)).as("runs of the second JVM's events among the others' (overlap)")
          .isGreaterThan(1);
      assertThat(JournalReader.read(file).events()).isEqualTo(inFile);
    } finally {
      pool.shutdownNow();
      if (child != null) {
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
      }
    }
    try (FileJournal reopened = FileJournal.open(file, JournalAppenderMain.ROSTER)) {
      assertThat(reopened.recovery()).isEmpty();
      assertThat(reopened.events()).hasSize((THREADS + 1) * OWN + SHARED);
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Waits for the next protocol line, which must start with {@code expected}; shows the child's stderr if not. */
  private static String expect(BlockingQueue<String> protocol, String expected, Process child, Path childErr)
      throws Exception {
    String line = protocol.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (line == null || !line.startsWith(expected)) {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
      fail("expected '%s' from the second JVM, found %s; its stderr:%n%s", expected,
          line == null ? "nothing in " + TIMEOUT_SECONDS + " s" : "'" + line + "'", stderr(childErr));
    }
    return line;
  }

  private static String stderr(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, UTF_8) : "(none)";
  }

  /** Strict decode of every line, read only after every writer is done. */
  private static List<JournalEvent> decodeEveryLine(Path file) throws IOException {
    List<JournalEvent> events = new ArrayList<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      events.add(EventCodec.decode(line));
    }
    return events;
  }

  private static List<JournalEvent> expectedEvents() {
    List<JournalEvent> all = new ArrayList<>();
    for (int i = 0; i < OWN; i++) {
      for (int t = 0; t < THREADS; t++) {
        all.add(JournalAppenderMain.ownEvent("t" + t, t, i));
      }
      all.add(JournalAppenderMain.ownEvent("child", 4, i));
    }
    for (int i = 0; i < SHARED; i++) {
      all.add(JournalAppenderMain.sharedEvent(i));
    }
    return all;
  }

  /** Each writer's own events appear in the file in the order that writer appended them. */
  private static void assertEachWriterInOrder(List<JournalEvent> events) {
    Map<String, Integer> last = new HashMap<>();
    for (JournalEvent e : events) {
      int dash = e.id().lastIndexOf('-');
      String writer = e.id().substring(0, dash);
      if (writer.equals("shared")) {
        continue;
      }
      int i = Integer.parseInt(e.id().substring(dash + 1));
      Integer before = last.put(writer, i);
      assertThat(i).as("position of %s", e.id()).isEqualTo(before == null ? 0 : before + 1);
    }
    assertThat(last).hasSize(THREADS + 1).allSatisfy((writer, i) -> assertThat(i).isEqualTo(OWN - 1));
  }

  /** How many maximal blocks of consecutive lines the second JVM wrote (1 = no interleaving at all). */
  private static int childRuns(List<JournalEvent> events) {
    int runs = 0;
    boolean inRun = false;
    for (JournalEvent e : events) {
      boolean child = e.id().startsWith("child-");
      if (child && !inRun) {
        runs++;
      }
      inRun = child;
    }
    return runs;
  }
}
