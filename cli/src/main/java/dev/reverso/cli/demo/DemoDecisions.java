package dev.reverso.cli.demo;

import dev.reverso.core.Consent;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.shortlist.Shortlist;
import dev.reverso.matching.shortlist.ShortlistOptions;
import dev.reverso.matching.shortlist.Shortlists;
import dev.reverso.matching.shortlist.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people decide in the demo, so that its files show it: two mentors and one mentee withdraw consent,
 * the programme manager pins two pairs (allowed ones, among people who consent), and the first
 * {@value #PICKERS} mentees pick from fair-exposure shortlists of {@value #LIST_SIZE}, in the order shown
 * (their stated preferences). Deterministic for a seed.
 */
public final class DemoDecisions {
  /** How many mentees state preferences. */
  public static final int PICKERS = 6;
  /** The shortlist size they pick from. */
  public static final int LIST_SIZE = 3;

  private DemoDecisions() {}

  /** The programme with these decisions; a programme too small for them is returned with fewer. */
  public static Program apply(Program program, long seed) {
    Random rnd = new Random(seed ^ 0x5eed_dec1L);
    int m = program.mentors().size();
    int n = program.mentees().size();
    Map<ParticipantId, Participant.Builder> changed = new HashMap<>();
    List<ParticipantId> withdrawn = new ArrayList<>();
    for (int k = 0; k < 2 && m > 4; k++) {
      withdrawn.add(program.mentors().get(m - 1 - k).id());
    }
    if (n > 4) {
      withdrawn.add(program.mentees().get(n - 1).id());
    }
    for (ParticipantId id : withdrawn) {
      changed.put(id, program.participant(id).orElseThrow().toBuilder().consent(Consent.WITHDRAWN));
    }
    MatchingProblem problem = MatchingProblems.of(program);
    List<Integer> pinnedMentors = new ArrayList<>();
    List<Integer> pinnedMentees = new ArrayList<>();
    for (int tries = 0; tries < 200 && pinnedMentors.size() < 2 && m > 4 && n > 4; tries++) {
      int i = rnd.nextInt(m - 2);
      int j = PICKERS + rnd.nextInt(Math.max(1, n - 1 - PICKERS));
      if (j >= n - 1 || pinnedMentors.contains(i) || pinnedMentees.contains(j) || !problem.allowed(i, j)) {
        continue;
      }
      pinnedMentors.add(i);
      pinnedMentees.add(j);
      ParticipantId mentor = problem.mentorId(i);
      changed.put(mentor, program.participant(mentor).orElseThrow().toBuilder().pin(problem.menteeId(j)));
    }
    Program decided = rebuild(program, changed);
    // mentees pick from the shortlists the decided programme offers them
    Shortlists lists = Shortlists.build(decided, LIST_SIZE, ShortlistOptions.defaults());
    int picked = 0;
    for (Shortlist l : lists.forMentees()) {
      if (picked == PICKERS) {
        break;
      }
      if (l.suggestions().isEmpty() || changed.containsKey(l.personId())) {
        continue;
      }
      List<String> order = new ArrayList<>();
      for (Suggestion s : l.suggestions()) {
        order.add(s.partnerId().value());
      }
      changed.put(l.personId(), program.participant(l.personId()).orElseThrow().toBuilder().preferences(order));
      picked++;
    }
    return rebuild(program, changed);
  }

  private static Program rebuild(Program program, Map<ParticipantId, Participant.Builder> changed) {
    Program.Builder b = Program.builder().taxonomy(program.taxonomy()).people(program.people())
        .history(program.history()).active(program.active());
    for (Participant p : program.mentors()) {
      b.mentor(changed.containsKey(p.id()) ? changed.get(p.id()).build() : p);
    }
    for (Participant p : program.mentees()) {
      b.mentee(changed.containsKey(p.id()) ? changed.get(p.id()).build() : p);
    }
    return b.build();
  }
}
