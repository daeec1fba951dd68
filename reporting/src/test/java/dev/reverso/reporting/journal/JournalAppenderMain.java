package dev.reverso.reporting.journal;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.reverso.core.MentoringPair;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.storage.FileJournal;
import dev.reverso.reporting.journal.storage.FileJournalOptions;

/**
 * The second process of {@link FileJournalCrossProcessTest}: opens a {@link FileJournal} on the file the
 * test appends to, says {@value #READY}, waits for a {@value #GO} line on standard input (so that its
 * appends overlap the test's), appends its own events in order plus the shared ones, and reports
 * {@value #DONE} with how many of its appends were new. Protocol lines start with {@value #PREFIX};
 * anything else on standard output (log lines) is ignored by the test.
 *
 * <p>Arguments: journal file, id prefix, own event count, shared event count, forceEvery.
 */
public final class JournalAppenderMain {
  static final String PREFIX = "journal-child:";
  static final String READY = PREFIX + "ready";
  static final String GO = "go";
  static final String DONE = PREFIX + "done";

  /** The roster both processes open the journal with. */
  static final List<MentoringPair> ROSTER = List.of(MentoringPair.of("m0", "s0"), MentoringPair.of("m1", "s1"),
      MentoringPair.of("m2", "s2"), MentoringPair.of("m3", "s3"), MentoringPair.of("m4", "s4"));
  static final LocalDate D0 = LocalDate.of(2026, 2, 1);

  private JournalAppenderMain() {}

  /** The {@code i}-th own event of a writer: pair {@code m<writer>->s<writer>}, id {@code <prefix>-<i>}. */
  static JournalEvent ownEvent(String prefix, int writer, int i) {
    MentoringPair pair = MentoringPair.of("m" + writer, "s" + writer);
    String id = prefix + "-" + i;
    return i % 3 == 2
        ? Feedback.builder(id, pair, D0.plusDays(i % 200), Side.MENTOR).ratings(1 + i % 5, 2, 3)
            .comment("é \"q\"\n" + i).build()
        : new SessionHeld(id, pair, D0.plusDays(i % 200), 10 + i % 100);
  }

  /** The {@code i}-th event every writer appends, identical in every writer. */
  static JournalEvent sharedEvent(int i) {
    return new SessionHeld("shared-" + i, MentoringPair.of("m0", "s0"), D0.plusDays(i % 50), 60);
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String prefix = args[1];
    int own = Integer.parseInt(args[2]);
    int shared = Integer.parseInt(args[3]);
    int forceEvery = Integer.parseInt(args[4]);
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, UTF_8));
    int appended = 0;
    try (FileJournal journal = FileJournal.open(file, ROSTER,
        FileJournalOptions.defaults().withForceEvery(forceEvery))) {
      out.println(READY);
      String line = in.readLine();
      if (!GO.equals(line)) {
        throw new IllegalStateException("expected '" + GO + "' on standard input, found " + line);
      }
      // Own events interleaved with the shared ones, from the other end so that both orders race.
      for (int i = 0; i < own; i++) {
        if (journal.append(ownEvent(prefix, 4, i)).isNew()) {
          appended++;
        }
        if (i < shared && journal.append(sharedEvent(shared - 1 - i)).isNew()) {
          appended++;
        }
      }
    }
    out.println(DONE + " " + appended);
  }
}
