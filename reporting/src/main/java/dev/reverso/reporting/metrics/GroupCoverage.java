package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

/**
 * Participation and coverage of one group ("which voices are unheard"): how many of the group's people are
 * in the programme and matched, by role, against the group's headcount in the whole org chart.
 *
 * @param dimension the grouping attribute
 * @param group the group's label ({@link GroupDimension#UNKNOWN} for people without the attribute)
 * @param headcount everyone in the org chart in this group, participants or not
 * @param mentors mentors of the programme in this group
 * @param mentees mentees of the programme in this group
 * @param matchedMentors mentors in this group with at least one pair
 * @param matchedMentees mentees in this group with at least one pair
 */
public record GroupCoverage(GroupDimension dimension, String group, int headcount, int mentors, int mentees,
    int matchedMentors, int matchedMentees) {
  /** Validates the components. */
  public GroupCoverage {
    requireNonNull(dimension, "dimension");
    requireNonNull(group, "group");
    if (headcount < mentors + mentees || matchedMentors > mentors || matchedMentees > mentees || matchedMentors < 0
        || matchedMentees < 0) {
      throw new IllegalArgumentException("counts must satisfy 0 <= matched <= enrolled and mentors + mentees <= headcount");
    }
  }

  /** Share of the headcount in the programme (either role): {@code (mentors + mentees) / headcount}. */
  public double participation() {
    return headcount == 0 ? 0 : (double) (mentors + mentees) / headcount;
  }

  /** Share of the headcount mentoring: {@code mentors / headcount}. */
  public double mentorShare() {
    return headcount == 0 ? 0 : (double) mentors / headcount;
  }

  /** Share of the headcount being mentored: {@code mentees / headcount}. */
  public double menteeShare() {
    return headcount == 0 ? 0 : (double) mentees / headcount;
  }

  /** Share of the headcount matched (either role): {@code (matchedMentors + matchedMentees) / headcount}. */
  public double coverage() {
    return headcount == 0 ? 0 : (double) (matchedMentors + matchedMentees) / headcount;
  }
}
