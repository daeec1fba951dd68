package dev.reverso.matching.constraint;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.spi.Constraint;

/** The {@code seniority-gap} rule of {@link Constraints#mentorMoreJunior(int)}. */
final class SeniorityGap implements Constraint {
  private final int grades;

  SeniorityGap(int grades) {
    if (grades < 0) {
      throw new IllegalArgumentException("expected a grade gap of 0 or more, found " + grades);
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
      public String reason(int mentor, int mentee) {
        return "mentor " + program.mentors().get(mentor).id() + " (grade " + mentorGrade[mentor]
            + ") is not at least " + grades + (grades == 1 ? " grade" : " grades") + " below mentee "
            + program.mentees().get(mentee).id() + " (grade " + menteeGrade[mentee] + ")";
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
