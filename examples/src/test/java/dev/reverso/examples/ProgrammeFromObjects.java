package dev.reverso.examples;

import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import java.util.List;
import java.util.Map;

/** The HR system's own employee records become a programme: the whole organisation once, mentors and mentees by id. */
public final class ProgrammeFromObjects {
  /** An employee as the HR back end holds them; {@code managerId}, {@code role} and {@code wantsToLearn} may be null. */
  public record Employee(String id, String managerId, String department, int grade, String language, String role,
      Map<String, Integer> skills, String wantsToLearn) {}

  /** Every problem of every employee is reported at once by {@code build()}, located by the person's id. */
  public static Program programme(List<Employee> staff) {
    return Program.builder()
        .people(staff, ProgrammeFromObjects::person) // everyone once: the org chart sees every reporting line
        .mentorIds(idsWithRole(staff, "mentor"))
        .menteeIds(idsWithRole(staff, "mentee"))
        .build();
  }

  /** Null columns are "absent"; nothing is checked until {@code build()}. */
  private static Participant.Builder person(Employee e) {
    Participant.Builder person = Participant.builder(e.id()).manager(e.managerId()).department(e.department())
        .seniority(e.grade()).language(e.language()).skills(e.skills());
    return e.wantsToLearn() == null ? person : person.goal(e.wantsToLearn(), 1, 3, Priority.HIGH);
  }

  private static List<String> idsWithRole(List<Employee> staff, String role) {
    return staff.stream().filter(e -> role.equals(e.role())).map(Employee::id).toList();
  }

  private ProgrammeFromObjects() {}
}
