package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.plugin.FirstFitStrategy;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.fair.FairStrategy;
import dev.reverso.matching.strategy.greedy.GreedyStrategy;
import dev.reverso.matching.strategy.incremental.IncrementalStrategy;
import dev.reverso.matching.strategy.optimal.OptimalStrategy;
import dev.reverso.matching.strategy.stable.StableStrategy;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.result.UnknownStrategyException;

class MatchingStrategiesTest {

  @Test
  void listsTheBuiltInsFirstThenThePlugIns() {
    assertThat(MatchingStrategies.names()).containsExactly("fair", "greedy", "incremental", "optimal", "stable",
        "first-fit");
    assertThat(MatchingStrategies.available()).allSatisfy(d -> assertThat(d.description()).isNotBlank());
    assertThat(MatchingStrategies.available().stream().filter(MatchingStrategies.Descriptor::builtIn)
        .map(MatchingStrategies.Descriptor::name)).containsExactly("fair", "greedy", "incremental", "optimal", "stable");
    assertThat(MatchingStrategies.available().get(5))
        .isEqualTo(new MatchingStrategies.Descriptor("first-fit",
            "each mentee takes the first allowed mentor with room (test plug-in)", FirstFitStrategy.class.getName(),
            false));
  }

  @Test
  void findsEachBuiltInByName() {
    assertThat(MatchingStrategies.named("fair")).isInstanceOf(FairStrategy.class);
    assertThat(MatchingStrategies.named("greedy")).isInstanceOf(GreedyStrategy.class);
    assertThat(MatchingStrategies.named("incremental")).isInstanceOf(IncrementalStrategy.class);
    assertThat(MatchingStrategies.named("optimal")).isInstanceOf(OptimalStrategy.class);
    assertThat(MatchingStrategies.named("stable")).isInstanceOf(StableStrategy.class);
    assertThat(((StableStrategy) MatchingStrategies.named("stable")).proposing())
        .isEqualTo(StableStrategy.Proposing.MENTEES);
  }

  @Test
  void namesIgnoreCaseWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("az"), Locale.ROOT}) {
        Locale.setDefault(locale);
        assertThat(MatchingStrategies.named("OPTIMAL")).isInstanceOf(OptimalStrategy.class);
        assertThat(MatchingStrategies.named("Stable")).isInstanceOf(StableStrategy.class);
        assertThat(MatchingStrategies.named("INCREMENTAL")).isInstanceOf(IncrementalStrategy.class);
        // Turkish dotted capital I and dotless small i fold to the ASCII letters, as equalsIgnoreCase does.
        assertThat(MatchingStrategies.named("OPT\u0130MAL")).isInstanceOf(OptimalStrategy.class);
        assertThat(MatchingStrategies.named("opt\u0131mal")).isInstanceOf(OptimalStrategy.class);
        assertThat(MatchingStrategies.named(" greedy ")).isInstanceOf(GreedyStrategy.class);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownNameFailsListingTheAvailableNames() {
    assertThatThrownBy(() -> MatchingStrategies.named("hungarian"))
        .isInstanceOf(UnknownStrategyException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected one of fair, greedy, incremental, optimal, stable, first-fit, found 'hungarian'")
        .satisfies(e -> {
          UnknownStrategyException u = (UnknownStrategyException) e;
          assertThat(u.name()).isEqualTo("hungarian");
          assertThat(u.availableNames()).contains("optimal", "first-fit");
          assertThat(u.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("strategy"));
        });
  }

  @Test
  void findsAPlugInRegisteredThroughServicesByName() {
    assertThat(MatchingStrategies.named("first-fit")).isInstanceOf(FirstFitStrategy.class);
    assertThat(MatchingStrategies.named("FIRST-FIT")).isInstanceOf(FirstFitStrategy.class);
  }

  @Test
  void aBuiltInWinsOverAPlugInWithTheSameName() {
    MatchingStrategy s = MatchingStrategies.named("Optimal");
    assertThat(s).isInstanceOf(OptimalStrategy.class);
    assertThat(MatchingStrategies.names()).containsOnlyOnce("optimal").doesNotContain("Optimal");
  }

  @Test
  void usesTheContextClassLoaderToo() {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    try {
      t.setContextClassLoader(new ClassLoader(before) { });
      assertThat(MatchingStrategies.named("first-fit")).isInstanceOf(FirstFitStrategy.class);
      t.setContextClassLoader(null);
      assertThat(MatchingStrategies.named("optimal")).isInstanceOf(OptimalStrategy.class);
    } finally {
      t.setContextClassLoader(before);
    }
  }
}
