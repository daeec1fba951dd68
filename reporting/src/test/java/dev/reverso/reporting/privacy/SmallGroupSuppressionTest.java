package dev.reverso.reporting.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SmallGroupSuppressionTest {
  private final SmallGroupSuppression five = SmallGroupSuppression.defaults();

  @Test
  void defaultsToFiveAndRefusesBelowThree() {
    assertThat(five.minGroupSize()).isEqualTo(5);
    assertThat(SmallGroupSuppression.withMinGroupSize(3).minGroupSize()).isEqualTo(3);
    assertThatThrownBy(() -> SmallGroupSuppression.withMinGroupSize(2))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("minGroupSize");
          assertThat(p.message()).contains("3 or more").contains("found 2");
        }));
  }

  @Test
  void nothingSuppressedWhenAllGroupsAreLargeEnough() {
    assertThat(five.suppress(List.of(5, 12, 30)).suppressed()).isEmpty();
  }

  @Test
  void aLoneSmallGroupTakesTheNextSmallestWithIt() {
    SmallGroupSuppression.Result r = five.suppress(List.of(30, 2, 9, 7));
    assertThat(r.suppressed()).containsExactly(1, 3);
    assertThat(r.suppressTotal()).isFalse();
  }

  @Test
  void twoSmallGroupsNeedNoComplementUnlessTheyAreForcedValues() {
    assertThat(five.suppress(List.of(30, 2, 3, 7)).suppressed()).containsExactly(1, 2);
    // two groups of one: 1 + 1 = 2 could only be split one way, so a third group goes too
    assertThat(five.suppress(List.of(30, 1, 1, 7)).suppressed()).containsExactly(1, 2, 3);
  }

  @Test
  void tiesPickTheEarlierGroup() {
    assertThat(five.suppress(List.of(8, 1, 8)).suppressed()).containsExactly(0, 1);
  }

  @Test
  void anAllSuppressedRecoverableBreakdownWithholdsTheTotal() {
    assertThat(five.suppress(List.of(2)).suppressTotal()).isTrue();
    assertThat(five.suppress(List.of(1, 1, 1)).suppressTotal()).isTrue();
    assertThat(five.suppress(List.of(1, 2)).suppressTotal()).isFalse();
    assertThat(five.suppress(List.of()).suppressed()).isEmpty();
  }

  @Test
  void applyKeepsPublishedCells() {
    assertThat(five.apply(List.of("aaaaaaaaaa", "bb", "ccccccccc", "ddddddddddd"), String::length))
        .containsExactly(Optional.of("aaaaaaaaaa"), Optional.empty(), Optional.empty(), Optional.of("ddddddddddd"));
  }

  /**
   * A reader knows the published sizes, the total (when published), which groups were suppressed, the
   * smallest size in the breakdown and that suppressed groups are no larger than the smallest published one.
   * From these, every suppressed group below the threshold can still take at least two values; and no
   * published group is below the threshold.
   */
  @Property(tries = 1000)
  void noSmallGroupCanBeRecovered(@ForAll("sizes") List<Integer> sizes, @ForAll @IntRange(min = 3, max = 8) int k) {
    SmallGroupSuppression s = SmallGroupSuppression.withMinGroupSize(k);
    SmallGroupSuppression.Result r = s.suppress(sizes);
    int lowest = sizes.stream().mapToInt(Integer::intValue).min().orElse(0);
    long total = 0;
    long published = 0;
    long upper = Long.MAX_VALUE;
    List<Integer> hidden = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      total += sizes.get(i);
      if (r.isSuppressed(i)) {
        hidden.add(i);
      } else {
        assertThat(sizes.get(i)).as("published group %d", i).isGreaterThanOrEqualTo(k);
        published += sizes.get(i);
        upper = Math.min(upper, sizes.get(i));
      }
    }
    int m = hidden.size();
    for (int i : hidden) {
      if (sizes.get(i) >= k) {
        continue; // a complementary group: not small, nothing to protect
      }
      long lo;
      long hi;
      if (r.suppressTotal()) {
        lo = lowest;
        hi = upper;
      } else {
        long rest = total - published;
        lo = Math.max(lowest, upper == Long.MAX_VALUE ? lowest : rest - (m - 1) * upper);
        hi = Math.min(upper, rest - (long) (m - 1) * lowest);
      }
      assertThat(hi).as("the range of suppressed group %d in %s", i, sizes).isGreaterThan(lo);
      assertThat(sizes.get(i)).isBetween((int) lo, (int) Math.min(Integer.MAX_VALUE, hi));
    }
  }

  @Provide
  Arbitrary<List<Integer>> sizes() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 4)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(5, 12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(13, 200)));
    return size.list().ofMinSize(1).ofMaxSize(9);
  }
}
