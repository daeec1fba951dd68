package dev.reverso.journal.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionHeld;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM for the cross-process tests: opens the journal at a URL, prints {@link #READY}, waits for a
 * line on standard input, then appends {@code own} events of its own (single appends and batches of ten
 * alternating) and {@code shared} events that every writer appends too, and prints how many of the shared
 * ones it appended as new: {@code <PREFIX>done <n>}.
 */
public final class JdbcAppenderMain {
  public static final String PREFIX = "reverso-appender:";
  public static final String READY = PREFIX + "ready";
  public static final int PAIRS = 10;
  public static final List<MentoringPair> ROSTER;
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);

  static {
    List<MentoringPair> pairs = new ArrayList<>();
    for (int k = 0; k < PAIRS; k++) {
      pairs.add(MentoringPair.of("m" + k, "s" + k));
    }
    ROSTER = List.copyOf(pairs);
  }

  private JdbcAppenderMain() {}

  /** The i-th event of a writer. */
  public static JournalEvent ownEvent(String writer, int i) {
    return SessionHeld.of(writer + "-" + i, "m" + (i % PAIRS), "s" + (i % PAIRS), D0.plusDays(i % 200), 30 + i % 60);
  }

  /** The i-th event every writer appends: equal content, so all but one writer find it already present. */
  public static JournalEvent sharedEvent(int i) {
    return SessionHeld.of("shared-" + i, "m" + (i % PAIRS), "s" + (i % PAIRS), D0.plusDays(i % 200), 45);
  }

  /**
   * Appends {@code own} own events and {@code shared} shared ones, interleaved; returns how many shared ones
   * were new here.
   */
  public static int appendAll(JdbcJournal journal, String writer, int own, int shared) {
    int newShared = 0;
    int s = 0;
    for (int i = 0; i < own; i += 10) {
      List<JournalEvent> batch = new ArrayList<>();
      for (int j = i; j < Math.min(own, i + 10); j++) {
        batch.add(ownEvent(writer, j));
      }
      if ((i / 10) % 2 == 0) {
        journal.appendAll(batch);
      } else {
        for (JournalEvent e : batch) {
          journal.append(e);
        }
      }
      int sharedHere = Math.min(shared, (int) ((long) shared * (i + 10) / Math.max(own, 1)));
      List<JournalEvent> sharedBatch = new ArrayList<>();
      for (; s < sharedHere; s++) {
        sharedBatch.add(sharedEvent(s));
      }
      ImmutableList<AppendResult> results = journal.appendAll(sharedBatch);
      newShared += (int) results.stream().filter(AppendResult::isNew).count();
    }
    return newShared;
  }

  /** Arguments: URL, writer name, own count, shared count. */
  public static void main(String[] args) throws Exception {
    try (JdbcJournal journal = JdbcJournal.open(args[0], ROSTER)) {
      System.out.println(READY);
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine();
      int newShared = appendAll(journal, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      System.out.println(PREFIX + "done " + newShared);
      System.out.flush();
    }
  }
}
