package dev.reverso.core.scale;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A programme with {@code pairs} running pairs, built the three ways an HR system builds one: from scratch, by
 * swapping its active pairs ({@link Program#withActive}) and with a duplicate active pair that must be reported
 * at its index. Run by {@link ProgramAtScaleTest} in a child JVM with a small heap; prints one line per check so
 * the test can assert the outcome.
 */
public final class ProgrammeAtScale {
  private ProgrammeAtScale() {}

  /** Builds the programme; the only argument is the number of pairs. */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    Program.Builder b = Program.builder().person(Participant.builder("ceo").seniority(12).build());
    List<MentoringPair> active = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String mentor = String.format(Locale.ROOT, "j%06d", i);
      String mentee = String.format(Locale.ROOT, "s%06d", i);
      b.mentor(Participant.builder(mentor).seniority(2).manager("ceo").skills(java.util.Map.of("genai", 4)).build());
      b.mentee(Participant.builder(mentee).seniority(9).manager("ceo").capacity(2).build());
      active.add(MentoringPair.of(mentor, mentee));
    }
    Program program = b.active(active).build();
    System.out.println("built active=" + program.active().size() + " warnings=" + program.warnings().size());

    // every mentee moves to the next mentor: all pairs change, nothing else does
    List<MentoringPair> rotated = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rotated.add(new MentoringPair(active.get(i).mentorId(), active.get((i + 1) % n).menteeId()));
    }
    Program moved = program.withActive(rotated);
    System.out.println("withActive active=" + moved.active().size() + " sameChart=" + (moved.orgChart() == program.orgChart())
        + " equalsRebuilt=" + moved.equals(program.toBuilder().active(List.of()).build().withActive(rotated)));

    List<MentoringPair> twice = new ArrayList<>(active);
    twice.add(active.get(n / 2));
    try {
      program.withActive(twice);
      System.out.println("duplicate accepted");
    } catch (InvalidInputException e) {
      for (Problem p : e.errors()) {
        System.out.println("error " + p.location());
      }
    }
  }
}
