package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.sample.SampleOrganization;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WithoutNamesProperties {

  @Property(tries = 10)
  void withoutNamesKeepsEveryOtherFieldOfEveryone(@ForAll @IntRange(min = 20, max = 400) int people,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Program program = SampleOrganization.generate(people, seed);
    Program stripped = program.withoutNames();
    assertThat(stripped.everyone()).allSatisfy(p -> assertThat(p.displayName()).isEmpty());
    same(program.mentors(), stripped.mentors());
    same(program.mentees(), stripped.mentees());
    same(program.people(), stripped.people());
    assertThat(stripped.history()).isEqualTo(program.history());
    assertThat(stripped.active()).isEqualTo(program.active());
    assertThat(stripped.taxonomy()).isEqualTo(program.taxonomy());
  }

  private static void same(List<Participant> original, List<Participant> stripped) {
    assertThat(stripped).hasSameSizeAs(original);
    for (int i = 0; i < original.size(); i++) {
      Participant o = original.get(i);
      Participant s = stripped.get(i);
      Participant renamed = o.displayName().map(n -> s.toBuilder().displayName(n).build()).orElse(s);
      assertThat(renamed).isEqualTo(o);
    }
  }
}
