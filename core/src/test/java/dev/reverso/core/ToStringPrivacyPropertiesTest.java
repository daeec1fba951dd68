package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;

/** {@code toString()} of participants and programmes never reveals a display name. */
class ToStringPrivacyPropertiesTest {

  @Provide
  Arbitrary<String> names() {
    // a recognisable prefix, so the name cannot occur by chance in ids or counts
    return Arbitraries.strings().withCharRange('a', 'z').withChars("àéøß ÇŁ'-").ofMinLength(1).ofMaxLength(30)
        .map(s -> "Nm" + s);
  }

  @Property
  void participantToStringHasNoName(@ForAll("names") String name, @ForAll("names") String department) {
    Participant p = Participant.builder("e42").seniority(3).displayName(name).department(department.strip())
        .skill("genai", 4).build();
    assertThat(p.toString()).doesNotContain(name).doesNotContain("Nm").doesNotContain("genai");
  }

  @Property
  void programToStringHasNoName(@ForAll @Size(max = 30) List<@From("names") String> names) {
    Program.Builder b = Program.builder();
    for (int i = 0; i < names.size(); i++) {
      Participant p = Participant.builder("e" + i).seniority(i % 7).displayName(names.get(i)).build();
      if (i % 2 == 0) {
        b.mentor(p);
      } else {
        b.mentee(p);
      }
    }
    String text = b.build().toString();
    assertThat(text).doesNotContain("Nm");
  }
}
