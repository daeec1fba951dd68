package dev.reverso.matching.group;

import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random programmes for the group formats, built with the core builders: juniors strong in digital skills,
 * seniors in strategy, each wanting the other's; departments, locations and grades vary so diversity
 * matters; reporting lines, exclusions, history and (optionally) a second language forbid some pairs.
 */
final class GroupPrograms {
  static final String[] DIGITAL = {"genai", "data", "social-media", "cloud", "security", "ux"};
  static final String[] STRATEGIC = {"strategy", "negotiation", "finance", "leadership"};
  static final String[] DEPARTMENTS = {"Sales", "IT", "Finance", "Legal", "Marketing"};
  static final String[] LOCATIONS = {"Milan", "London", "Boston"};
  static final String[] DIVISIONS = {"Commercial", "Operations"};

  private GroupPrograms() {}

  /**
   * A programme with these many juniors (mentors) and seniors (mentees), capacities 1 to
   * {@code maxCapacity}; with {@code languages}, one person in five speaks Italian only.
   */
  static Program random(long seed, int mentors, int mentees, int maxCapacity, boolean languages) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder();
    b.person(Participant.builder("boss0").seniority(14).build());
    List<String> seniors = new ArrayList<>();
    for (int j = 0; j < mentees; j++) {
      String id = "senior" + j;
      Participant.Builder pb = Participant.builder(id).seniority(8 + rnd.nextInt(5))
          .manager(j > 0 && rnd.nextInt(4) == 0 ? seniors.get(rnd.nextInt(j)) : "boss0")
          .capacity(1 + rnd.nextInt(maxCapacity));
      org(pb, rnd);
      profile(pb, rnd, STRATEGIC, DIGITAL, languages, 2 + rnd.nextInt(3));
      b.mentee(pb.build());
      seniors.add(id);
    }
    List<String> juniors = new ArrayList<>();
    for (int i = 0; i < mentors; i++) {
      String id = "junior" + i;
      String manager = mentees > 0 && rnd.nextInt(4) == 0 ? seniors.get(rnd.nextInt(mentees)) : "boss0";
      Participant.Builder pb = Participant.builder(id).seniority(1 + rnd.nextInt(6)).manager(manager)
          .capacity(1 + rnd.nextInt(maxCapacity));
      org(pb, rnd);
      profile(pb, rnd, DIGITAL, STRATEGIC, languages, 1 + rnd.nextInt(2));
      if (mentees > 0 && rnd.nextInt(10) == 0) {
        pb.exclude(seniors.get(rnd.nextInt(mentees)));
      }
      b.mentor(pb.build());
      juniors.add(id);
    }
    Set<MentoringPair> history = new HashSet<>();
    for (int h = 0; mentors > 0 && mentees > 0 && h < (mentors + mentees) / 8; h++) {
      MentoringPair pair = MentoringPair.of(juniors.get(rnd.nextInt(mentors)), seniors.get(rnd.nextInt(mentees)));
      if (history.add(pair)) {
        b.history(pair);
      }
    }
    return b.build();
  }

  private static void org(Participant.Builder pb, Random rnd) {
    if (rnd.nextInt(10) != 0) {
      pb.department(DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)]);
    }
    pb.location(LOCATIONS[rnd.nextInt(LOCATIONS.length)]);
    pb.division(DIVISIONS[rnd.nextInt(DIVISIONS.length)]);
  }

  private static void profile(Participant.Builder pb, Random rnd, String[] teaches, String[] wants,
      boolean languages, int goalCount) {
    for (String skill : teaches) {
      if (rnd.nextInt(3) == 0) {
        pb.skill(skill, 1 + rnd.nextInt(5));
      }
    }
    Set<String> goals = new HashSet<>();
    for (int g = 0; g < goalCount; g++) {
      String skill = wants[rnd.nextInt(wants.length)];
      if (goals.add(skill)) {
        int current = rnd.nextInt(3);
        pb.goal(new LearningGoal(skill, current, current + 1 + rnd.nextInt(2), Priority.values()[rnd.nextInt(3)]));
      }
    }
    pb.value("inclusion", 1 + rnd.nextInt(5));
    int lang = languages ? rnd.nextInt(5) : 1;
    if (lang == 0) {
      pb.language("it");
    } else if (lang == 1) {
      pb.language("en");
    } else {
      pb.language("en");
      pb.language("it");
    }
    pb.timeZone("Europe/Rome");
    pb.hoursPerMonth(2 + rnd.nextInt(6));
  }
}
