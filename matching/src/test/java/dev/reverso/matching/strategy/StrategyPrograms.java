package dev.reverso.matching.strategy;

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
 * Small random programmes built with the core builders, shaped so that every constraint of the defaults
 * forbids some pairs (reporting chain, seniority gap, shared language, history, exclusions), scores often
 * tie, and capacities vary.
 */
final class StrategyPrograms {
  static final String[] DIGITAL = {"genai", "data", "social-media", "cloud"};
  static final String[] STRATEGIC = {"strategy", "negotiation", "finance", "leadership"};
  static final String[] VALUES = {"inclusion", "curiosity", "craft"};
  static final String[] ZONES = {"Europe/Rome", "America/New_York", "Asia/Tokyo"};

  private StrategyPrograms() {}

  /**
   * A programme with these many mentors and mentees, capacities 1 to {@code maxCapacity}, and up to
   * {@code activePairs} active pairs (fewer when capacities or roles do not allow them).
   */
  static Program random(long seed, int mentors, int mentees, int maxCapacity, int activePairs) {
    Random rnd = new Random(seed);
    Program.Builder b = Program.builder();
    int bosses = 2;
    for (int k = 0; k < bosses; k++) {
      Participant.Builder pb = Participant.builder("boss" + k).seniority(14);
      if (k > 0) {
        pb.manager("boss0");
      }
      b.person(pb.build());
    }
    List<String> menteeIds = new ArrayList<>();
    for (int j = 0; j < mentees; j++) {
      String id = "senior" + j;
      Participant.Builder pb = Participant.builder(id).seniority(4 + rnd.nextInt(8))
          .manager(j > 0 && rnd.nextInt(3) == 0 ? menteeIds.get(rnd.nextInt(j)) : "boss" + rnd.nextInt(bosses))
          .capacity(1 + rnd.nextInt(maxCapacity));
      profile(pb, rnd, STRATEGIC, DIGITAL);
      b.mentee(pb.build());
      menteeIds.add(id);
    }
    List<String> mentorIds = new ArrayList<>();
    for (int i = 0; i < mentors; i++) {
      String id = "junior" + i;
      // Juniors report to a senior of the cohort now and then, so the reporting chain forbids some pairs.
      String manager = mentees > 0 && rnd.nextInt(3) == 0 ? menteeIds.get(rnd.nextInt(mentees)) : "boss1";
      Participant.Builder pb = Participant.builder(id).seniority(1 + rnd.nextInt(6)).manager(manager)
          .capacity(1 + rnd.nextInt(maxCapacity));
      profile(pb, rnd, DIGITAL, STRATEGIC);
      if (mentees > 0 && rnd.nextInt(12) == 0) {
        pb.exclude(menteeIds.get(rnd.nextInt(mentees)));
      }
      b.mentor(pb.build());
      mentorIds.add(id);
    }
    if (mentors > 0 && mentees > 0) {
      for (int h = 0; h < (mentors + mentees) / 6; h++) {
        b.history(MentoringPair.of(mentorIds.get(rnd.nextInt(mentors)), menteeIds.get(rnd.nextInt(mentees))));
      }
      Program draft = b.build();
      int[] mentorLoad = new int[mentors];
      int[] menteeLoad = new int[mentees];
      Set<MentoringPair> chosen = new HashSet<>();
      for (int a = 0; a < activePairs * 3 && chosen.size() < activePairs; a++) {
        int i = rnd.nextInt(mentors);
        int j = rnd.nextInt(mentees);
        MentoringPair pair = MentoringPair.of(mentorIds.get(i), menteeIds.get(j));
        if (mentorLoad[i] < draft.mentors().get(i).capacity() && menteeLoad[j] < draft.mentees().get(j).capacity()
            && chosen.add(pair)) {
          mentorLoad[i]++;
          menteeLoad[j]++;
          b.active(pair);
        }
      }
    }
    return b.build();
  }

