package dev.reverso.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.score.Criteria;
import dev.reverso.matching.score.ScoringModel;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The threshold search for top-k candidates ({@link ThresholdTopK}, {@link CandidateTable}) gives exactly
 * the lists that scoring every pair gives ({@link TopK}): same mentors, same {@code float} scores, same
 * order (ties by lower mentor index), on random programmes full of ties (people drawn from few profiles),
 * forbidden pairs (exclusions, reporting lines, seniority, languages) and random models and filters.
 */
class ThresholdTopKProperties {
  private static final String[] SKILLS = {"genai", "data", "cloud", "strategy", "finance", "leadership", "ux"};
  private static final String[] VALUES = {"curiosity", "candour", "care", "craft", "courage"};
  private static final String[] WIDE_VALUES = java.util.stream.IntStream.range(0, 20)
      .mapToObj(v -> v < VALUES.length ? VALUES[v] : "value-" + v).toArray(String[]::new);
  private static final String[] ZONES = {"Europe/Rome", "America/New_York", "Asia/Tokyo", "Europe/London"};

  /**
   * A random programme: {@code profiles} templates per side (few templates: many identical people, so many
   * tied scores), every field sometimes missing, random exclusions and mentors reporting to mentees.
   */
  static Program programme(long seed, int mentors, int mentees, int profiles) {
    return programme(seed, mentors, mentees, profiles, false);
  }

