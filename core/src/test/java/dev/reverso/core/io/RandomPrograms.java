package dev.reverso.core.io;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid programmes built with the domain's own builders: org forests (with the odd manager outside
 * the file), skills, goals, values, languages, time zones, hours, attributes whose values hold commas,
 * quotes, accents and line breaks, exclusions, history and active pairs. Deterministic per seed.
 */
final class RandomPrograms {
  static final List<String> SKILLS = List.of("genai", "social-media", "data-viz", "strategy", "negotiation",
      "public-speaking", "cloud", "ethics", "coaching", "finance");
  static final List<String> VALUES = List.of("inclusion", "sustainability", "curiosity", "craft", "family");
  static final List<String> LANGUAGES = List.of("en", "it", "de", "pt-BR", "fr");
  static final List<String> ZONES = List.of("Europe/Rome", "America/Sao_Paulo", "Asia/Tokyo", "UTC", "Europe/Berlin",
      "America/New_York");
  static final List<String> ATTRIBUTE_KEYS = List.of("team", "cost-center", "Pronouns", "Badge #", "Öffice");
  static final List<String> TEXT = List.of("Giulia Rossi", "Zoë O'Neil", "Łukasz \"Luke\" Nowak", "Ana, Maria",
      "José\nda Silva", "  spaced  ", "Ünïcödé ✓", "a,b;c:d>e", "tab\there", "ç", "Crème brûlée, \"extra\"", "x\r\ny");
  static final List<String> ID_PREFIXES = List.of("e", "HR-", "ü", "a b ", "x.");

  /** Sizes and a seed; {@code withTaxonomy} adds a skill taxonomy (JSON only). */
  record Spec(int people, int mentors, int mentees, long seed, boolean withTaxonomy) {
    @Override
    public String toString() {
      return "Spec[people=" + people + ", mentors=" + mentors + ", mentees=" + mentees + ", seed=" + seed
          + ", taxonomy=" + withTaxonomy + "]";
    }
  }

  private RandomPrograms() {}

