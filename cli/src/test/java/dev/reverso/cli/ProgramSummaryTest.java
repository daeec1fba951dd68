package dev.reverso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramSummaryTest {

  @Test
  void countsByRoleAndDepartmentAddUp() {
    Program p = SampleOrganization.generate(600, 42);
    List<String> lines = ProgramSummary.lines(p, "org.csv", p.warnings());
    assertThat(lines.get(0)).isEqualTo("org.csv: valid programme");
    assertThat(lines.get(1)).isEqualTo("People: 600 in the org chart: 39 mentors, 39 mentees, 522 org chart only");
    int header = indexOf(lines, "By department");
    int people = 0;
    int mentors = 0;
    int mentees = 0;
    for (String row : lines.subList(header + 1, lines.size())) {
      if (row.isEmpty()) {
        break;
      }
      String[] cells = row.trim().split("\\s+");
      people += Integer.parseInt(cells[cells.length - 3]);
      mentors += Integer.parseInt(cells[cells.length - 2]);
      mentees += Integer.parseInt(cells[cells.length - 1]);
    }
    assertThat(people).isEqualTo(600);
    assertThat(mentors).isEqualTo(39);
    assertThat(mentees).isEqualTo(39);
    assertThat(lines).contains("Warnings: none");
    assertThat(lines.get(2)).isEqualTo("History: 4 earlier pairs; active: 0 pairs; skill taxonomy: none");
  }

  @Test
  void showsNoDisplayNames() {
    Program p = SampleOrganization.generate(300, 3);
    String text = String.join("\n", ProgramSummary.lines(p, "org.json", p.warnings()));
    for (Participant x : p.everyone()) {
      assertThat(text).doesNotContain(x.displayName().orElseThrow());
    }
  }

  @Test
  void topSkillsAreTheKnownAnswerMostPeopleFirstThenById() {
    Participant mentor1 = Participant.builder("m1").seniority(1).skill("genai", 5).skill("social-media", 3)
        .skill("finance", 2).goal("strategy", 0, 3, Priority.HIGH).build();
    Participant mentor2 = Participant.builder("m2").seniority(2).skill("genai", 4).skill("data-literacy", 3)
        .goal("strategy", 1, 2, Priority.LOW).goal("negotiation", 0, 2, Priority.LOW).build();
    Participant mentee = Participant.builder("s1").seniority(9).skill("strategy", 5)
        .goal("genai", 0, 3, Priority.HIGH).goal("data-literacy", 1, 3, Priority.MEDIUM).build();
    Program p = Program.builder().mentor(mentor1).mentor(mentor2).mentee(mentee).build();
    List<String> lines = ProgramSummary.lines(p, "tiny.csv", List.of());
    int wanted = indexOf(lines, "Mentees want (goals)");
    assertThat(lines.get(wanted)).matches("Mentees want \\(goals\\)\\s+Mentors offer \\(level 3\\+\\)");
    assertThat(wanted).isPositive();
    // mentees want data-literacy 1, genai 1 (tie: by id); mentors offer genai 2, data-literacy 1, social-media 1
    assertThat(lines.get(wanted + 1)).matches("  data-literacy\\s+1\\s+genai\\s+2");
    assertThat(lines.get(wanted + 2)).matches("  genai\\s+1\\s+data-literacy\\s+1");
    assertThat(lines.get(wanted + 3)).matches("\\s+social-media\\s+1");
    int reverse = indexOf(lines, "Mentors want (goals)");
    assertThat(lines.get(reverse)).matches("Mentors want \\(goals\\)\\s+Mentees offer \\(level 3\\+\\)");
    assertThat(lines.get(reverse + 1)).matches("  strategy\\s+2\\s+strategy\\s+1");
    assertThat(lines.get(reverse + 2)).matches("  negotiation\\s+1");
    assertThat(lines).contains("People: 3 in the org chart: 2 mentors, 1 mentee, 0 org chart only");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("  \\(no department\\)\\s+3\\s+2\\s+1"));
  }

  @Test
  void topKeepsFiveEntries() {
    Map<String, Integer> counts = Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6);
    assertThat(ProgramSummary.top(counts)).hasSize(5).first().asString().startsWith("f ");
    assertThat(ProgramSummary.top(counts)).last().asString().startsWith("b ");
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix + " in " + lines);
  }
}
