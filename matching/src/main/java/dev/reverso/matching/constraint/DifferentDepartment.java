package dev.reverso.matching.constraint;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code different-department} rule of {@link Constraints#differentDepartment()}. Reason:
 * {@code same-department {mentor, mentee, department}}.
 */
final class DifferentDepartment implements Constraint {
  static final DifferentDepartment INSTANCE = new DifferentDepartment();

  @Override
  public String id() {
    return "different-department";
  }

  @Override
  public Check bind(Program program) {
    Map<String, Integer> index = new HashMap<>();
    int[] a = departments(program.mentors(), index);
    int[] b = departments(program.mentees(), index);
    int mentorCount = program.mentors().size();
    int menteeCount = program.mentees().size();
    return new RowCheck() {
      @Override
      public void restrictColumn(int mentor, boolean[] allowed) {
        for (int j = 0; j < menteeCount; j++) {
          if (allowed[j] && !allows(mentor, j)) {
            allowed[j] = false;
          }
        }
      }

      @Override
      public void restrictRow(int mentee, boolean[] allowed) {
        for (int i = 0; i < mentorCount; i++) {
          if (allowed[i] && !allows(i, mentee)) {
            allowed[i] = false;
          }
        }
      }

      @Override
      public boolean allows(int mentor, int mentee) {
        return a[mentor] < 0 || a[mentor] != b[mentee];
      }

      @Override
      public Reason reason(int mentor, int mentee) {
        return Reason.of(ReasonCodes.SAME_DEPARTMENT, "mentor", program.mentors().get(mentor).id().value(),
            "mentee", program.mentees().get(mentee).id().value(),
            "department", program.mentees().get(mentee).department().orElse(""));
      }
    };
  }

  private static int[] departments(List<Participant> people, Map<String, Integer> index) {
    int[] out = new int[people.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = people.get(p).department().map(d -> index.computeIfAbsent(d, k -> index.size())).orElse(-1);
    }
    return out;
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + "]";
  }
}
