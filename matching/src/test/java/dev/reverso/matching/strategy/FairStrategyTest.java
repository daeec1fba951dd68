package dev.reverso.matching.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.MatchingProblem;
import dev.reverso.matching.spi.MatchingStrategy;
import dev.reverso.matching.strategy.fair.FairStrategy;
import net.jqwik.api.Example;

class FairStrategyTest extends MatchingStrategyContract {

  @Override
  MatchingStrategy strategy() {
    return new FairStrategy();
  }

  @Example
  void saysWhichSolverRan() {
    MatchingProblem problem = MatchingProblem.of(SampleOrganization.generate(300, 1));
    assertThat(strategy().match(problem).solverPath()).startsWith("bottleneck");
  }
}
