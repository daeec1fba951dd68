package dev.reverso.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link CircleMetrics} on random journals of the two circles of {@link CircleMetricsTest}. */
class CircleMetricsProperties {
  static final String[][] CIRCLES = {{"s1", "j1", "j2", "j3"}, {"s2", "j4", "j5"}};

  static List<JournalEvent> randomJournal(long seed, int size) {
    Random r = new Random(seed);
    List<JournalEvent> events = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String[] c = CIRCLES[r.nextInt(CIRCLES.length)];
      String circle = "circle-" + c[0];
      var day = CircleMetricsTest.D0.plusDays(r.nextInt(90));
      if (r.nextBoolean()) {
        List<String> present = new ArrayList<>();
        for (int k = 1; k < c.length; k++) {
          if (r.nextInt(3) > 0) {
            present.add(c[k]);
          }
        }
        if (present.isEmpty()) {
          present.add(c[1]);
        }
        events.add(CircleSessionHeld.of("e" + i, circle, c[0], present, day, 30 + r.nextInt(60)));
      } else {
        events.add(CircleFeedback.of("e" + i, circle, c[1 + r.nextInt(c.length - 1)], c[0], day,
            r.nextBoolean() ? Side.MENTOR : Side.MENTEE, 1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5)));
      }
    }
    return events;
  }

  @Property(tries = 200)
  void sharesAndMeansStayInRangeAndTheOverallSumsTheCircles(@ForAll long seed, @ForAll @IntRange(max = 60) int size) {
    CircleResult result = CircleMetricsTest.result();
    List<JournalEvent> events = randomJournal(seed, size);
    CircleMetrics m = CircleMetrics.compute(result, events, CircleMetricsTest.AS_OF);
    int sessions = 0;
    long minutes = 0;
    int bothSided = 0;
    for (CircleMetrics.Stats s : m.circles()) {
      sessions += s.sessions();
      minutes += s.minutes();
      bothSided += s.bothSided();
      assertThat(s.attendance().isPresent()).isEqualTo(s.sessions() > 0);
      s.attendance().ifPresent(a -> assertThat(a).isBetween(1.0 / s.members(), 1.0));
      assertThat(s.bothSided()).isLessThanOrEqualTo(Math.min(s.juniorsRating(), s.ratedBySenior()));
      assertThat(s.juniorsRating()).isLessThanOrEqualTo(s.members());
      for (var mean : List.of(s.relationship(), s.recognition(), s.learning())) {
        mean.ifPresent(v -> assertThat(v).isBetween(1.0, 5.0));
        assertThat(mean.isPresent()).isEqualTo(s.juniorsRating() + s.ratedBySenior() > 0);
      }
    }
    assertThat(m.overall().sessions()).isEqualTo(sessions);
    assertThat(m.overall().minutes()).isEqualTo(minutes);
    assertThat(m.overall().bothSided()).isEqualTo(bothSided);
    assertThat(m.overall().members()).isEqualTo(5);
    assertThat(sessions + m.eventsOutsideCircles() + m.eventsAfterAsOf())
        .isLessThanOrEqualTo(events.size());
    // deterministic: the same journal gives equal metrics
    assertThat(CircleMetrics.compute(result, randomJournal(seed, size), CircleMetricsTest.AS_OF)).isEqualTo(m);
  }
}
