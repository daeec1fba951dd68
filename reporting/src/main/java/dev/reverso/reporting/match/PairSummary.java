package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Reason;
import java.util.List;
import java.util.Optional;

/**
 * One pair as a {@link MatchReport} shows it: the pairing (ids, score, full explanation), the display
 * names when the report opted in, and the top reasons.
 *
 * @param pairing the pair with its score and explanation
 * @param mentorName the mentor's display name, present only when the report includes names
 * @param menteeName the mentee's display name, present only when the report includes names
 * @param topReasons up to {@link MatchReport#TOP_REASONS} reasons, taken from the criteria in decreasing
 *     order of contribution (ties in model order)
 */
public record PairSummary(Pairing pairing, Optional<String> mentorName, Optional<String> menteeName,
    List<Reason> topReasons) {

  /** Validates the components and copies the reasons. */
  public PairSummary {
    requireNonNull(pairing, "pairing");
    requireNonNull(mentorName, "mentorName");
    requireNonNull(menteeName, "menteeName");
    topReasons = List.copyOf(topReasons);
  }

  /** The mentor's HR id. */
  public ParticipantId mentorId() {
    return pairing.mentorId();
  }

  /** The mentee's HR id. */
  public ParticipantId menteeId() {
    return pairing.menteeId();
  }

  /** The pair's score. */
  public double score() {
    return pairing.score();
  }

  /** The first top reason, if a criterion gave one. */
  public Optional<Reason> topReason() {
    return topReasons.isEmpty() ? Optional.empty() : Optional.of(topReasons.get(0));
  }

  /** Ids and score only. */
  @Override
  public String toString() {
    return "PairSummary[" + pairing + "]";
  }
}
