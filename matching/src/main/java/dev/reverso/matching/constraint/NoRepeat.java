package dev.reverso.matching.constraint;

import static dev.reverso.matching.constraint.RuleSupport.emptySets;
import static dev.reverso.matching.constraint.RuleSupport.indexOf;
import static dev.reverso.matching.constraint.RuleSupport.sortedLists;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code no-repeat} rule of {@link Constraints#noRepeat()}. Reason: {@code paired-before {mentor, mentee}}. */
final class NoRepeat implements Constraint {
  static final NoRepeat INSTANCE = new NoRepeat();

  @Override
  public String id() {
    return "no-repeat";
  }

  @Override
  public Check bind(Program program) {
    Map<ParticipantId, Integer> mentors = indexOf(program.mentors());
    Map<ParticipantId, Integer> mentees = indexOf(program.mentees());
    List<TreeSet<Integer>> sets = emptySets(program.mentees().size());
    for (MentoringPair pair : program.history()) {
      for (boolean swap : new boolean[] {false, true}) {
        Integer i = mentors.get(swap ? pair.menteeId() : pair.mentorId());
        Integer j = mentees.get(swap ? pair.mentorId() : pair.menteeId());
        if (i != null && j != null) {
          sets.get(j).add(i);
        }
      }
    }
    return new ForbiddenPairs(sortedLists(sets), (mentor, mentee) -> Reason.of(ReasonCodes.PAIRED_BEFORE,
        "mentor", program.mentors().get(mentor).id().value(), "mentee", program.mentees().get(mentee).id().value()));
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + "]";
  }
}
