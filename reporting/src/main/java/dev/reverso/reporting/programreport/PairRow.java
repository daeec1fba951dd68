package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.reporting.metrics.HealthReason;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.metrics.Ratings;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One pair in the aggregate report, named only by its keyed pseudonym (never by HR id). Display names are
 * present only when the caller opted in ({@link ProgramReportOptions#withNames(boolean)}). Comments, notes and
 * self-rated skill levels are never carried: only the mean goal closure. The match score is not carried either: it
 * is written next to HR ids in the operational outputs of the same run ({@code pairs.csv}, {@code matches.json}), so
 * it would link the pseudonym back to the pair.
 *
 * @param pseudonym the pair's pseudonym ({@link dev.reverso.reporting.privacy.PairPseudonyms})
 * @param mentorName the mentor's display name, only when names are included
 * @param menteeName the mentee's display name, only when names are included
 * @param status the pair's health, or closed
 * @param closeReason why a closed pair ended
 * @param closedOn when a closed pair ended
 * @param health the health rules that fired, with their evidence (naming sides only)
 * @param sessionsHeld sessions held
 * @param minutesHeld minutes of the sessions held
 * @param cancelledByMentor sessions the mentor cancelled
 * @param cancelledByMentee sessions the mentee cancelled
 * @param lastSession the date of the latest session
 * @param daysSinceLastSession days from the latest session to the report date
 * @param mentorRatings the mentor's latest ratings
 * @param menteeRatings the mentee's latest ratings
 * @param reciprocityIndex the reciprocity index, when both sides rated
 * @param goals the mentee's goals counted
 * @param meanGoalClosure the mean closure of the mentee's goals, when there are goals
 */
public record PairRow(String pseudonym, Optional<String> mentorName, Optional<String> menteeName, PairStatus status,
    Optional<CloseReason> closeReason, Optional<LocalDate> closedOn, ImmutableList<HealthReason> health,
    int sessionsHeld, int minutesHeld, int cancelledByMentor, int cancelledByMentee, Optional<LocalDate> lastSession,
    OptionalInt daysSinceLastSession, Optional<Ratings> mentorRatings, Optional<Ratings> menteeRatings,
    OptionalDouble reciprocityIndex, int goals, OptionalDouble meanGoalClosure) {

  /** Validates and copies the components. */
  public PairRow {
    requireNonNull(pseudonym, "pseudonym");
    requireNonNull(mentorName, "mentorName");
    requireNonNull(menteeName, "menteeName");
    requireNonNull(status, "status");
    requireNonNull(closeReason, "closeReason");
    requireNonNull(closedOn, "closedOn");
    health = ImmutableList.copyOf(health);
    requireNonNull(lastSession, "lastSession");
    requireNonNull(daysSinceLastSession, "daysSinceLastSession");
    requireNonNull(mentorRatings, "mentorRatings");
    requireNonNull(menteeRatings, "menteeRatings");
    requireNonNull(reciprocityIndex, "reciprocityIndex");
    requireNonNull(meanGoalClosure, "meanGoalClosure");
  }

  /** Pseudonym, status and counts; never names. */
  @Override
  public String toString() {
    return "PairRow[" + pseudonym + ", " + status + ", sessions=" + sessionsHeld + "]";
  }

  /** The health rules that fired, as plain-English text naming sides only (for CSV and JSON). */
  public ImmutableList<String> reasons() {
    return health.stream().map(HealthReason::text).collect(ImmutableList.toImmutableList());
  }
}