  static Arbitrary<Spec> specs(boolean taxonomy) {
    return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 15),
        Arbitraries.integers().between(0, 15), Arbitraries.longs(), taxonomy ? Arbitraries.of(true, false) : Arbitraries.just(false))
        .as(Spec::new);
  }

  static Arbitrary<Program> programs(boolean taxonomy) {
    return specs(taxonomy).map(RandomPrograms::generate);
  }

  static Program generate(Spec spec) {
    Random r = new Random(spec.seed());
    int n = spec.people() + spec.mentors() + spec.mentees();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(ID_PREFIXES.get(r.nextInt(ID_PREFIXES.size())) + i);
    }
    // a forest over a random order: each person's manager comes earlier in that order
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    Map<Integer, String> manager = new HashMap<>();
    for (int k = 1; k < n; k++) {
      if (r.nextInt(5) != 0) {
        manager.put(order.get(k), ids.get(order.get(r.nextInt(k))));
      }
    }
    if (n > 0 && r.nextInt(6) == 0) {
      manager.put(order.get(0), "outside-" + r.nextInt(100));
    }
    Program.Builder b = Program.builder();
    List<Participant> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Participant p = participant(ids.get(i), manager.get(i), ids, r);
      all.add(p);
      if (i < spec.people()) {
        b.person(p);
      } else if (i < spec.people() + spec.mentors()) {
        b.mentor(p);
      } else {
        b.mentee(p);
      }
    }
    List<Participant> mentors = all.subList(spec.people(), spec.people() + spec.mentors());
    List<Participant> mentees = all.subList(spec.people() + spec.mentors(), n);
    Map<String, Integer> load = new HashMap<>();
    for (Participant mentee : mentees) {
      // grouped by mentee, in mentee order: the order the participants CSV keeps
      int previous = mentors.isEmpty() ? 0 : r.nextInt(3);
      for (int k = 0; k < previous; k++) {
        b.history(new MentoringPair(mentors.get(r.nextInt(mentors.size())).id(), mentee.id()));
      }
      if (!mentors.isEmpty() && r.nextInt(3) == 0) {
        b.history(MentoringPair.of("former-" + r.nextInt(50), mentee.id().value()));
      }
    }
    for (Participant mentee : mentees) {
      if (mentors.isEmpty()) {
        break;
      }
      List<Participant> shuffled = new ArrayList<>(mentors);
      Collections.shuffle(shuffled, r);
      int wanted = r.nextInt(mentee.capacity() + 1);
      for (Participant mentor : shuffled) {
        if (wanted == 0) {
          break;
        }
        if (load.getOrDefault(mentor.id().value(), 0) < mentor.capacity()) {
          b.active(new MentoringPair(mentor.id(), mentee.id()));
          load.merge(mentor.id().value(), 1, Integer::sum);
          wanted--;
        }
      }
    }
    if (spec.withTaxonomy()) {
      SkillTaxonomy.Builder t = SkillTaxonomy.builder();
      t.skill("digital", "Digital skills");
      for (int i = 0; i < SKILLS.size(); i++) {
        String parent = i == 0 || r.nextBoolean() ? "digital" : SKILLS.get(r.nextInt(i));
        if (r.nextBoolean()) {
          t.skill(SKILLS.get(i), TEXT.get(r.nextInt(TEXT.size())), parent, "alias-" + i);
        } else {
          t.skill(SKILLS.get(i), "Skill " + i, parent);
        }
      }
      b.taxonomy(t.build());
    }
    return b.build();
  }

  private static Participant participant(String id, String manager, List<String> ids, Random r) {
    Participant.Builder p = Participant.builder(id).seniority(r.nextInt(13));
    if (manager != null) {
      p.manager(manager);
    }
    if (r.nextBoolean()) {
      p.displayName(TEXT.get(r.nextInt(TEXT.size())));
    }
    if (r.nextBoolean()) {
      p.department(List.of("Marketing", "R&D, Labs", "\"Ops\"", "Vendite").get(r.nextInt(4)));
    }
    if (r.nextInt(3) == 0) {
      p.division(List.of("North", "Süd", "EMEA, APAC").get(r.nextInt(3)));
    }
    if (r.nextInt(3) == 0) {
      p.location(List.of("Milano", "São Paulo", "Köln").get(r.nextInt(3)));
    }
    if (r.nextBoolean()) {
      p.timeZone(ZONES.get(r.nextInt(ZONES.size())));
    }
    List<String> langs = new ArrayList<>(LANGUAGES);
    Collections.shuffle(langs, r);
    p.languages(langs.subList(0, r.nextInt(4)));
    switch (r.nextInt(4)) {
      case 0:
        p.hoursPerMonth(r.nextInt(41));
        break;
      case 1:
        p.hoursPerMonth(r.nextDouble() * 100);
        break;
      case 2:
        p.hoursPerMonth(List.of(0.1, 7.5, 1e-7, 3e20, 12.25).get(r.nextInt(5)));
        break;
      default:
        break;
    }
    p.capacity(1 + r.nextInt(3));
    List<String> skills = new ArrayList<>(SKILLS);
    Collections.shuffle(skills, r);
    int skillCount = r.nextInt(5);
    for (int i = 0; i < skillCount; i++) {
      p.skill(skills.get(i), r.nextInt(6));
    }
    int goalCount = r.nextInt(4);
    for (int i = 0; i < goalCount; i++) {
      int current = r.nextInt(5);
      p.goal(new LearningGoal(skills.get(skills.size() - 1 - i), current, current + 1 + r.nextInt(5 - current),
          Priority.values()[r.nextInt(3)]));
    }
    List<String> values = new ArrayList<>(VALUES);
    Collections.shuffle(values, r);
    int valueCount = r.nextInt(4);
    for (int i = 0; i < valueCount; i++) {
      p.value(values.get(i), 1 + r.nextInt(5));
    }
    int exclusions = r.nextInt(3);
    for (int i = 0; i < exclusions && ids.size() > 1; i++) {
      String other = r.nextInt(4) == 0 ? "gone-" + r.nextInt(9) : ids.get(r.nextInt(ids.size()));
      if (!other.equals(id)) {
        p.exclude(other);
      }
    }
    int attributes = r.nextInt(3);
    for (int i = 0; i < attributes; i++) {
      p.attribute(ATTRIBUTE_KEYS.get(r.nextInt(ATTRIBUTE_KEYS.size())), TEXT.get(r.nextInt(TEXT.size())));
    }
    return p.build();
  }
}
