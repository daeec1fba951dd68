package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.thirdparty.TableJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A journal written against the public rules API only ({@link TableJournal}, in another package) keeps the
 * whole {@link Journal} contract: the API is enough for a third-party implementation.
 */
class ThirdPartyJournalTest extends JournalContract {

  @Override
  Journal newJournal(Set<MentoringPair> roster) {
    return new TableJournal(roster);
  }

  @Override
  Object storage(Journal journal) {
    return ((TableJournal) journal).rows();
  }

  @Test
  void concurrentAppendsWithSharedIdsRecordEachEventOnce() throws Exception {
    TableJournal j = new TableJournal(ROSTER);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 150; i++) {
            j.append(SessionHeld.of("t" + thread + "-" + i, "m1", "s1", D0, 30));
            j.append(SessionHeld.of("shared-" + (i % 50), "m2", "s2", D0, 30));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(j.events()).hasSize(4 * 150 + 50).doesNotHaveDuplicates();
  }
}
