package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The representation funnel of one group ("which voices stay unheard"): of the group's headcount in the whole
 * organisation, how many volunteered for the programme (either role), consented to be matched, were matched, gave
 * feedback and rated themselves as learning; and the group's share of all feedback given by mentors (its
 * <em>voice share</em>).
 *
 * @param dimension the grouping
 * @param group the group's label ({@link GroupDimension#UNKNOWN} for people without the attribute)
 * @param headcount everyone in the organisation in this group, participants or not
 * @param volunteers the group's mentors and mentees in the programme
 * @param consenting volunteers who consented to be matched
 * @param matched volunteers with at least one pair
 * @param feedback matched people who gave at least one feedback
 * @param learning matched people whose latest feedback rates their own learning at
 *     {@value Representation#LEARNING_RATING} or more (of 5) in at least one pair
 * @param mentorFeedbacks feedback answers given by the group's mentors
 * @param voiceShare {@code mentorFeedbacks} as a share of all feedback answers given by mentors; empty when no
 *     mentor gave feedback
 */
public record GroupRepresentation(GroupDimension dimension, String group, int headcount, int volunteers,
    int consenting, int matched, int feedback, int learning, int mentorFeedbacks, OptionalDouble voiceShare) {
  /** Validates the components: each stage at most the one before it. */
  public GroupRepresentation {
    requireNonNull(dimension, "dimension");
    requireNonNull(group, "group");
    requireNonNull(voiceShare, "voiceShare");
    if (learning < 0 || learning > feedback || feedback > matched || matched > consenting || consenting > volunteers
        || volunteers > headcount || mentorFeedbacks < 0) {
      throw new IllegalArgumentException("expected 0 <= learning <= feedback <= matched <= consenting <= volunteers "
          + "<= headcount and mentorFeedbacks >= 0");
    }
  }

  /** {@code count / headcount}, 0 for an empty group. */
  public double share(int count) {
    return headcount == 0 ? 0 : (double) count / headcount;
  }
}
