package dev.reverso.reporting.fuzz;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid journals the fuzzer starts from: a few months of sessions, cancellations, two-sided feedback (with
 * progress, NPS and comments in several scripts) and closes for a roster of pairs, as the {@code demo}
 * command would record them. Deterministic; built once.
 */
final class JournalCorpus {
  static final ImmutableList<MentoringPair> ROSTER = ImmutableList.of(
      MentoringPair.of("e000012", "e000003"), MentoringPair.of("e000031", "e000004"),
      MentoringPair.of("e000044", "e000005"), MentoringPair.of("HR-7 ü", "e000006"));
  private static final List<String> NOTES = List.of("Rescheduled: travel", "Zoë is ill — next week",
      "«Ça marche» \"quoted\" \\ back", "漢字のメモ", "مرحبا بالعالم", "emoji 😀 and \u2028 separator", "tab\there");
  private static final List<String> SKILLS = List.of("genai", "social-media", "data-viz", "strategy");

  private static ImmutableList<byte[]> journals;
  private static ImmutableList<String> lines;

  private JournalCorpus() {}

  private static synchronized void build() {
    if (journals != null) {
      return;
    }
    ImmutableList.Builder<byte[]> js = ImmutableList.builder();
    ImmutableList.Builder<String> ls = ImmutableList.builder();
    for (int seed = 0; seed < 6; seed++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (JournalEvent e : events(seed)) {
        byte[] line = EventCodec.encodeLine(e);
        out.writeBytes(line);
        ls.add(EventCodec.encode(e));
      }
      js.add(out.toByteArray());
    }
    journals = js.build();
    lines = ls.build();
  }

  /** The events of one journal, valid under the journal's rules. */
  static List<JournalEvent> events(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<JournalEvent> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2026, 1, 5).plusDays(seed);
    int n = 0;
    for (MentoringPair pair : ROSTER) {
      LocalDate date = start;
      int months = 2 + r.nextInt(4);
      for (int m = 0; m < months; m++) {
        date = date.plusDays(14 + r.nextInt(20));
        String id = "ev-" + seed + "-" + (n++);
        if (r.nextInt(5) == 0) {
          SessionCancelled c = SessionCancelled.of(id, pair, date, r.nextBoolean() ? Side.MENTOR : Side.MENTEE);
          out.add(r.nextBoolean() ? c.withNote(NOTES.get(r.nextInt(NOTES.size()))) : c);
          continue;
        }
        out.add(new SessionHeld(id, pair, date, 15 + r.nextInt(120)));
        for (Side side : Side.values()) {
          Feedback.Builder f = Feedback.builder("fb-" + seed + "-" + (n++) + "-" + side, pair, date, side)
              .ratings(1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5));
          if (r.nextBoolean()) {
            f.nps(r.nextInt(11));
          }
          if (r.nextBoolean()) {
            f.progress(SKILLS.get(r.nextInt(SKILLS.size())), r.nextInt(6));
          }
          if (r.nextInt(3) == 0) {
            f.comment(NOTES.get(r.nextInt(NOTES.size())));
          }
          out.add(f.build());
        }
      }
      if (r.nextBoolean()) {
        PairClosed c = PairClosed.of("close-" + seed + "-" + (n++), pair, date.plusDays(1),
            CloseReason.values()[r.nextInt(CloseReason.values().length)]);
        out.add(r.nextBoolean() ? c.withNote(NOTES.get(r.nextInt(NOTES.size()))) : c);
      }
    }
    return out;
  }

  /** Whole journal files, JSON Lines. */
  static List<byte[]> journals() {
    build();
    return journals;
  }

  /** Single valid lines, without line ends. */
  static List<String> lines() {
    build();
    return lines;
  }

  /** Every journal, for splicing. */
  static List<byte[]> donors() {
    return journals();
  }
}
