package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.matching.spi.MatchingStrategy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a container needs: its own executor, one exception type for bad input, a cached strategy look-up. */
class ContainerControlTest {
  private static final Program SAMPLE = SampleOrganization.generate(400, 11);

  @Test
  void scoringRunsOnTheGivenExecutorAndNotOnTheCommonPool() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "container-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Set<String> scoringThreads = ConcurrentHashMap.newKeySet();
      Criterion watching = Criterion.of("watching", Beneficiary.BOTH, (a, b) -> {
        scoringThreads.add(Thread.currentThread().getName());
        return 0.5;
      });
      ScoringModel model = ScoringModel.reverseMentoringDefaults().with(watching, 0.1);
      Matcher onPool = Matcher.builder().scoring(model).executor(r -> {
        tasks.incrementAndGet();
        pool.execute(r);
      }).build();
      MatchResult result = onPool.match(SAMPLE);

      assertThat(tasks.get()).isPositive();
      assertThat(scoringThreads).isNotEmpty()
          .allSatisfy(name -> assertThat(name).isIn("container-worker", Thread.currentThread().getName()));
      // the same result as on the common pool
      assertThat(result).isEqualTo(Matcher.builder().scoring(model).build().match(SAMPLE));
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void everyBuiltInStrategyUsesTheExecutor() {
    for (String name : MatchingStrategies.names()) {
      if (!MatchingStrategies.isBuiltIn(MatchingStrategies.named(name))) {
        continue;
      }
      AtomicInteger tasks = new AtomicInteger();
      Matcher m = Matcher.builder().strategy(name).executor(r -> {
        tasks.incrementAndGet();
        r.run();
      }).build();
      assertThat(m.match(SAMPLE)).as(name).isEqualTo(Matcher.builder().strategy(name).build().match(SAMPLE));
      assertThat(tasks.get()).as(name).isPositive();
    }
  }

  @Test
  void aCriterionScoringOutsideTheUnitIntervalIsOneInvalidInputException() {
    Criterion hobby = Criterion.of("hobby", Beneficiary.BOTH, (a, b) -> 2.0);
    ScoringModel model = ScoringModel.reverseMentoringDefaults().with(hobby, 0.2);
    for (Matcher m : new Matcher[] {Matcher.builder().scoring(model).build(),
        Matcher.builder().scoring(model).executor(Runnable::run).build()}) {
      Throwable t = catchThrowable(() -> m.match(SAMPLE));
      assertThat(t).isInstanceOf(InvalidInputException.class).hasNoCause();
      assertThat(((InvalidInputException) t).problems()).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("criteria.hobby");
        assertThat(p.message()).startsWith("expected a score in [0, 1] from the criterion 'hobby', found 2.0");
      });
    }
  }

  @Test
  void badSettingsThroughTheBuildersAreInvalidInputExceptions() {
    assertThat(catchThrowable(() -> ScoringModel.reverseMentoringDefaults().withWeight("hobby", 0.3)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weights.hobby")
        .hasMessageContaining(Criteria.FORWARD_COVERAGE_ID);
    assertThat(catchThrowable(() -> ScoringModel.reverseMentoringDefaults().without("hobby")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weights.hobby");
    assertThat(catchThrowable(() -> Matcher.builder().minimumScore(2)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimumScore");
    assertThat(catchThrowable(() -> Matcher.builder().deadline(java.time.Duration.ofSeconds(-1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("deadline");
    InvalidInputException shares = (InvalidInputException) catchThrowable(() -> Matcher.builder()
        .representation(dev.reverso.matching.result.MentorGroups.department(), Map.of("A", 1.5, " ", 0.1)));
    assertThat(shares.problems()).extracting(p -> p.location())
        .contains("representation.department[A]", "representation.department[ ]");
  }

  @Test
  void strategyLookUpIsCachedAndReloadable() {
    MatchingStrategy first = MatchingStrategies.named("greedy");
    assertThat(MatchingStrategies.named("GREEDY")).isSameAs(first);
    assertThat(MatchingStrategies.named("greedy")).isSameAs(first);
    MatchingStrategies.reload();
    MatchingStrategy again = MatchingStrategies.named("greedy");
    assertThat(again).isNotSameAs(first).hasSameClassAs(first);
    assertThat(MatchingStrategies.named("greedy")).isSameAs(again);
  }
}
