package dev.reverso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.benchmarks.data.BenchmarkData;
import dev.reverso.benchmarks.data.BenchmarkData.Shape;
import dev.reverso.benchmarks.data.Candidates;
import dev.reverso.benchmarks.data.Preferences;
import dev.reverso.matching.internal.CandidateLists;
import dev.reverso.matching.spi.MatchingProblem;
import org.junit.jupiter.api.Test;
import dev.reverso.matching.MatchingProblems;

/** Benchmark inputs are deterministic and say what they claim: shapes, preference order, sparse form. */
class DataTest {
  private static final MatchingProblem PROBLEM = MatchingProblems.of(BenchmarkData.organisation(40, 30, 7));

  @Test
  void sameSeedSameMatrices() {
    for (Shape shape : Shape.values()) {
      // Arrays.deepEquals compares doubles by bits, so NaN (a forbidden pair) equals NaN.
      assertThat(java.util.Arrays.deepEquals(shape.scores(30, 5), shape.scores(30, 5))).isTrue();
    }
    assertThat(BenchmarkData.uniform(30, 5)).isNotEqualTo(BenchmarkData.uniform(30, 6));
  }

  @Test
  void mentoringMatrixHasTheCohortShapeTiesAndForbiddenPairs() {
    double[][] m = BenchmarkData.mentoring(60, 50, 3);
    assertThat(m).hasNumberOfRows(60);
    assertThat(m[0]).hasSize(50);
    long forbidden = 0;
    java.util.Set<Double> distinct = new java.util.HashSet<>();
    for (double[] row : m) {
      for (double v : row) {
        if (Double.isNaN(v)) {
          forbidden++;
        } else {
          assertThat(v).isBetween(0.0, 1.0);
          distinct.add(v);
        }
      }
    }
    assertThat(forbidden).isPositive();
    assertThat(distinct.size()).isLessThan(60 * 50 - (int) forbidden);
  }

  @Test
  void reducedFloorsAtZeroAndClearsForbiddenPairs() {
    double[][] r = BenchmarkData.reduced(new double[][] {{0.5, Double.NaN, -0.1, Double.NEGATIVE_INFINITY}});
    assertThat(r[0]).containsExactly(0.5, 0, 0, 0);
  }

  @Test
  void preferencesListAllowedPartnersBestFirst() {
    int[][] mentees = Preferences.ofMentees(PROBLEM);
    assertThat(mentees).hasNumberOfRows(PROBLEM.menteeCount());
    for (int j = 0; j < mentees.length; j++) {
      int allowed = 0;
      for (int i = 0; i < PROBLEM.mentorCount(); i++) {
        allowed += PROBLEM.allowed(i, j) ? 1 : 0;
      }
      assertThat(mentees[j]).hasSize(allowed);
      for (int k = 1; k < mentees[j].length; k++) {
        float before = (float) PROBLEM.menteeView(mentees[j][k - 1], j);
        float after = (float) PROBLEM.menteeView(mentees[j][k], j);
        assertThat(before > after || (before == after && mentees[j][k - 1] < mentees[j][k])).isTrue();
      }
    }
    int[][] mentors = Preferences.ofMentors(PROBLEM);
    for (int i = 0; i < mentors.length; i++) {
      for (int k = 1; k < mentors[i].length; k++) {
        assertThat((float) PROBLEM.mentorView(i, mentors[i][k - 1]))
            .isGreaterThanOrEqualTo((float) PROBLEM.mentorView(i, mentors[i][k]));
      }
    }
  }

  @Test
  void candidatesAreTheListsInRowForm() {
    CandidateLists lists = CandidateLists.of(PROBLEM, 5);
    Candidates c = Candidates.of(lists);
    assertThat(c.rowStart).hasSize(PROBLEM.menteeCount() + 1);
    assertThat(c.columns).hasSize((int) lists.totalCandidates());
    for (int j = 0; j < PROBLEM.menteeCount(); j++) {
      for (int r = 0; r < lists.size(j); r++) {
        assertThat(c.columns[c.rowStart[j] + r]).isEqualTo(lists.mentor(j, r));
        assertThat(c.scores[c.rowStart[j] + r]).isEqualTo((double) lists.score(j, r));
      }
    }
  }
}
