package dev.reverso.examples;

import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import java.util.List;
import java.util.Map;

/** The HR system's own employee records become a programme: the whole organisation once, each person with a role. */
public final class ProgrammeFromObjects {
  /** An employee as the HR back end holds them; {@code managerId}, {@code role} and {@code wantsToLearn} may be null. */
  public record Employee(String id, String managerId, String department, int grade, String language, String role,
      Map<String, Integer> skills, String wantsToLearn) {}

  /** Every problem of every employee is reported at once by {@code build()}, located by the person's id. */
  public static Program programme(List<Employee> staff) {
    Program.Builder programme = Program.builder();
    for (Employee e : staff) {
      Participant.Builder person = Participant.builder(e.id()).department(e.department()).seniority(e.grade())
          .language(e.language()).skills(e.skills());
      if (e.managerId() != null) {
        person.manager(e.managerId());
      }
      if (e.wantsToLearn() != null) {
        person.goal(e.wantsToLearn(), 1, 3, Priority.HIGH);
      }
      switch (e.role() == null ? "" : e.role()) {
        case "mentor" -> programme.mentor(person.build());
        case "mentee" -> programme.mentee(person.build());
        default -> programme.person(person.build()); // in the org chart only
      }
    }
    return programme.build();
  }

  private ProgrammeFromObjects() {}
}
