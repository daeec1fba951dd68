package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithoutNamesTest {

  @Test
  void participantLosesOnlyItsDisplayName() {
    Participant named = Participant.builder("e1").displayName("Ada Lovelace").department("R&D").seniority(3)
        .skill("generative-ai", 4).goal("strategy", 1, 4, Priority.HIGH).value("inclusion", 5).language("en").timeZone("Europe/Rome")
        .hoursPerMonth(6).capacity(2).exclude("e9").attribute("cohort", "2026").manager("e0").build();

    Participant anonymous = named.withoutDisplayName();

    assertThat(anonymous.displayName()).isEmpty();
    assertThat(anonymous.toBuilder().displayName("Ada Lovelace").build()).isEqualTo(named);
    assertThat(anonymous.withoutDisplayName()).isSameAs(anonymous);
  }

  @Test
  void programLosesEveryNameAndKeepsEverythingElse() {
    Program program = SampleOrganization.generate(300, 11);
    assertThat(program.mentors()).anyMatch(p -> p.displayName().isPresent());

    Program anonymous = program.withoutNames();

    for (List<Participant> side : List.of(anonymous.mentors(), anonymous.mentees(), anonymous.people())) {
      assertThat(side).allMatch(p -> p.displayName().isEmpty());
    }
    assertThat(anonymous.mentors()).hasSameSizeAs(program.mentors());
    for (int i = 0; i < program.mentors().size(); i++) {
      assertThat(anonymous.mentors().get(i)).isEqualTo(program.mentors().get(i).withoutDisplayName());
    }
    for (int j = 0; j < program.mentees().size(); j++) {
      assertThat(anonymous.mentees().get(j)).isEqualTo(program.mentees().get(j).withoutDisplayName());
    }
    assertThat(anonymous.people()).hasSameSizeAs(program.people());
    assertThat(anonymous.taxonomy()).isEqualTo(program.taxonomy());
    assertThat(anonymous.history()).isEqualTo(program.history());
    assertThat(anonymous.active()).isEqualTo(program.active());
    assertThat(anonymous.withoutNames()).isEqualTo(anonymous);
  }
}
