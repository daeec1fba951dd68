package dev.reverso.matching.score;

import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Beneficiary;
import java.util.ArrayList;
import dev.reverso.matching.spi.Criterion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stated preferences as a score, so that {@code optimal} (or any strategy that maximises score) can weigh
 * what people said. For one side that ranked L partners, a partner ranked r-th (1-based) earns
 * {@code (L − r + 1) / L}: rank 1 → 1.0, decreasing by 1/L per rank, and 0 for a partner not ranked. The
 * pair's score is the mean of this over the sides that ranked anyone (the mentee, the mentor, or both);
 * 0 when neither side ranked anyone. Benefits both sides. Evidence ({@link ReasonCodes}): {@code ranked-by-mentee
 * {rank, of}} or {@code not-ranked-by-mentee {ranked}}, then the same for the mentor.
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
    public List<Reason> evidence(int mentor, int mentee) {
      List<Reason> out = new ArrayList<>(2);
      describe(out, menteeRanks.get(mentee), mentor, false);
      describe(out, mentorRanks.get(mentor), mentee, true);
      return List.copyOf(out);
    }

    private static void describe(List<Reason> out, Map<Integer, Integer> ranks, int partner, boolean byMentor) {
      if (ranks.isEmpty()) {
        return;
      }
      Integer r = ranks.get(partner);
      out.add(r == null
          ? Reason.of(byMentor ? ReasonCodes.NOT_RANKED_BY_MENTOR : ReasonCodes.NOT_RANKED_BY_MENTEE, "ranked", ranks.size())
          : Reason.of(byMentor ? ReasonCodes.RANKED_BY_MENTOR : ReasonCodes.RANKED_BY_MENTEE, "rank", r, "of", ranks.size()));
    }
  }

}