  /**
   * As {@link #programme(long, int, int, int)}; when {@code wide}, with a skill taxonomy (so a held skill
   * earns credit for related goals and level codes no longer fit in 3 bits) and 20 values to choose from.
   */
  static Program programme(long seed, int mentors, int mentees, int profiles, boolean wide) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder();
    if (wide) {
      b.taxonomy(SkillTaxonomy.builder()
          .skill("digital", "Digital").skill("genai", "GenAI", "digital").skill("data", "Data", "digital")
          .skill("cloud", "Cloud", "data").skill("ux", "UX", "digital")
          .skill("business", "Business").skill("strategy", "Strategy", "business")
          .skill("finance", "Finance", "business").skill("leadership", "Leadership", "strategy")
          .build());
    }
    String[] values = wide ? WIDE_VALUES : VALUES;
    b.person(Participant.builder("boss").seniority(20).build());
    long[] menteeProfiles = new long[Math.max(1, profiles)];
    long[] mentorProfiles = new long[Math.max(1, profiles)];
    for (int p = 0; p < menteeProfiles.length; p++) {
      menteeProfiles[p] = rnd.nextLong();
      mentorProfiles[p] = rnd.nextLong();
    }
    for (int j = 0; j < mentees; j++) {
      Participant.Builder pb = Participant.builder("e" + j).manager("boss")
          .capacity(1 + rnd.nextInt(2));
      profile(pb, new Random(menteeProfiles[rnd.nextInt(menteeProfiles.length)]), 4, values);
      b.mentee(pb.build());
    }
    for (int i = 0; i < mentors; i++) {
      Participant.Builder pb = Participant.builder("r" + i).capacity(1 + rnd.nextInt(3));
      pb.manager(mentees > 0 && rnd.nextInt(8) == 0 ? "e" + rnd.nextInt(mentees) : "boss");
      profile(pb, new Random(mentorProfiles[rnd.nextInt(mentorProfiles.length)]), 0, values);
      if (mentees > 0 && rnd.nextInt(3) == 0) {
        pb.exclude("e" + rnd.nextInt(mentees));
      }
      b.mentor(pb.build());
    }
    return b.build();
  }

  private static void profile(Participant.Builder pb, Random rnd, int seniorityBase, String[] values) {
    pb.seniority(1 + seniorityBase + rnd.nextInt(8));
    for (String s : SKILLS) {
      if (rnd.nextInt(3) == 0) {
        pb.skill(s, 1 + rnd.nextInt(5));
      }
    }
    int goals = rnd.nextInt(4);
    int first = rnd.nextInt(SKILLS.length);
    for (int g = 0; g < goals; g++) {
      int current = rnd.nextInt(4);
      String skill = SKILLS[(first + 2 * g) % SKILLS.length];
      pb.goal(new LearningGoal(skill, current, current + 1 + rnd.nextInt(5 - current),
          Priority.values()[rnd.nextInt(Priority.values().length)]));
    }
    for (String v : values) {
      if (rnd.nextInt(3) == 0) {
        pb.value(v, 1 + rnd.nextInt(5));
      }
    }
    pb.language(rnd.nextInt(4) == 0 ? "it" : "en");
    if (rnd.nextInt(5) != 0) {
      pb.timeZone(ZONES[rnd.nextInt(ZONES.length)]);
    }
    if (rnd.nextInt(4) != 0) {
      pb.hoursPerMonth(rnd.nextInt(4) * 2);
    }
    if (rnd.nextInt(4) != 0) {
      pb.department("d" + rnd.nextInt(3)).division("v" + rnd.nextInt(2)).location("l" + rnd.nextInt(2));
    }
  }

  /** A model with random weights (some 0), forward coverage always weighted. */
  static ScoringModel model(long seed) {
    Random rnd = new Random(seed);
    Criterion[] all = {Criteria.FORWARD_COVERAGE, Criteria.REVERSE_COVERAGE, Criteria.VALUES, Criteria.SENIORITY,
        Criteria.BOUNDARY, Criteria.TIME_ZONE, Criteria.AVAILABILITY};
    ScoringModel.Builder b = ScoringModel.builder();
    for (int c = 0; c < all.length; c++) {
      double w = c == 0 ? 0.05 + rnd.nextInt(8) / 10.0 : rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6) / 10.0;
      if (w > 0) {
        b.add(all[c], w);
      }
    }
    return b.build();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void searchEqualsScoringEveryPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int mentors,
      @ForAll @IntRange(min = 1, max = 12) int mentees, @ForAll @IntRange(min = 1, max = 6) int profiles,
      @ForAll @IntRange(min = 1, max = 8) int k, @ForAll @IntRange(min = 0, max = 3) int minimum,
      @ForAll boolean filtered) {
    Program program = programme(seed, mentors, mentees, profiles);
    EncodedProblem problem = (EncodedProblem) MatchingProblems.of(program, model(seed), Constraints.defaults());
    ThresholdTopK search = ThresholdTopK.of(problem);
    assertThat(search).isNotNull();
    double min = minimum * 0.15;
    PairFilter filter = filtered ? (i, j) -> ((i * 31 + j * 17) % 5) != 0 : PairFilter.ALL;
    int width = Math.max(1, Math.min(k, problem.mentorCount()));
    for (int j = 0; j < problem.menteeCount(); j++) {
      int[] expected = new int[width];
      float[] expectedScore = new float[width];
      int size = TopK.select(problem, filter, min, j, width, expected, expectedScore, 0);
      int[] actual = new int[width + 3];
      float[] actualScore = new float[width + 3];
      long[] read = new long[1];
      int got = search.select(filter, min, j, width, actual, actualScore, 3, Integer.MAX_VALUE, read);
      Statistics.label("search").collect(got < 0 ? "gave up" : read[0] < problem.mentorCount() ? "pruned" : "read all");
      if (got < 0) {
        continue;
      }
      assertThat(got).isEqualTo(size);
      assertThat(Arrays.copyOfRange(actual, 3, 3 + got)).containsExactly(Arrays.copyOf(expected, size));
      assertThat(Arrays.copyOfRange(actualScore, 3, 3 + got)).containsExactly(Arrays.copyOf(expectedScore, size));
    }
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void tableEqualsScoringEveryPair(@ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int mentors,
      @ForAll @IntRange(min = 0, max = 90) int mentees, @ForAll @IntRange(min = 1, max = 6) int profiles,
      @ForAll @IntRange(min = 1, max = 6) int k) {
    Program program = programme(seed, mentors, mentees, profiles);
    MatchingProblem problem = MatchingProblems.of(program, model(seed), Constraints.defaults());
    int[] capacity = problem.menteeCapacities();
    if (mentees > 0) {
      capacity[0] = 0;
    }
    CandidateTable table = CandidateTable.of(problem, MatchingOptions.defaults(), PairFilter.ALL, capacity, k);
    Statistics.label("stage").collect(table.stage.replaceAll("\\(.*", ""));
    int width = table.width;
    for (int j = 0; j < problem.menteeCount(); j++) {
      int[] expected = new int[width];
      float[] expectedScore = new float[width];
      int size = capacity[j] > 0 ? TopK.select(problem, PairFilter.ALL, 0, j, width, expected, expectedScore, 0) : 0;
      assertThat(table.count[j]).isEqualTo(size);
      assertThat(Arrays.copyOfRange(table.mentor, j * width, j * width + size))
          .containsExactly(Arrays.copyOf(expected, size));
      assertThat(Arrays.copyOfRange(table.score, j * width, j * width + size))
          .containsExactly(Arrays.copyOf(expectedScore, size));
    }
  }

  /**
   * Mentors who each hold one skill of ten, a mentee who wants one: forward coverage tells the mentors
   * apart, so the search scores only a few of them and still finds the exact top 5.
   */
  @Test
  void discriminatingGoalsAreFoundWithoutScoringEveryPair() {
    Program.Builder b = Program.builder();
    b.person(Participant.builder("boss").seniority(20).build());
    for (int i = 0; i < 400; i++) {
      b.mentor(Participant.builder("r" + i).manager("boss").seniority(2).language("en")
          .skill("s" + (i % 10), 1 + i % 5).build());
    }
    for (int j = 0; j < 70; j++) {
      b.mentee(Participant.builder("e" + j).manager("boss").seniority(9).language("en")
          .goal(new LearningGoal("s" + (j % 10), 0, 5, Priority.HIGH)).build());
    }
    MatchingProblem problem = MatchingProblems.of(b.build());
    CandidateTable table = CandidateTable.of(problem, MatchingOptions.defaults(), PairFilter.ALL,
        problem.menteeCapacities(), 5);
    assertThat(table.stage).startsWith("threshold(");
    double share = Double.parseDouble(table.stage.replaceAll("[^0-9.]", ""));
    assertThat(share).isLessThan(25.0);
    // Mentee e4 wants s4: its holders (i % 10 == 4) all have level 5 (i % 5 == 4) and tie; the lowest
    // indices win the tie.
    int[] top = Arrays.copyOfRange(table.mentor, 4 * table.width, 4 * table.width + table.count[4]);
    assertThat(top).containsExactly(problem.mentorIndex(id("r4")), problem.mentorIndex(id("r14")),
        problem.mentorIndex(id("r24")), problem.mentorIndex(id("r34")), problem.mentorIndex(id("r44")));
    // Mentee e3 wants s3, held at level 4 by i % 10 == 3; no other mentor covers its goal.
    int[] three = Arrays.copyOfRange(table.mentor, 3 * table.width, 3 * table.width + table.count[3]);
    assertThat(three).containsExactly(problem.mentorIndex(id("r3")), problem.mentorIndex(id("r13")),
        problem.mentorIndex(id("r23")), problem.mentorIndex(id("r33")), problem.mentorIndex(id("r43")));
  }

  @Test
  void aUserCriterionWithoutABoundFallsBackToFullScoring() {
    Criterion mine = new Criterion() {
      @Override
      public String id() {
        return "mine";
      }

      @Override
      public Beneficiary beneficiary() {
        return Beneficiary.BOTH;
      }

      @Override
      public Scorer bind(Program program) {
        return (mentor, mentee) -> ((mentor + mentee) % 3) / 2.0;
      }
    };
    Program program = programme(7, 30, 20, 3);
    MatchingProblem problem = MatchingProblems.of(program,
        ScoringModel.reverseMentoringDefaults().with(mine, 0.2), Constraints.defaults());
    CandidateTable table = CandidateTable.of(problem, MatchingOptions.defaults(), PairFilter.ALL,
        problem.menteeCapacities(), 4);
    assertThat(table.stage).isEqualTo("all-pairs(criterion 'mine' has no bound)");
  }

  private static dev.reverso.core.ParticipantId id(String s) {
    return dev.reverso.core.ParticipantId.of(s);
  }
}
