package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.plugin.FirstFitStrategy;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.greedy.GreedyStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.DeadlineExceededException;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchingInterruptedException;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.ProgressListener;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.result.UnknownStrategyException;
import dev.reverso.matching.result.UnmatchedReason;

class MatcherTest {
  private static final Program SAMPLE = SampleOrganization.generate(600, 42);

  @Test
  void defaultsToOptimalWithDefaultModelAndConstraints() {
    Matcher m = Matcher.builder().build();
    assertThat(m.strategy()).isInstanceOf(OptimalStrategy.class);
    assertThat(m.scoring()).isEqualTo(ScoringModel.reverseMentoringDefaults());
    assertThat(m.constraints()).extracting(c -> c.id())
        .containsExactlyElementsOf(Constraints.defaults().stream().map(c -> c.id()).toList());
    assertThat(m.options().minimumScore()).isZero();
    assertThat(m.options().deadline()).isEmpty();
    assertThat(m.timeout()).isEmpty();
  }

  @Test
  void matchesLikeTheStrategyOnTheEncodedProblem() {
    Matcher m = Matcher.builder().strategy("greedy").build();
    MatchResult viaMatcher = m.match(SAMPLE);
    assertThat(viaMatcher).isEqualTo(new GreedyStrategy().match(m.problem(SAMPLE)));
    assertThat(m.match(m.problem(SAMPLE))).isEqualTo(viaMatcher);
    assertThat(viaMatcher.strategy()).isEqualTo("greedy");
  }

  @Test
  void anUnknownStrategyFailsAtOnceListingTheNames() {
    Matcher.Builder b = Matcher.builder();
    assertThatThrownBy(() -> b.strategy("best"))
        .isInstanceOf(UnknownStrategyException.class)
        .hasMessageContaining("fair, greedy, incremental, optimal, stable");
  }

