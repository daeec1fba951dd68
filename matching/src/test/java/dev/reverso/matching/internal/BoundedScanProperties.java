package dev.reverso.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The bounded scan ({@link BoundedScan}) gives exactly the lists that scoring every pair in full rows gives
 * ({@link TopK}): same mentors, same {@code float} scores, same order, for any tile size and batch, on the
 * random programmes of {@link ThresholdTopKProperties} (many ties, forbidden pairs, filters, minimum scores;
 * with and without a skill taxonomy and more values than a value mask holds, so both ways of computing
 * forward coverage and of bounding value alignment run) and random models, forward coverage included or not.
 */
class BoundedScanProperties {

  /** A model with random weights, any of them 0 (forward coverage too), at least one above 0. */
  static ScoringModel anyModel(long seed) {
    Random rnd = new Random(seed);
    Criterion[] all = {Criteria.FORWARD_COVERAGE, Criteria.REVERSE_COVERAGE, Criteria.VALUES, Criteria.SENIORITY,
        Criteria.BOUNDARY, Criteria.TIME_ZONE, Criteria.AVAILABILITY};
    ScoringModel.Builder b = ScoringModel.builder();
    boolean any = false;
    for (Criterion c : all) {
      double w = rnd.nextInt(3) == 0 ? 0 : (1 + rnd.nextInt(6)) / 10.0;
      if (w > 0) {
        b.add(c, w);
        any = true;
      }
    }
    if (!any) {
      b.add(Criteria.VALUES, 1);
    }
    return b.build();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void scanEqualsScoringEveryPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 70) int mentors,
      @ForAll @IntRange(min = 1, max = 40) int mentees, @ForAll @IntRange(min = 1, max = 6) int profiles,
      @ForAll @IntRange(min = 1, max = 8) int k, @ForAll @IntRange(min = 0, max = 3) int minimum,
      @ForAll boolean filtered, @ForAll @IntRange(min = 1, max = 20) int tile,
      @ForAll @IntRange(min = 1, max = 9) int batch, @ForAll boolean wide) {
    Program program = ThresholdTopKProperties.programme(seed, mentors, mentees, profiles, wide);
    EncodedProblem problem = (EncodedProblem) MatchingProblems.of(program, anyModel(seed), Constraints.defaults());
    BoundedScan scan = BoundedScan.of(problem, tile);
    assertThat(scan).isNotNull();
    Statistics.label("forward coverage").collect(scan.packsCodes() ? "packed codes" : "per goal");
    Statistics.label("value bound").collect(scan.masksValues() ? "value masks" : "totals only");
    double min = minimum * 0.15;
    PairFilter filter = filtered ? (i, j) -> ((i * 31 + j * 17) % 5) != 0 : PairFilter.ALL;
    int width = Math.max(1, Math.min(k, problem.mentorCount()));
    int n = problem.menteeCount();
    int[] capacity = problem.menteeCapacities();
    capacity[new Random(seed).nextInt(n)] = 0;
    int[] out = new int[n * width];
    float[] outScore = new float[n * width];
    int[] count = new int[n];
    Arrays.fill(count, -1);
    long full = 0;
    for (int from = 0; from < n; from += batch) {
      full += scan.select(filter, min, from, Math.min(n, from + batch), capacity, width, out, outScore, count);
    }
    long pairs = 0;
    for (int j = 0; j < n; j++) {
      int[] expected = new int[width];
      float[] expectedScore = new float[width];
      int size = capacity[j] > 0 ? TopK.select(problem, filter, min, j, width, expected, expectedScore, 0) : 0;
      pairs += capacity[j] > 0 ? problem.mentorCount() : 0;
      assertThat(count[j]).as("mentee %d", j).isEqualTo(capacity[j] > 0 ? size : -1);
      assertThat(Arrays.copyOfRange(out, j * width, j * width + size)).as("mentee %d", j)
          .containsExactly(Arrays.copyOf(expected, size));
      assertThat(Arrays.copyOfRange(outScore, j * width, j * width + size)).as("mentee %d", j)
          .containsExactly(Arrays.copyOf(expectedScore, size));
    }
    assertThat(full).isBetween(0L, pairs);
    Statistics.label("scored in full").collect(full == pairs ? "all" : full == 0 ? "none" : "some");
  }

  /** A programme with a taxonomy and 20 values takes the general ways (no packed codes, no value masks). */
  @Test
  void aTaxonomyAndManyValuesTakeTheGeneralWays() {
    Program program = ThresholdTopKProperties.programme(5, 60, 10, 30, true);
    EncodedProblem problem = (EncodedProblem) MatchingProblems.of(program, ScoringModel.reverseMentoringDefaults(),
        Constraints.defaults());
    BoundedScan scan = BoundedScan.of(problem);
    assertThat(scan.packsCodes()).isFalse();
    assertThat(scan.masksValues()).isFalse();
    BoundedScan plain = BoundedScan.of((EncodedProblem) MatchingProblems.of(
        ThresholdTopKProperties.programme(5, 60, 10, 30, false), ScoringModel.reverseMentoringDefaults(),
        Constraints.defaults()));
    assertThat(plain.packsCodes()).isTrue();
    assertThat(plain.masksValues()).isTrue();
  }

  /**
   * On the sample organisation nearly every mentor covers every goal, so the threshold search gives up and
   * the table takes the scan: the lists are still those of full rows, most pairs stop before their score is
   * finished, and the stage says how many were scored in full.
   */
  @Test
  void onTheSampleOrganisationTheScanFinishesFewScores() {
    Program program = SampleOrganization.options().people(40_000).mentors(3_000).mentees(300).seed(7).generate();
    MatchingProblem problem = MatchingProblems.of(program, ScoringModel.reverseMentoringDefaults(),
        Constraints.defaults());
    int[] capacity = problem.menteeCapacities();
    CandidateTable table = CandidateTable.of(problem, MatchingOptions.defaults(), PairFilter.ALL, capacity, 50);
    assertThat(table.stage).startsWith("bounded-scan(").endsWith("; threshold search gave up on 64 of 64 probe mentees)");
    double share = Double.parseDouble(table.stage.replaceAll("^bounded-scan\\(([0-9.]+)% .*", "$1"));
    assertThat(share).isLessThan(50.0);
    int width = table.width;
    for (int j = 0; j < problem.menteeCount(); j++) {
      int[] expected = new int[width];
      float[] expectedScore = new float[width];
      int size = TopK.select(problem, PairFilter.ALL, 0, j, width, expected, expectedScore, 0);
      assertThat(table.count[j]).isEqualTo(size);
      assertThat(Arrays.copyOfRange(table.mentor, j * width, j * width + size)).containsExactly(Arrays.copyOf(expected, size));
      assertThat(Arrays.copyOfRange(table.score, j * width, j * width + size))
          .containsExactly(Arrays.copyOf(expectedScore, size));
    }
  }
}
