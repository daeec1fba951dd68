package dev.reverso.reporting.programreport;

import java.util.OptionalInt;

/**
 * Headline counts of a {@link ProgramReport}.
 *
 * @param headcount everyone in the org chart; withheld when a coverage breakdown had to withhold its total
 * @param mentors mentors in the programme
 * @param mentees mentees in the programme
 * @param matchedMentors mentors with at least one pair
 * @param matchedMentees mentees with at least one pair
 * @param pairs matched pairs
 * @param openPairs pairs not closed by the report date
 * @param closedPairs pairs closed by the report date
 * @param eventsOutsideMatch journal events of pairs not in the match result (not counted)
 * @param eventsAfterAsOf journal events dated after the report date (not counted)
 */
public record Summary(OptionalInt headcount, int mentors, int mentees, int matchedMentors, int matchedMentees, int pairs,
    int openPairs, int closedPairs, int eventsOutsideMatch, int eventsAfterAsOf) {
  /** Validates the components. */
  public Summary {
    java.util.Objects.requireNonNull(headcount, "headcount");
  }
}
