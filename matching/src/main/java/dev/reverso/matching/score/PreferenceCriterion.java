package dev.reverso.matching.score;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.spi.Beneficiary;
import dev.reverso.matching.spi.Criterion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stated preferences as a score, so that {@code optimal} (or any strategy that maximises score) can weigh
 * what people said. For one side that ranked L partners, a partner ranked r-th (1-based) earns
 * {@code (L − r + 1) / L}: rank 1 → 1.0, decreasing by 1/L per rank, and 0 for a partner not ranked. The
 * pair's score is the mean of this over the sides that ranked anyone (the mentee, the mentor, or both);
 * 0 when neither side ranked anyone. Benefits both sides. Evidence: "ranked 2nd of 5 by the mentee".
 * A matching problem whose programme holds stated preferences adds it at weight 0 when its model lacks it,
 * so that explanations show the ranks without changing any score.
 *
 * <p>Binding indexes every stated list once, O(total list length); a score is two hash look-ups.
 * Immutable and thread-safe.
 */
final class PreferenceCriterion implements Criterion {
  static final PreferenceCriterion INSTANCE = new PreferenceCriterion();

  private PreferenceCriterion() {}

  @Override
  public String id() {
    return Criteria.PREFERENCE_ID;
  }

  @Override
  public Beneficiary beneficiary() {
    return Beneficiary.BOTH;
  }

  @Override
  public Scorer bind(Program program) {
    return new Bound(program.mentors(), program.mentees());
  }

  @Override
  public String toString() {
    return "Criterion[" + id() + "]";
  }

  /** Ranks as maps from partner index to 1-based rank, per person. */
  private static final class Bound implements Scorer {
    private final List<Map<Integer, Integer>> mentorRanks;
    private final List<Map<Integer, Integer>> menteeRanks;

    Bound(List<Participant> mentors, List<Participant> mentees) {
      Map<ParticipantId, Integer> mentorIndex = index(mentors);
      Map<ParticipantId, Integer> menteeIndex = index(mentees);
      this.mentorRanks = mentors.stream().map(p -> ranks(p, menteeIndex)).toList();
      this.menteeRanks = mentees.stream().map(p -> ranks(p, mentorIndex)).toList();
    }

    private static Map<ParticipantId, Integer> index(List<Participant> people) {
      Map<ParticipantId, Integer> out = new HashMap<>();
      for (int k = 0; k < people.size(); k++) {
        out.put(people.get(k).id(), k);
      }
      return out;
    }

    /** Ranks 1..L of the ranked partners of the other role; an empty map if the person ranked nobody. */
    private static Map<Integer, Integer> ranks(Participant p, Map<ParticipantId, Integer> partners) {
      if (p.preferences().isEmpty()) {
        return Map.of();
      }
      Map<Integer, Integer> out = new HashMap<>();
      int rank = 0;
      for (ParticipantId id : p.preferences()) {
        Integer x = partners.get(id);
        if (x != null) {
          out.put(x, ++rank);
        }
      }
      return out;
    }

    private static double side(Map<Integer, Integer> ranks, int partner) {
      Integer r = ranks.get(partner);
      return r == null ? 0 : (double) (ranks.size() - r + 1) / ranks.size();
    }

    @Override
    public double score(int mentor, int mentee) {
      Map<Integer, Integer> byMentor = mentorRanks.get(mentor);
      Map<Integer, Integer> byMentee = menteeRanks.get(mentee);
      if (byMentor.isEmpty() && byMentee.isEmpty()) {
        return 0; // most pairs: nobody ranked anyone
      }
      int sides = (byMentor.isEmpty() ? 0 : 1) + (byMentee.isEmpty() ? 0 : 1);
      return sides == 0 ? 0 : (side(byMentor, mentee) + side(byMentee, mentor)) / sides;
    }

    @Override
    public ImmutableList<String> evidence(int mentor, int mentee) {
      ImmutableList.Builder<String> out = ImmutableList.builder();
      describe(out, menteeRanks.get(mentee), mentor, "mentee");
      describe(out, mentorRanks.get(mentor), mentee, "mentor");
      return out.build();
    }

    private static void describe(ImmutableList.Builder<String> out, Map<Integer, Integer> ranks, int partner,
        String who) {
      if (ranks.isEmpty()) {
        return;
      }
      Integer r = ranks.get(partner);
      out.add(r == null ? "not ranked by the " + who + " (who ranked " + ranks.size() + ")"
          : "ranked " + ordinal(r) + " of " + ranks.size() + " by the " + who);
    }
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ... */
  static String ordinal(int n) {
    int mod100 = n % 100;
    int mod10 = n % 10;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
    return String.format(Locale.ROOT, "%d%s", n, suffix);
  }
}
