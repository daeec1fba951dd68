package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalContract;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.storage.InMemoryJournal;

class InMemoryJournalTest extends JournalContract {

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    return InMemoryJournal.of(roster);
  }

  @Test
  void concurrentAppendsLoseNothing() throws Exception {
    InMemoryJournal j = InMemoryJournal.of(ROSTER);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 2000; i++) {
            j.append(SessionHeld.of("t" + thread + "-" + i, "m1", "s1", D0, 30));
            // Every thread also repeats a shared set of ids: each must be recorded once.
            j.append(SessionHeld.of("shared-" + (i % 100), "m2", "s2", D0, 30));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(j.events()).hasSize(4 * 2000 + 100).doesNotHaveDuplicates();
    assertThat(j.toString()).isEqualTo("InMemoryJournal[events=8100, roster=3 pairs]");
  }
}
