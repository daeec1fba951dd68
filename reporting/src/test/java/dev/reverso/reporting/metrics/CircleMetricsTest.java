package dev.reverso.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleExplanation;
import dev.reverso.matching.group.CircleObjective;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers of {@link CircleMetrics} on two small circles. */
class CircleMetricsTest {
  static final LocalDate D0 = LocalDate.of(2026, 3, 2);
  static final LocalDate AS_OF = D0.plusDays(60);

  static Circle circle(String senior, String... juniors) {
    ImmutableList.Builder<ParticipantId> ids = ImmutableList.builder();
    for (String j : juniors) {
      ids.add(ParticipantId.of(j));
    }
    return new Circle("circle-" + senior, ImmutableList.of(ParticipantId.of(senior)), ids.build(), 0.5,
        new CircleExplanation(0.5, 0.5, 0.5, ImmutableList.of(), ImmutableList.of("en"), 1, 1, 1));
  }

  static CircleResult result() {
    return new CircleResult(ImmutableList.of(circle("s1", "j1", "j2", "j3"), circle("s2", "j4", "j5")),
        ImmutableList.of(), 1.0, 1.0, 2, 4, CircleObjective.defaults());
  }

  static List<JournalEvent> journal() {
    return List.of(
        CircleSessionHeld.of("a", "circle-s1", "s1", List.of("j1", "j2", "j3"), D0, 60),
        CircleSessionHeld.of("b", "circle-s1", "s1", List.of("j1", "j3"), D0.plusDays(14), 45),
        SessionHeld.of("c", "j1", "s1", D0, 30), // a pair event: not a circle's
        CircleFeedback.of("d", "circle-s1", "j1", "s1", D0.plusDays(15), Side.MENTOR, 2, 2, 2),
        CircleFeedback.of("e", "circle-s1", "j1", "s1", D0.plusDays(20), Side.MENTOR, 4, 5, 3), // replaces d
        CircleFeedback.of("f", "circle-s1", "j1", "s1", D0.plusDays(20), Side.MENTEE, 5, 4, 5),
        CircleFeedback.of("g", "circle-s1", "j2", "s1", D0.plusDays(20), Side.MENTEE, 3, 3, 4),
        CircleSessionHeld.of("h", "circle-s2", "s2", List.of("j4"), D0.plusDays(3), 30),
        CircleSessionHeld.of("i", "circle-s2", "s2", List.of("j4", "j9"), D0.plusDays(4), 30), // j9: no member
        CircleSessionHeld.of("k", "circle-s9", "s9", List.of("j4"), D0.plusDays(4), 30), // no such circle
        CircleFeedback.of("l", "circle-s2", "j5", "s1", D0.plusDays(5), Side.MENTOR, 5, 5, 5), // wrong senior
        CircleFeedback.of("m", "circle-s2", "j5", "s2", AS_OF.plusDays(1), Side.MENTOR, 5, 5, 5)); // after as-of
  }

  @Test
  void knownAnswers() {
    CircleMetrics m = CircleMetrics.compute(result(), journal(), AS_OF);
    CircleMetrics.Stats s1 = m.circles().get(0);
    assertThat(s1.circle()).isEqualTo("circle-s1");
    assertThat(s1.members()).isEqualTo(3);
    assertThat(s1.sessions()).isEqualTo(2);
    assertThat(s1.minutes()).isEqualTo(105);
    assertThat(s1.attendance().getAsDouble()).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-12));
    assertThat(s1.juniorsRating()).isEqualTo(1);
    assertThat(s1.ratedBySenior()).isEqualTo(2);
    assertThat(s1.bothSided()).isEqualTo(1);
    assertThat(s1.bothSidedShare().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    // latest ratings: j1 up (4, 5, 3), j1 down (5, 4, 5), j2 down (3, 3, 4)
    assertThat(s1.relationship().getAsDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(s1.learning().getAsDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(s1.recognition().getAsDouble()).isCloseTo(4.0, within(1e-12));

    CircleMetrics.Stats s2 = m.circles().get(1);
    assertThat(s2.sessions()).isEqualTo(1);
    assertThat(s2.attendance().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(s2.bothSided()).isZero();
    assertThat(s2.relationship()).isEmpty();

    CircleMetrics.Stats all = m.overall();
    assertThat(all.members()).isEqualTo(5);
    assertThat(all.sessions()).isEqualTo(3);
    assertThat(all.minutes()).isEqualTo(135);
    assertThat(all.attendance().getAsDouble()).isCloseTo((1.0 + 2.0 / 3 + 0.5) / 3, within(1e-12));
    assertThat(all.bothSidedShare().getAsDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(m.eventsOutsideCircles()).isEqualTo(3);
    assertThat(m.eventsAfterAsOf()).isEqualTo(1);
  }

  @Test
  void circlesOfOtherSeniorsDoNotMixAndOrderAcrossCirclesDoesNotMatter() {
    List<JournalEvent> shuffled = new ArrayList<>(journal());
    // move circle s2's events first: each circle's own order is kept, so the metrics are the same
    List<JournalEvent> s2 = shuffled.stream().filter(e -> e.pair().menteeId().value().equals("s2")).toList();
    shuffled.removeAll(s2);
    shuffled.addAll(0, s2);
    assertThat(CircleMetrics.compute(result(), shuffled, AS_OF)).isEqualTo(CircleMetrics.compute(result(), journal(), AS_OF));
    assertThat(CircleMetrics.compute(result(), Collections.emptyList(), AS_OF).overall().attendance()).isEmpty();
  }
}