  /**
   * {@link #random} plus what people decide: about one person in eight withdraws consent, and up to two
   * pins join a consenting mentor and mentee with capacity left after the active pairs (the mentee names
   * the mentor back now and then).
   */
  static Program withDecisions(long seed, int mentors, int mentees, int maxCapacity, int activePairs) {
    Program base = random(seed, mentors, mentees, maxCapacity, activePairs);
    Random rnd = new Random(~seed);
    List<Participant.Builder> mentorBuilders = new ArrayList<>();
    List<Participant.Builder> menteeBuilders = new ArrayList<>();
    boolean[] mentorConsent = new boolean[mentors];
    boolean[] menteeConsent = new boolean[mentees];
    for (int i = 0; i < mentors; i++) {
      mentorConsent[i] = rnd.nextInt(8) != 0;
      mentorBuilders.add(base.mentors().get(i).toBuilder()
          .consent(mentorConsent[i] ? dev.reverso.core.Consent.GIVEN : dev.reverso.core.Consent.WITHDRAWN));
    }
    for (int j = 0; j < mentees; j++) {
      menteeConsent[j] = rnd.nextInt(8) != 0;
      menteeBuilders.add(base.mentees().get(j).toBuilder()
          .consent(menteeConsent[j] ? dev.reverso.core.Consent.GIVEN : dev.reverso.core.Consent.WITHDRAWN));
    }
    int[] mentorLoad = new int[mentors];
    int[] menteeLoad = new int[mentees];
    for (MentoringPair p : base.active()) {
      mentorLoad[Integer.parseInt(p.mentorId().value().substring("junior".length()))]++;
      menteeLoad[Integer.parseInt(p.menteeId().value().substring("senior".length()))]++;
    }
    boolean[] mentorPinned = new boolean[mentors];
    boolean[] menteePinned = new boolean[mentees];
    for (int a = 0; a < 6 && mentors > 0 && mentees > 0; a++) {
      int i = rnd.nextInt(mentors);
      int j = rnd.nextInt(mentees);
      if (mentorPinned[i] || menteePinned[j] || !mentorConsent[i] || !menteeConsent[j]
          || mentorLoad[i] >= base.mentors().get(i).capacity() || menteeLoad[j] >= base.mentees().get(j).capacity()
          || base.active().contains(MentoringPair.of("junior" + i, "senior" + j))) {
        continue;
      }
      mentorPinned[i] = true;
      menteePinned[j] = true;
      mentorLoad[i]++;
      menteeLoad[j]++;
      if (rnd.nextBoolean()) {
        mentorBuilders.get(i).pin("senior" + j);
      } else {
        menteeBuilders.get(j).pin("junior" + i);
        if (rnd.nextBoolean()) {
          mentorBuilders.get(i).pin("senior" + j);
        }
      }
    }
    Program.Builder b = Program.builder().people(base.people()).history(base.history()).active(base.active());
    mentorBuilders.forEach(x -> b.mentor(x.build()));
    menteeBuilders.forEach(x -> b.mentee(x.build()));
    return b.build();
  }

  private static void profile(Participant.Builder pb, Random rnd, String[] teaches, String[] wants) {
    for (String skill : teaches) {
      if (rnd.nextInt(3) != 0) {
        pb.skill(skill, 2 + rnd.nextInt(4));
      }
    }
    Set<String> goals = new HashSet<>();
    for (int g = 0; g < 1 + rnd.nextInt(3); g++) {
      String skill = wants[rnd.nextInt(wants.length)];
      if (goals.add(skill)) {
        int current = rnd.nextInt(3);
        pb.goal(new LearningGoal(skill, current, current + 1 + rnd.nextInt(2), Priority.values()[rnd.nextInt(3)]));
      }
    }
    pb.value(VALUES[rnd.nextInt(VALUES.length)], 1 + rnd.nextInt(5));
    pb.language(rnd.nextInt(6) == 0 ? "it" : "en");
    pb.timeZone(ZONES[rnd.nextInt(ZONES.length)]);
    pb.hoursPerMonth(2 + rnd.nextInt(6));
  }
}
