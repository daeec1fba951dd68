package dev.reverso.matching.constraint;

import static dev.reverso.matching.constraint.RuleSupport.emptySets;
import static dev.reverso.matching.constraint.RuleSupport.indexOf;
import static dev.reverso.matching.constraint.RuleSupport.sortedLists;

import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code exclusions} rule of {@link Constraints#exclusions()}. Reasons: {@code mentor-excludes-mentee},
 * {@code mentee-excludes-mentor} or {@code exclude-each-other}, each {@code {mentor, mentee}}.
 */
final class Exclusions implements Constraint {
  static final Exclusions INSTANCE = new Exclusions();

  @Override
  public String id() {
    return "exclusions";
  }

  @Override
  public Check bind(Program program) {
    Map<ParticipantId, Integer> mentors = indexOf(program.mentors());
    Map<ParticipantId, Integer> mentees = indexOf(program.mentees());
    List<TreeSet<Integer>> sets = emptySets(program.mentees().size());
    for (int j = 0; j < program.mentees().size(); j++) {
      for (ParticipantId other : program.mentees().get(j).exclusions()) {
        Integer i = mentors.get(other);
        if (i != null) {
          sets.get(j).add(i);
        }
      }
    }
    for (int i = 0; i < program.mentors().size(); i++) {
      for (ParticipantId other : program.mentors().get(i).exclusions()) {
        Integer j = mentees.get(other);
        if (j != null) {
          sets.get(j).add(i);
        }
      }
    }
    return new ForbiddenPairs(sortedLists(sets), (mentor, mentee) -> {
      Participant a = program.mentors().get(mentor);
      Participant b = program.mentees().get(mentee);
      boolean ab = a.exclusions().contains(b.id());
      boolean ba = b.exclusions().contains(a.id());
      String code = ab && ba ? ReasonCodes.EXCLUDE_EACH_OTHER
          : ab ? ReasonCodes.MENTOR_EXCLUDES_MENTEE : ReasonCodes.MENTEE_EXCLUDES_MENTOR;
      return Reason.of(code, "mentor", a.id().value(), "mentee", b.id().value());
    });
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + "]";
  }
}
