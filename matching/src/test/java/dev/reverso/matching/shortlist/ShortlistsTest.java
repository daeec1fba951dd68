package dev.reverso.matching.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.result.MatchingOptions;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.spi.template.MatchingRound;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Shortlists: sizes, admissibility, the exposure bound, and optimality against brute force. */
class ShortlistsTest {

  /** Small programmes: a few juniors and seniors with random skills, capacities 1..2, some withdrawn. */
  static Program program(long seed, int mentors, int mentees) {
    Random rnd = new Random(seed);
    String[] skills = {"genai", "data", "strategy", "finance"};
    Program.Builder b = Program.builder();
    for (int i = 0; i < mentors; i++) {
      Participant.Builder p = Participant.builder("j" + i).seniority(1 + rnd.nextInt(3)).capacity(1 + rnd.nextInt(2))
          .skill(skills[rnd.nextInt(2)], 2 + rnd.nextInt(4)).goal(skills[2 + rnd.nextInt(2)], 0, 3,
              dev.reverso.core.Priority.MEDIUM);
      if (rnd.nextInt(9) == 0) {
        p.consent(dev.reverso.core.Consent.WITHDRAWN);
      }
      b.mentor(p.build());
    }
    for (int j = 0; j < mentees; j++) {
      Participant.Builder p = Participant.builder("s" + j).seniority(7 + rnd.nextInt(5)).capacity(1 + rnd.nextInt(2))
          .skill(skills[2 + rnd.nextInt(2)], 2 + rnd.nextInt(4)).goal(skills[rnd.nextInt(2)], 0, 1 + rnd.nextInt(4),
              dev.reverso.core.Priority.HIGH);
      if (rnd.nextInt(9) == 0) {
        p.consent(dev.reverso.core.Consent.WITHDRAWN);
      }
      b.mentee(p.build());
    }
    return b.build();
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void respectExposureSizeAndAdmissibilityAndAreOptimalAgainstBruteForce(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int mentors, @ForAll @IntRange(min = 0, max = 3) int mentees,
      @ForAll @IntRange(min = 1, max = 3) int k, @ForAll @IntRange(min = 1, max = 4) int exposureTenths) {
    Program program = program(seed, mentors, mentees);
    MatchingProblem problem = MatchingProblems.of(program);
    double exposure = exposureTenths * 0.5;
    Shortlists lists = Shortlists.build(problem, k, ShortlistOptions.defaults().withExposure(exposure));
    MatchingRound round = MatchingRound.open(problem, MatchingOptions.defaults(), false);
    Map<ParticipantId, Integer> counts = lists.exposureCounts();
    counts.forEach((id, c) -> {
      Participant p = program.participant(id).orElseThrow();
      assertThat(p.hasConsent()).isTrue();
      assertThat(c).as("exposure of %s", id).isLessThanOrEqualTo((int) Math.ceil(exposure * p.capacity() - 1e-9));
    });
    double menteeSide = 0;
    for (Shortlist l : lists.forMentees()) {
      assertThat(l.suggestions()).hasSizeLessThanOrEqualTo(k);
      int j = problem.menteeIndex(l.personId());
      for (Suggestion s : l.suggestions()) {
        assertThat(round.isAdmissible(problem.mentorIndex(s.partnerId()), j)).isTrue();
        menteeSide += s.score();
      }
    }
    double mentorSide = 0;
    for (Shortlist l : lists.forMentors()) {
      assertThat(l.suggestions()).hasSizeLessThanOrEqualTo(k);
      int i = problem.mentorIndex(l.personId());
      for (Suggestion s : l.suggestions()) {
        assertThat(round.isAdmissible(i, problem.menteeIndex(s.partnerId()))).isTrue();
        mentorSide += s.score();
      }
    }
    assertThat(lists.forMentees().size() + lists.forMentors().size())
        .isEqualTo((int) program.mentors().stream().filter(Participant::hasConsent).count()
            + (int) program.mentees().stream().filter(Participant::hasConsent).count());
    assertThat(menteeSide).isCloseTo(best(problem, round, k, exposure, true), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(mentorSide).isCloseTo(best(problem, round, k, exposure, false), org.assertj.core.data.Offset.offset(1e-9));
  }

  /** The best total by enumerating every set of admissible pairs. */
  private static double best(MatchingProblem problem, MatchingRound round, int k, double exposure,
      boolean menteesReceive) {
    int m = problem.mentorCount();
    int n = problem.menteeCount();
    int[][] pairs = new int[m * n][];
    int e = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (round.isAdmissible(i, j) && problem.score(i, j) > 0) {
          pairs[e++] = new int[] {i, j};
        }
      }
    }
    double best = 0;
    for (int mask = 0; mask < (1 << e); mask++) {
      int[] mentorDeg = new int[m];
      int[] menteeDeg = new int[n];
      double total = 0;
      for (int x = 0; x < e; x++) {
        if ((mask >> x & 1) != 0) {
          mentorDeg[pairs[x][0]]++;
          menteeDeg[pairs[x][1]]++;
          total += problem.score(pairs[x][0], pairs[x][1]);
        }
      }
      boolean ok = true;
      for (int i = 0; i < m && ok; i++) {
        int cap = (int) Math.ceil(exposure * problem.mentorCapacity(i) - 1e-9);
        ok = mentorDeg[i] <= (menteesReceive ? cap : k);
      }
      for (int j = 0; j < n && ok; j++) {
        int cap = (int) Math.ceil(exposure * problem.menteeCapacity(j) - 1e-9);
        ok = menteeDeg[j] <= (menteesReceive ? k : cap);
      }
      if (ok) {
        best = Math.max(best, total);
      }
    }
    return best;
  }

  @Example
  void theBestRatedMentorIsNotShownToEveryone() {
    Program program = SampleOrganization.generate(300, 11);
    Shortlists lists = Shortlists.build(program, 3, ShortlistOptions.defaults());
    lists.exposureCounts().forEach((id, c) ->
        assertThat(c).isLessThanOrEqualTo(3 * program.participant(id).orElseThrow().capacity()));
    assertThat(lists.forMentees()).isNotEmpty();
    assertThat(lists.forMentees()).allSatisfy(l -> {
      for (int r = 0; r < l.suggestions().size(); r++) {
        assertThat(l.suggestions().get(r).rank()).isEqualTo(r + 1);
      }
    });
    assertThat(Shortlists.build(program, 3, ShortlistOptions.defaults()).all()).isEqualTo(lists.all());
  }

  @Example
  void refusesBadSettings() {
    Program program = program(1, 2, 2);
    assertThatThrownBy(() -> Shortlists.build(program, 0, ShortlistOptions.defaults()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> ShortlistOptions.defaults().withExposure(0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("above 0");
    assertThat(Shortlists.bound(3, 1)).isEqualTo(3);
    assertThat(Shortlists.bound(0.3, 10)).isEqualTo(3);
    assertThat(Shortlists.bound(0.5, 3)).isEqualTo(2);
  }
}
