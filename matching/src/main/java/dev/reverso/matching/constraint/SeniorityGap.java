package dev.reverso.matching.constraint;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;

/**
 * The {@code seniority-gap} rule of {@link Constraints#mentorMoreJunior(int)}. Reason:
 * {@code mentor-not-junior-enough {mentor, mentor-grade, mentee, mentee-grade, min-gap}}.
 */
final class SeniorityGap implements Constraint {
  private final int grades;

  SeniorityGap(int grades) {
    if (grades < 0) {
      throw InvalidInputException.of("seniorityGap.grades", "expected a grade gap of 0 or more, found " + grades);
    }
    this.grades = grades;
  }

  @Override
  public String id() {
    return "seniority-gap";
  }

  @Override
  public Check bind(Program program) {
    int[] mentorGrade = program.mentors().stream().mapToInt(Participant::seniority).toArray();
    int[] menteeGrade = program.mentees().stream().mapToInt(Participant::seniority).toArray();
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
        return menteeGrade[mentee] - mentorGrade[mentor] >= grades;
      }

      @Override
      public Reason reason(int mentor, int mentee) {
        return Reason.of(ReasonCodes.MENTOR_NOT_JUNIOR_ENOUGH, "mentor", program.mentors().get(mentor).id().value(),
            "mentor-grade", mentorGrade[mentor], "mentee", program.mentees().get(mentee).id().value(),
            "mentee-grade", menteeGrade[mentee], "min-gap", grades);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeniorityGap && ((SeniorityGap) o).grades == grades;
  }

  @Override
  public int hashCode() {
    return grades;
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + ", grades=" + grades + "]";
  }
}
