package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.Side;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the representation funnel ({@link GroupRepresentation}) of every group of a dimension: headcount →
 * volunteers → consenting → matched → giving feedback → rated as learning, and each group's voice share.
 *
 * <p>The headcount is the whole organisation the programme knows ({@link Program#everyone()}: mentors, mentees and
 * the org-chart-only people of the HR export), so groups that nobody from volunteered still appear, with zero
 * volunteers. O(p + q) for p people and q pairs. Stateless.
 */
public final class Representation {
  /** The Likert learning rating (1..5) from which a person counts as learning. */
  public static final int LEARNING_RATING = 4;

  private Representation() {}

  /**
   * The funnel of every group of {@code dimension}, ordered by group label.
   *
   * @param program the programme and its organisation
   * @param matches the pairs
   * @param metrics the metrics of these pairs (their feedback)
   * @param dimension what groups people
   */
  public static ImmutableList<GroupRepresentation> of(Program program, MatchResult matches, ProgramMetrics metrics,
      GroupDimension dimension) {
    requireNonNull(program, "program");
    requireNonNull(matches, "matches");
    requireNonNull(metrics, "metrics");
    requireNonNull(dimension, "dimension");
    Set<ParticipantId> volunteers = new HashSet<>();
    program.mentors().forEach(p -> volunteers.add(p.id()));
    program.mentees().forEach(p -> volunteers.add(p.id()));
    Set<ParticipantId> matched = new HashSet<>();
    for (Pairing p : matches.pairs()) {
      matched.add(p.mentorId());
      matched.add(p.menteeId());
    }
    Set<ParticipantId> gaveFeedback = new HashSet<>();
    Set<ParticipantId> learning = new HashSet<>();
    Map<ParticipantId, Integer> mentorFeedbacks = new HashMap<>();
    int allMentorFeedbacks = 0;
    for (PairMetrics pm : metrics.pairs()) {
      for (Side side : Side.values()) {
        ParticipantId id = side == Side.MENTOR ? pm.pair().mentorId() : pm.pair().menteeId();
        SideFeedback f = pm.feedback(side);
        if (f.count() > 0) {
          gaveFeedback.add(id);
          if (f.latest().orElseThrow().learning() >= LEARNING_RATING) {
            learning.add(id);
          }
          if (side == Side.MENTOR) {
            mentorFeedbacks.merge(id, f.count(), Integer::sum);
            allMentorFeedbacks += f.count();
          }
        }
      }
    }
    Map<String, int[]> groups = new TreeMap<>(dimension::compareGroups);
    Set<ParticipantId> seen = new HashSet<>();
    for (Participant p : program.everyone()) {
      if (!seen.add(p.id())) {
        continue;
      }
      int[] c = groups.computeIfAbsent(dimension.groupOf(p, metrics.options()), k -> new int[7]);
      c[0]++;
      if (volunteers.contains(p.id())) {
        c[1]++;
        if (p.hasConsent()) {
          c[2]++;
          if (matched.contains(p.id())) {
            c[3]++;
            if (gaveFeedback.contains(p.id())) {
              c[4]++;
              if (learning.contains(p.id())) {
                c[5]++;
              }
            }
          }
        }
      }
      c[6] += mentorFeedbacks.getOrDefault(p.id(), 0);
    }
    int total = allMentorFeedbacks;
    ImmutableList.Builder<GroupRepresentation> out = ImmutableList.builderWithExpectedSize(groups.size());
    groups.forEach((g, c) -> out.add(new GroupRepresentation(dimension, g, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
        total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) c[6] / total))));
    return out.build();
  }
}
