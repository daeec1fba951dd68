package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.matching.result.Reason;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.Constraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.reverso.matching.constraint.Constraints;

/** The reporting-chain constraint agrees with a naive walk up the managers, through non-participants. */
class ReportingChainPropertiesTest {

  @Property(tries = 25)
  void chainConstraintEqualsANaiveManagerWalk(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5000) int people,
      @ForAll @IntRange(min = 1, max = 6) int depthChoice, @ForAll boolean peers) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder();
    Map<ParticipantId, ParticipantId> manager = new HashMap<>();
    List<Participant> mentors = new ArrayList<>();
    List<Participant> mentees = new ArrayList<>();
    int participants = Math.min(people, 240);
    for (int p = 0; p < people; p++) {
      Participant.Builder pb = Participant.builder("e" + p).seniority(rnd.nextInt(10));
      if (p > 0 && rnd.nextInt(30) != 0) {
        // Half the time a recent person (deep chains), else anyone earlier (bushy trees).
        int m = rnd.nextBoolean() ? p - 1 - rnd.nextInt(Math.min(p, 3)) : rnd.nextInt(p);
        pb.manager("e" + m);
        manager.put(ParticipantId.of("e" + p), ParticipantId.of("e" + m));
      }
      Participant person = pb.build();
      int role = rnd.nextInt(people) < participants ? rnd.nextInt(2) : 2;
      if (role == 0) {
        mentors.add(person);
        b.mentor(person);
      } else if (role == 1) {
        mentees.add(person);
        b.mentee(person);
      } else {
        b.person(person);
      }
    }
    Program program = b.build();
    int maxDepth = depthChoice == 6 ? Constraints.ANY_DEPTH : depthChoice;
    Constraint.Check check = Constraints.reportingChain(maxDepth, peers).bind(program);

    Map<ParticipantId, Map<ParticipantId, Integer>> above = new HashMap<>();
    for (Participant p : program.everyone()) {
      if (p.id().value().startsWith("e")) {
        Map<ParticipantId, Integer> up = new HashMap<>();
        ParticipantId at = p.id();
        int distance = 0;
        while (manager.containsKey(at)) {
          at = manager.get(at);
          up.put(at, ++distance);
        }
        above.put(p.id(), up);
      }
    }
    for (int i = 0; i < mentors.size(); i++) {
      for (int j = 0; j < mentees.size(); j++) {
        ParticipantId a = mentors.get(i).id();
        ParticipantId e = mentees.get(j).id();
        Integer da = above.get(e).get(a);
        Integer de = above.get(a).get(e);
        boolean inChain = (da != null && da <= maxDepth) || (de != null && de <= maxDepth);
        boolean samePeers = peers && manager.containsKey(a) && manager.get(a).equals(manager.get(e));
        boolean forbidden = inChain || samePeers;
        assertThat(check.allows(i, j)).as("%s -> %s", a, e).isEqualTo(!forbidden);
        if (inChain) {
          assertChainReason(check.reason(i, j), da != null ? e : a, da != null ? a : e, manager);
        } else if (samePeers) {
          assertThat(check.reason(i, j)).isEqualTo(Reason.of("same-manager", "mentor", a.value(), "mentee", e.value(),
              "manager", manager.get(a).value()));
        }
      }
    }
  }

  /**
   * reports-directly-to {person, manager} or reports-indirectly-to {person, manager, levels, via}: starts at the
   * lower, each id of {@code via} is the next manager, ends at the upper, {@code levels} steps in all.
   */
  private static void assertChainReason(Reason reason, ParticipantId lower, ParticipantId upper,
      Map<ParticipantId, ParticipantId> manager) {
    assertThat(reason.arg("person")).isEqualTo(lower.value());
    assertThat(reason.arg("manager")).isEqualTo(upper.value());
    java.util.List<String> steps = new java.util.ArrayList<>();
    if (reason.code().equals("reports-indirectly-to")) {
      steps.addAll(java.util.Arrays.asList(((String) reason.arg("via")).split(", ")));
      assertThat(reason.arg("levels")).isEqualTo(steps.size() + 1);
    } else {
      assertThat(reason.code()).isEqualTo("reports-directly-to");
    }
    steps.add(upper.value());
    ParticipantId at = lower;
    for (String step : steps) {
      at = Optional.ofNullable(manager.get(at)).orElseThrow();
      assertThat(step).isEqualTo(at.value());
    }
    assertThat(at).isEqualTo(upper);
  }
}
