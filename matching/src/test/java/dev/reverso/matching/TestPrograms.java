package dev.reverso.matching;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.core.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random but valid programmes built with the core builders, for properties. */
final class TestPrograms {
  static final String[] SKILLS = {
    "digital", "genai", "machine-learning", "prompting", "data", "analytics", "sql", "social-media",
    "tiktok", "strategy", "negotiation", "finance", "leadership", "coaching", "inclusion-practice", "cloud"
  };
  static final String[] ZONES = {
    "Europe/Rome", "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata",
    "America/Sao_Paulo"
  };
  static final String[] LANGUAGES = {"en", "it", "fr", "de", "pt-BR", "en-GB", "ja"};
  static final String[] VALUES = {"inclusion", "sustainability", "curiosity", "family", "craft", "speed"};
  static final String[] DEPARTMENTS = {"Sales", "IT", "Finance", "Legal", "Marketing"};
  static final String[] DIVISIONS = {"Commercial", "Operations", "Corporate"};
  static final String[] LOCATIONS = {"Milan", "London", "Boston", "Tokyo"};

  private TestPrograms() {}

  /** A small taxonomy: digital > genai > machine-learning, prompting; data > analytics, sql; ... */
  static SkillTaxonomy taxonomy() {
    return SkillTaxonomy.builder()
        .skill("digital", "Digital")
        .skill("genai", "Generative AI", "digital", "gen-ai")
        .skill("machine-learning", "Machine learning", "genai", "ml")
        .skill("prompting", "Prompting", "genai")
        .skill("data", "Data", "digital")
        .skill("analytics", "Analytics", "data")
        .skill("sql", "SQL", "data")
        .skill("social-media", "Social media", "digital")
        .skill("tiktok", "TikTok", "social-media")
        .skill("strategy", "Strategy")
        .skill("negotiation", "Negotiation", "strategy")
        .skill("finance", "Finance", "strategy")
        .build();
  }

  /**
   * A programme from an org chart of {@code people} people; about a third become mentors, a fifth mentees,
   * the rest stay in the chart only (so reporting chains run through non-participants).
   */
  static Program random(long seed, int people) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder().taxonomy(rnd.nextInt(4) == 0 ? SkillTaxonomy.empty() : taxonomy());
    List<String> mentors = new ArrayList<>();
    List<String> mentees = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      String id = "p" + p;
      Participant.Builder pb = Participant.builder(id).seniority(rnd.nextInt(16));
      if (p > 0 && rnd.nextInt(20) != 0) {
        pb.manager("p" + rnd.nextInt(p));
      }
      int role = rnd.nextInt(15);
      if (role < 5) {
        fill(pb, rnd, people, id);
        b.mentor(pb.build());
        mentors.add(id);
      } else if (role < 8) {
        fill(pb, rnd, people, id);
        b.mentee(pb.build());
        mentees.add(id);
      } else {
        b.person(pb.build());
      }
    }
    for (int h = 0; h < Math.min(mentors.size(), mentees.size()) / 3; h++) {
      b.history(MentoringPair.of(mentors.get(rnd.nextInt(mentors.size())), mentees.get(rnd.nextInt(mentees.size()))));
    }
    return b.build();
  }

  private static void fill(Participant.Builder pb, Random rnd, int people, String id) {
    pb.capacity(1 + rnd.nextInt(3));
    if (rnd.nextInt(6) != 0) {
      pb.department(DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)]);
    }
    if (rnd.nextInt(6) != 0) {
      pb.division(DIVISIONS[rnd.nextInt(DIVISIONS.length)]);
    }
    if (rnd.nextInt(6) != 0) {
      pb.location(LOCATIONS[rnd.nextInt(LOCATIONS.length)]);
    }
    int skills = rnd.nextInt(9);
    for (int s = 0; s < skills; s++) {
      String skill = SKILLS[rnd.nextInt(SKILLS.length)];
      pb.skill(rnd.nextInt(10) == 0 && skill.equals("genai") ? "gen-ai" : skill, rnd.nextInt(6));
    }
    Set<String> goalSkills = new LinkedHashSet<>();
    int goals = rnd.nextInt(5);
    for (int g = 0; g < goals; g++) {
      goalSkills.add(rnd.nextInt(12) == 0 ? "ml" : SKILLS[rnd.nextInt(SKILLS.length)]);
    }
    for (String skill : goalSkills) {
      int current = rnd.nextInt(5);
      int target = current + 1 + rnd.nextInt(5 - current);
      pb.goal(new LearningGoal(skill, current, target, Priority.values()[rnd.nextInt(3)]));
    }
    int values = rnd.nextInt(4);
    for (int v = 0; v < values; v++) {
      pb.value(VALUES[rnd.nextInt(VALUES.length)], 1 + rnd.nextInt(5));
    }
    Set<String> languages = new LinkedHashSet<>();
    int langs = rnd.nextInt(3);
    for (int l = 0; l < langs; l++) {
      languages.add(LANGUAGES[rnd.nextInt(LANGUAGES.length)]);
    }
    languages.forEach(pb::language);
    if (rnd.nextInt(5) != 0) {
      pb.timeZone(ZONES[rnd.nextInt(ZONES.length)]);
    }
    if (rnd.nextInt(5) != 0) {
      pb.hoursPerMonth(rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(12));
    }
    String excluded = "p" + rnd.nextInt(people);
    if (rnd.nextInt(10) == 0 && !excluded.equals(id)) {
      pb.exclude(excluded);
    }
  }
}
