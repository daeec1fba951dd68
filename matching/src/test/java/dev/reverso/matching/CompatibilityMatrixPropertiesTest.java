package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.internal.CompatibilityMatrix;
import dev.reverso.matching.spi.MatchingProblem;

/** The matrix and the candidate lists do not depend on the thread count, and agree with each other. */
class CompatibilityMatrixPropertiesTest {

  private static <T> T inPool(int threads, Supplier<T> task) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(task::get).get();
    } finally {
      pool.shutdown();
    }
  }

  @Property(tries = 30)
  void matrixDoesNotDependOnThreadCountAndMatchesScores(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 300) int people) throws Exception {
    MatchingProblem p = MatchingProblems.of(TestPrograms.random(seed, people));
    CompatibilityMatrix one = inPool(1, () -> CompatibilityMatrix.of(p));
    CompatibilityMatrix four = inPool(4, () -> CompatibilityMatrix.of(p));
    assertThat(one.rowCount()).isEqualTo(p.menteeCount());
    assertThat(one.columnCount()).isEqualTo(p.mentorCount());
    assertThat(one.columnCapacities()).isEqualTo(p.mentorCapacities());
    double[][] array = four.toArray();
    for (int j = 0; j < p.menteeCount(); j++) {
      assertThat(four.row(j)).isEqualTo(one.row(j));
      for (int i = 0; i < p.mentorCount(); i++) {
        if (p.allowed(i, j)) {
          assertThat(one.get(j, i)).isEqualTo((float) p.score(i, j));
          assertThat(array[j][i]).isEqualTo((double) (float) p.score(i, j));
        } else {
          assertThat(one.get(j, i)).isNaN();
          assertThat(one.allowed(j, i)).isFalse();
          assertThat(array[j][i]).isNaN();
        }
      }
    }
  }

  @Property(tries = 40)
  void candidateListsAreTheTopKOfTheMatrixWhateverTheThreadCount(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 300) int people, @ForAll @IntRange(min = 1, max = 12) int k)
      throws Exception {
    MatchingProblem p = MatchingProblems.of(TestPrograms.random(seed, people));
    if (p.mentorCount() == 0) {
      return;
    }
    CandidateLists one = inPool(1, () -> CandidateLists.of(p, k));
    CandidateLists four = inPool(4, () -> CandidateLists.of(p, k));
    CompatibilityMatrix matrix = CompatibilityMatrix.of(p);
    for (int j = 0; j < p.menteeCount(); j++) {
      assertThat(four.mentorsOf(j)).isEqualTo(one.mentorsOf(j));
      assertThat(four.scoresOf(j)).isEqualTo(one.scoresOf(j));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < p.mentorCount(); i++) {
        if (matrix.allowed(j, i)) {
          order.add(i);
        }
      }
      int row = j;
      order.sort(Comparator.comparing((Integer i) -> -matrix.get(row, i)).thenComparing(i -> i));
      List<Integer> top = order.subList(0, Math.min(k, order.size()));
      assertThat(one.size(j)).isEqualTo(top.size());
      assertThat(one.mentorsOf(j)).containsExactly(top.stream().mapToInt(Integer::intValue).toArray());
      for (int r = 0; r < top.size(); r++) {
        assertThat(one.score(j, r)).isEqualTo(matrix.get(j, top.get(r)));
      }
    }
  }
}
