package dev.reverso.reporting.match;

import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.UnmatchedReason;
import java.util.List;
import dev.reverso.matching.MatchingProblems;

/** A small fixed programme and a result on it, with distinctive display names to hunt for in outputs. */
final class MatchFixtures {
  /** Display names nobody would write by accident; no output may contain them unless names are opted in. */
  static final List<String> NAMES = List.of("Zephyrine Quoggleworth", "Barnabus Xylophant", "Ottoline Snickersnee",
      "Quillon Brackenfeather", "Perpetua Gazzaniga", "Thaddeus Wobblecombe", "Esmeralda Fizzwhistle",
      "Cornelius Plumtartle", "Griselda Moonwhisker", "Archibald Thistlewaite", "Wilhelmina Crumpetsworth",
      "Ignatius Pumpernickel", "Hortensia Flibbertigibbet", "Leopold Gubbinsworth");

  private static final String[] DIGITAL = {"genai", "social-media", "data-literacy", "inclusive-design"};
  private static final String[] STRATEGY = {"strategy", "negotiation", "stakeholders", "finance"};
  private static final String[] MENTEE_DEPARTMENTS = {"Finance", "Finance", "Finance", "Finance", "Finance",
      "Legal", "Legal", "Sales", "Operations"};

  private MatchFixtures() {}

  /** 5 mentors (juniors) and 9 mentees (seniors); mentee S09 speaks only Japanese, so no one fits. */
  static Program program() {
    Program.Builder b = Program.builder();
    for (int i = 0; i < 5; i++) {
      b.mentor(Participant.builder(String.format(java.util.Locale.ROOT, "M%02d", i + 1)).displayName(NAMES.get(i))
          .department(i % 2 == 0 ? "Digital" : "Marketing").seniority(2 + i % 2)
          .skill(DIGITAL[i % 4], 4 + i % 2).skill(DIGITAL[(i + 1) % 4], 3)
          .goal(STRATEGY[i % 4], 1, 3, Priority.HIGH).goal(STRATEGY[(i + 2) % 4], 0, 2, Priority.MEDIUM)
          .value("inclusion", 5).value("sustainability", 3 + i % 3)
          .language("en").timeZone("Europe/Rome").hoursPerMonth(4).capacity(2).build());
    }
    for (int j = 0; j < 9; j++) {
      Participant.Builder p = Participant.builder(String.format(java.util.Locale.ROOT, "S%02d", j + 1))
          .displayName(NAMES.get(5 + j)).department(MENTEE_DEPARTMENTS[j]).seniority(8 + j % 3)
          .skill(STRATEGY[j % 4], 5).skill(STRATEGY[(j + 1) % 4], 4)
          .goal(j == 7 ? "quantum-computing" : DIGITAL[j % 4], 0, 3, j % 2 == 0 ? Priority.HIGH : Priority.LOW)
          .value("inclusion", 2 + j % 4).value("growth", 4)
          .timeZone(j == 7 ? "America/New_York" : "Europe/Rome").hoursPerMonth(2 + j % 3).capacity(1);
      p.language(j == 8 ? "ja" : "en");
      b.mentee(p.build());
    }
    return b.build();
  }

  /** A result on {@link #program()}: eight pairs chosen by hand, S09 infeasible, M05 not selected. */
  static MatchResult result(Program program) {
    MatchingProblem problem = MatchingProblems.of(program);
    int[][] pairs = {{0, 0}, {0, 5}, {1, 1}, {1, 6}, {2, 2}, {2, 7}, {3, 3}, {3, 4}};
    MatchResult.Builder b = MatchResult.builder("hand-picked").solverPath("test");
    for (int[] p : pairs) {
      b.pair(problem.pairing(p[0], p[1]));
    }
    b.unmatchedInfeasible(problem.feasibility(ParticipantId.of("S09")));
    b.unmatched(ParticipantId.of("M05"), Role.MENTOR, UnmatchedReason.NOT_SELECTED, "");
    return b.build();
  }
}
