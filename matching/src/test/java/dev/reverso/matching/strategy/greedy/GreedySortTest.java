package dev.reverso.matching.strategy.greedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.matching.result.DeadlineExceededException;
import dev.reverso.matching.result.MatchingOptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The greedy strategy's stoppable sort: the same order as Arrays.sort on distinct keys, and it stops. */
class GreedySortTest {

  private static long[] keys(long seed, int size, int shape) {
    Random rnd = new Random(seed);
    long[] k = new long[size];
    for (int x = 0; x < size; x++) {
      switch (shape) {
        case 0 -> k[x] = rnd.nextLong();
        case 1 -> k[x] = x;
        case 2 -> k[x] = size - x;
        // Like greedy keys: a few score levels in the high bits, the position in the low bits.
        default -> k[x] = ((long) rnd.nextInt(4) << 33) | x;
      }
    }
    return k;
  }

  @Property(tries = 100)
  void sortsLikeArraysSort(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int size,
      @ForAll @IntRange(min = 0, max = 3) int shape, @ForAll @IntRange(min = 1, max = 64) int run) {
    long[] k = keys(seed, size, shape);
    if (shape == 0) {
      k = Arrays.stream(k).distinct().toArray();
    }
    long[] expected = k.clone();
    Arrays.sort(expected);
    GreedyStrategy.sort(k, MatchingOptions.defaults(), run);
    assertThat(k).isEqualTo(expected);
  }

  @Test
  void aPassedDeadlineStopsTheSort() {
    long[] k = keys(1, 100_000, 0);
    MatchingOptions late = MatchingOptions.defaults().withDeadline(Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> GreedyStrategy.sort(k, late, 1000)).isInstanceOf(DeadlineExceededException.class);
  }
}
