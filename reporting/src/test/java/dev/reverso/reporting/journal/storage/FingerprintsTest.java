package dev.reverso.reporting.journal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Fingerprints}: equal events hash alike, a changed field changes the hash; the map keeps every key. */
class FingerprintsTest {
  private static final MentoringPair PAIR = MentoringPair.of("m1", "s1");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void equalEventsHashAlikeAndAChangedFieldChangesTheHash() {
    JournalEvent a = Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(4, 5, 3).nps(8).progress("genai", 3)
        .comment("private").build();
    JournalEvent same = EventCodec.decode(EventCodec.encode(a));
    assertThat(Fingerprints.of(same)).isEqualTo(Fingerprints.of(a));
    JournalEvent[] changed = {
        Feedback.builder("f2", PAIR, DAY, Side.MENTEE).ratings(4, 5, 3).nps(8).progress("genai", 3).comment("private").build(),
        Feedback.builder("f1", PAIR, DAY.plusDays(1), Side.MENTEE).ratings(4, 5, 3).nps(8).progress("genai", 3)
            .comment("private").build(),
        Feedback.builder("f1", PAIR, DAY, Side.MENTOR).ratings(4, 5, 3).nps(8).progress("genai", 3).comment("private").build(),
        Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(4, 5, 2).nps(8).progress("genai", 3).comment("private").build(),
        Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(4, 5, 3).progress("genai", 3).comment("private").build(),
        Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(4, 5, 3).nps(8).progress("genai", 4).comment("private").build(),
        Feedback.builder("f1", PAIR, DAY, Side.MENTEE).ratings(4, 5, 3).nps(8).progress("genai", 3).build(),
        new SessionHeld("f1", PAIR, DAY, 45)};
    for (JournalEvent c : changed) {
      assertThat(Fingerprints.of(c)).as("%s", c).isNotEqualTo(Fingerprints.of(a));
    }
  }

  @Test
  void theMapKeepsEveryKey() {
    Fingerprints map = new Fingerprints();
    for (long k = 1; k <= 10_000; k++) {
      map.put(k * 0x9E3779B97F4A7C15L, k);
    }
    map.put(0x9E3779B97F4A7C15L, 42);
    assertThat(map.size()).isEqualTo(10_000);
    assertThat(map.get(0x9E3779B97F4A7C15L)).isEqualTo(42);
    for (long k = 2; k <= 10_000; k++) {
      assertThat(map.get(k * 0x9E3779B97F4A7C15L)).isEqualTo(k);
    }
    assertThat(map.get(12345)).isEqualTo(Fingerprints.ABSENT);
  }
}
