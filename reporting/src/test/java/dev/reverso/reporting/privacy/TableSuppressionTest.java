package dev.reverso.reporting.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Complementary suppression across every published column of a breakdown ({@link SmallGroupSuppression}). */
class TableSuppressionTest {
  private final SmallGroupSuppression five = SmallGroupSuppression.defaults();

  // Legal (2 people) and Audit (3) are suppressed; Sales (40) is the one published group. Nobody in Legal or Audit
  // mentors: the summary's mentors minus Sales' mentors is 0, so both suppressed cells are exactly 0.
  private static final List<Integer> SIZES = List.of(2, 3, 40);
  private static final List<List<Integer>> COLUMNS = List.of(List.of(0, 0, 6), List.of(1, 2, 9));

  @Test
  void theLegalAndAuditTableOfTheOldRuleGaveBothSuppressedGroupsAway() {
    // the old rule looked at the sizes only: Legal and Audit suppressed, Sales published
    SmallGroupSuppression.Result sizesOnly = five.suppress(SIZES);
    assertThat(sizesOnly.suppressed()).containsExactly(0, 1);
    assertThat(SubtractionCheck.problems(SIZES, COLUMNS, sizesOnly))
        .containsExactly("column 1: the suppressed cells add up to 0, so each is 0");
  }

  @Test
  void theLegalAndAuditTableNowWithholdsSalesToo() {
    SmallGroupSuppression.Result r = five.suppress(SIZES, COLUMNS);
    assertThat(r.suppressed()).containsExactly(0, 1, 2);
    assertThat(r.suppressTotal()).isFalse(); // 45 people cannot be split into 2 + 3 + 40 from the total alone
    assertThat(SubtractionCheck.problems(SIZES, COLUMNS, r)).isEmpty();
  }

  @Test
  void aColumnWhereTheSuppressedGroupsAreWholeTakesAGroupThatIsNot() {
    // everyone in the two small groups volunteered: 2 + 3 = 5 of 5, each is its whole group
    List<Integer> sizes = List.of(2, 3, 8, 20);
    List<List<Integer>> cols = List.of(List.of(2, 3, 8, 4));
    SmallGroupSuppression.Result r = five.suppress(sizes, cols);
    assertThat(r.suppressed()).containsExactly(0, 1, 3); // group 2 is whole too, so it would not help
    assertThat(SubtractionCheck.problems(sizes, cols, r)).isEmpty();
  }

  @Test
  void aColumnThatIsZeroEverywhereGivesNothingAwayBeyondItsTotal() {
    List<Integer> sizes = List.of(2, 3, 8, 20);
    List<List<Integer>> cols = List.of(List.of(0, 0, 0, 0));
    assertThat(five.suppress(sizes, cols).suppressed()).containsExactly(0, 1);
  }

  @Test
  void columnsMustMatchTheGroupsAndBeCounts() {
    assertThatThrownBy(() -> five.suppress(List.of(1, 2), List.of(List.of(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 groups");
    assertThatThrownBy(() -> five.suppress(List.of(1, 2), List.of(List.of(1, -1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found -1");
  }

  /**
   * Over random tables: no published group is small, and the solver-free check holds (no row or published total
   * with exactly one suppressed cell, no column whose suppressed cells are forced to 0 or to their whole groups).
   */
  @Property(tries = 2000)
  void everyTableWithstandsSubtraction(@ForAll("tables") Table t, @ForAll @IntRange(min = 3, max = 8) int k) {
    SmallGroupSuppression.Result r = SmallGroupSuppression.withMinGroupSize(k).suppress(t.sizes(), t.columns());
    for (int i = 0; i < t.sizes().size(); i++) {
      if (!r.isSuppressed(i)) {
        assertThat(t.sizes().get(i)).as("published group %d of %s", i, t).isGreaterThanOrEqualTo(k);
      }
    }
    assertThat(SubtractionCheck.problems(t.sizes(), t.columns(), r)).as("%s, k = %d", t, k).isEmpty();
    // the same groups whatever the order the columns come in: suppression is a function of the table
    assertThat(SmallGroupSuppression.withMinGroupSize(k).suppress(t.sizes(), t.columns())).isEqualTo(r);
  }

  record Table(List<Integer> sizes, List<List<Integer>> columns) {}

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 4)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(5, 12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(13, 200)));
    Arbitrary<List<Integer>> sizes = size.list().ofMinSize(1).ofMaxSize(9);
    Arbitrary<List<Double>> fractions = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0.0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(1.0)),
        net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 1))).list().ofSize(9);
    return sizes.flatMap(s -> Combinators.combine(Arbitraries.just(s), fractions.list().ofMinSize(0).ofMaxSize(4))
        .as((sz, fr) -> {
          List<List<Integer>> cols = new ArrayList<>();
          for (List<Double> f : fr) {
            List<Integer> c = new ArrayList<>();
            for (int i = 0; i < sz.size(); i++) {
              c.add((int) Math.round(f.get(i) * sz.get(i)));
            }
            cols.add(c);
          }
          return new Table(sz, cols);
        }));
  }
}