  @Test
  void singleValuedSettingsMayBeGivenOnlyOnce() {
    assertThatThrownBy(() -> Matcher.builder().strategy("optimal").strategy(new GreedyStrategy()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'optimal'");
    assertThatThrownBy(() -> Matcher.builder().strategy(new GreedyStrategy()).strategy("stable"))
        .isInstanceOf(IllegalStateException.class);
    ScoringModel model = ScoringModel.reverseMentoringDefaults();
    assertThatThrownBy(() -> Matcher.builder().scoring(model).scoring(model)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Matcher.builder().minimumScore(0.2).minimumScore(0.3))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Matcher.builder().deadline(Duration.ofSeconds(1)).deadline(Instant.now()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Matcher.builder().progressListener(ProgressListener.NONE).progressListener((p, f) -> { }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badSettingsFailWhenGiven() {
    assertThatThrownBy(() -> Matcher.builder().minimumScore(1.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Matcher.builder().minimumScore(Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Matcher.builder().deadline(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Matcher.builder().deadline(Duration.ofSeconds(-1))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Matcher.builder().strategy((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constraintsCanBeAddedReplacedAndRemoved() {
    Matcher m = Matcher.builder().constraint(Constraints.differentDepartment())
        .constraint(Constraints.mentorMoreJunior(3)).withoutConstraint("no-repeat").build();
    assertThat(m.constraints()).extracting(c -> c.id())
        .containsExactly("reporting-chain", "seniority-gap", "shared-language", "exclusions", "different-department");
    MatchResult r = m.match(SAMPLE);
    for (Pairing p : r.pairs()) {
      Participant mentor = SAMPLE.participant(p.mentorId()).orElseThrow();
      Participant mentee = SAMPLE.participant(p.menteeId()).orElseThrow();
      assertThat(mentor.department()).isNotEqualTo(mentee.department());
      assertThat(mentee.seniority() - mentor.seniority()).isGreaterThanOrEqualTo(3);
    }
    assertThat(Matcher.builder().constraints(List.of()).build().constraints()).isEmpty();
  }

  @Test
  void theMinimumScoreKeepsLowPairsOutAndSaysWhy() {
    MatchResult r = Matcher.builder().strategy("optimal").minimumScore(0.8).build().match(SAMPLE);
    assertThat(r.pairs()).allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.8));
    assertThat(r.unmatched()).anySatisfy(u -> {
      assertThat(u.reason()).isEqualTo(UnmatchedReason.BELOW_MINIMUM_SCORE);
      assertThat(u.detail()).contains("below the minimum 0.8000");
    });
  }

  @Test
  void aPlugInWithoutOptionSupportStillHonoursTheMinimum() {
    MatchingStrategy plugIn = new FirstFitStrategy();
    MatchResult all = Matcher.builder().strategy(plugIn).build().match(SAMPLE);
    MatchResult high = Matcher.builder().strategy("first-fit").minimumScore(0.75).build().match(SAMPLE);
    assertThat(high.pairs()).allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.75));
    assertThat(high.pairs()).isSubsetOf(all.pairs());
    long dropped = all.pairs().stream().filter(p -> p.score() < 0.75).count();
    assertThat(dropped).isPositive();
    assertThat(high.unmatched()).anySatisfy(u -> assertThat(u.reason()).isEqualTo(UnmatchedReason.BELOW_MINIMUM_SCORE));
  }

  @Test
  void aPassedDeadlineOrAnInterruptStopsTheMatch() {
    Matcher late = Matcher.builder().strategy("stable").deadline(Instant.now().minusMillis(5)).build();
    assertThatThrownBy(() -> late.match(SAMPLE)).isInstanceOf(DeadlineExceededException.class)
        .satisfies(e -> assertThat(((DeadlineExceededException) e).deadline()).isBefore(Instant.now()));
    Matcher m = Matcher.builder().deadline(Duration.ofMinutes(5)).build();
    assertThat(m.match(SAMPLE).pairs()).isNotEmpty();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> m.match(SAMPLE)).isInstanceOf(MatchingInterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theProgressListenerHearsEachPhaseOnTheCallingThread() {
    List<String> phases = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();
    Matcher m = Matcher.builder().strategy(new StableStrategy(StableStrategy.Proposing.MENTORS))
        .progressListener((phase, fraction) -> {
          threads.add(Thread.currentThread());
          if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
            phases.add(phase);
          }
        }).build();
    m.match(SAMPLE);
    assertThat(phases).containsExactly(ProgressListener.SCORING, ProgressListener.SOLVING, ProgressListener.RESULT);
    assertThat(threads).containsOnly(caller);
  }

  @Test
  void toStringNamesNoPerson() {
    String s = Matcher.builder().strategy("stable").minimumScore(0.25).deadline(Duration.ofSeconds(3)).build().toString();
    assertThat(s).contains("strategy=stable", "minimumScore=0.25", "timeout=PT3S");
    for (Participant p : SAMPLE.mentors()) {
      p.displayName().ifPresent(name -> assertThat(s).doesNotContain(name));
    }
  }

  @Test
  void optionsValidateAndVaryByCopies() {
    MatchingOptions o = MatchingOptions.defaults();
    assertThat(o.withMinimumScore(0.4).minimumScore()).isEqualTo(0.4);
    assertThat(o.minimumScore()).isZero();
    Instant at = Instant.parse("2030-01-01T00:00:00Z");
    assertThat(o.withDeadline(at).deadline()).contains(at);
    assertThat(o.withDeadline(at).withoutDeadline().deadline()).isEmpty();
    assertThat(o.withDeadline(Instant.MAX).toString()).contains("minimumScore=0.0000");
    o.withDeadline(Instant.MAX).checkpoint();
    assertThatThrownBy(() -> o.withMinimumScore(-0.1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> o.withDeadline(Instant.MIN).checkpoint()).isInstanceOf(DeadlineExceededException.class);
  }
}
