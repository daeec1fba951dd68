package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Scores in results carry no float noise: six decimals, the shortest text of the double is the decimal. */
class ScoreRoundingTest {

  @Test
  void aFloatScoreReadsAsItsDecimal() {
    double noisy = (double) (7f / 9f); // 0.7777777910232544
    assertThat(Double.toString(noisy)).isEqualTo("0.7777777910232544");
    assertThat(Explanation.round(noisy)).isEqualTo(0.777778);
    assertThat(Double.toString(Explanation.round(noisy))).isEqualTo("0.777778");
    assertThat(Explanation.round((double) 0.35f)).isEqualTo(0.35);
    assertThat(Explanation.round(1.0)).isEqualTo(1.0);
    assertThat(Explanation.round(0.0)).isEqualTo(0.0);
  }

  @Property
  void roundingIsCloseIdempotentAndShort(@ForAll @DoubleRange(min = 0, max = 1) double x) {
    double r = Explanation.round(x);
    assertThat(r).isCloseTo(x, within(5e-7 + 1e-15));
    assertThat(Explanation.round(r)).isEqualTo(r);
    assertThat(new BigDecimal(Double.toString(r)).stripTrailingZeros().scale()).isLessThanOrEqualTo(Explanation.SCORE_DECIMALS);
  }

  @Property(tries = 10)
  void everyScoreOfAResultHasAtMostSixDecimals(@ForAll @IntRange(min = 80, max = 400) int people, @ForAll long seed) {
    MatchResult r = Matcher.builder().strategy("optimal").build().match(SampleOrganization.generate(people, seed));
    for (Pairing p : r.pairs()) {
      assertShort(p.score());
      assertShort(p.explanation().total());
      assertThat(p.score()).isEqualTo(p.explanation().total());
      for (Explanation.Contribution c : p.explanation().contributions()) {
        assertShort(c.score());
        assertShort(c.contribution());
      }
    }
  }

  private static void assertShort(double x) {
    assertThat(new BigDecimal(Double.toString(x)).stripTrailingZeros().scale()).as("%s", x).isLessThanOrEqualTo(Explanation.SCORE_DECIMALS);
  }
}
