package dev.reverso.reporting.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problem;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JournalEventTest {
  private static final MentoringPair PAIR = MentoringPair.of("m1", "s1");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  @Property
  void likertRatingsOutsideOneToFiveAreRefused(@ForAll @IntRange(min = -20, max = 20) int rating) {
    Feedback.Builder b = Feedback.builder("f", PAIR, DAY, Side.MENTOR).ratings(3, rating, 3);
    if (rating >= 1 && rating <= 5) {
      assertThat(b.build().learning()).isEqualTo(rating);
    } else {
      assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.problems()).extracting(Problem::location).containsExactly("learning"));
    }
  }

  @Property
  void npsOutsideZeroToTenIsRefused(@ForAll @IntRange(min = -20, max = 30) int nps) {
    Feedback.Builder b = Feedback.builder("f", PAIR, DAY, Side.MENTEE).ratings(3, 3, 3).nps(nps);
    if (nps >= 0 && nps <= 10) {
      assertThat(b.build().nps()).hasValue(nps);
    } else {
      assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class).hasMessageContaining("nps");
    }
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    assertThatThrownBy(() -> Feedback.builder("", PAIR, DAY, Side.MENTOR).ratings(0, 6, 9).nps(-1)
        .progress("gen ai", 3).progress("ux", 6).comment("x".repeat(JournalEvent.MAX_TEXT_LENGTH + 1)).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::location)
            .containsExactly("id", "relationship", "learning", "recognition", "nps", "progress", "progress.ux",
                "comment"));
  }

  @Test
  void feedbackNeedsRatings() {
    dev.reverso.core.InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        dev.reverso.core.InvalidInputException.class,
        () -> Feedback.builder("f", PAIR, DAY, Side.MENTOR).nps(11).build());
    // the missing ratings and the other bad values, all at once
    org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(dev.reverso.core.Problem::location)
        .contains("ratings").hasSizeGreaterThan(1);
  }

  @Test
  void sessionMinutesMustBePositive() {
    assertThatThrownBy(() -> SessionHeld.of("s", "m1", "s1", DAY, 0)).hasMessageContaining("minutes");
    assertThatThrownBy(() -> SessionHeld.of("s", "m1", "s1", DAY, SessionHeld.MAX_MINUTES + 1))
        .hasMessageContaining("minutes");
  }

  @Test
  void idsAndTextsMustBeWellFormed() {
    assertThatThrownBy(() -> SessionHeld.of("x".repeat(129), "m1", "s1", DAY, 30)).hasMessageContaining("id");
    assertThatThrownBy(() -> SessionHeld.of(" a", "m1", "s1", DAY, 30)).hasMessageContaining("blanks");
    assertThatThrownBy(() -> SessionHeld.of("a\u0001b", "m1", "s1", DAY, 30)).hasMessageContaining("control");
    assertThatThrownBy(() -> SessionCancelled.of("c", PAIR, DAY, Side.MENTOR).withNote("bad \uD800 text"))
        .hasMessageContaining("note").hasMessageContaining("surrogate");
  }

  @Test
  void toStringHidesCommentsNotesAndSkills() {
    Feedback f = Feedback.builder("f", PAIR, DAY, Side.MENTEE).ratings(4, 4, 5).progress("genai", 3)
        .comment("my manager is difficult").build();
    assertThat(f.toString()).contains("f", "m1->s1", "relationship=4").doesNotContain("manager", "genai");
    assertThat(SessionCancelled.of("c", PAIR, DAY, Side.MENTOR).withNote("family illness").toString())
        .doesNotContain("illness").contains("<private>");
    assertThat(new PairClosed("x", PAIR, DAY, CloseReason.MISMATCH, Optional.of("personal conflict")).toString())
        .doesNotContain("conflict").contains("MISMATCH");
  }

  @Test
  void toBuilderGivesAnEqualFeedback() {
    Feedback f = Feedback.builder("f", PAIR, DAY, Side.MENTEE).ratings(4, 4, 5).nps(7).progress("genai", 3)
        .comment("ok").build();
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.toBuilder().nps(8).build()).isNotEqualTo(f);
  }

  /**
   * Every kind of pair event is made from a {@link MentoringPair} by a factory (a circle session is made from its
   * circle and the juniors present, which give its pairs).
   */
  @Test
  void everyPairEventHasAFactoryTakingAMentoringPair() {
    for (Class<?> kind : JournalEvent.class.getPermittedSubclasses()) {
      if (kind == CircleSessionHeld.class) {
        continue;
      }
      assertThat(java.util.Arrays.stream(kind.getMethods())
          .filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers()))
          .filter(m -> m.getName().equals("of") || m.getName().equals("builder"))
          .filter(m -> kind.isAssignableFrom(m.getReturnType()) || m.getReturnType().getEnclosingClass() == kind)
          .anyMatch(m -> java.util.Arrays.asList(m.getParameterTypes()).contains(MentoringPair.class)))
          .as(kind.getSimpleName()).isTrue();
    }
    MentoringPair pair = MentoringPair.of("E0101", "E0007");
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertThat(SessionHeld.of("s", pair, day, 45)).isEqualTo(new SessionHeld("s", pair, day, 45));
    assertThat(CircleFeedback.of("f", "c1", pair, day, Side.MENTOR, 4, 5, 3).pair()).isEqualTo(pair);
    assertThat(EventRetracted.of("r", SessionHeld.of("s", pair, day, 45), day))
        .isEqualTo(EventRetracted.of("r", pair, day, "s"));
  }
}
