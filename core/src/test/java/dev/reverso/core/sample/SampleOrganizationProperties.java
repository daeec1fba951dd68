package dev.reverso.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SampleOrganizationProperties {

  @Property(tries = 80)
  void anySizeAndSeedGivesAValidProgramOfThatSize(@ForAll @IntRange(min = 1, max = 400) int people,
      @ForAll long seed) {
    Program p = SampleOrganization.generate(people, seed);
    assertThat(p.everyone()).hasSize(people);
    SampleOrganizationTest.checkTree(p);
    // the default share, at least one, when the pools allow it
    long share = Math.max(1, Math.round(people * 0.065));
    assertThat(p.mentors().size()).isLessThanOrEqualTo((int) share);
    assertThat(p.mentees().size()).isLessThanOrEqualTo((int) share);
    if (people >= 2) {
      assertThat(p.mentors()).isNotEmpty();
      assertThat(p.mentees()).isNotEmpty();
      assertThat(p.warnings()).isEmpty();
    }
    if (people >= 100) {
      assertThat(p.mentors()).hasSize((int) share);
      assertThat(p.mentees()).hasSize((int) share);
    }
    assertThat(p.mentors()).allSatisfy(m -> assertThat(m.seniority()).isBetween(1, 3));
    assertThat(p.mentees()).allSatisfy(m -> assertThat(m.seniority()).isGreaterThanOrEqualTo(4));
    assertThat(p.mentees().stream().mapToInt(Participant::capacity).max().orElse(1)).isEqualTo(1);
  }

  @Property(tries = 30)
  void generationIsAPureFunctionOfTheOptions(@ForAll @IntRange(min = 1, max = 300) int people, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 5) int mentors, @ForAll @IntRange(min = 0, max = 3) int mentees) {
    SampleOrganization.Options options = SampleOrganization.options().people(Math.max(people, 60)).seed(seed)
        .mentors(mentors).mentees(mentees);
    Program first = options.generate();
    assertThat(options.generate()).isEqualTo(first);
    assertThat(first.mentors()).hasSize(mentors);
    assertThat(first.mentees()).hasSize(mentees);
  }
}
