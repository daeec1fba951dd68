package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.util.Comparator;

/**
 * A participant left without any partner, and why.
 *
 * @param participantId the person
 * @param role {@link Role#MENTOR} or {@link Role#MENTEE}
 * @param reason the reason code
 * @param detail a human-readable detail naming ids and constraint ids only (never names), such as
 *     {@code "0 of 40 mentors feasible; forbidden by seniority-gap (40), shared-language (12)"}; may be empty
 */
public record Unmatched(ParticipantId participantId, Role role, UnmatchedReason reason, String detail) {
  /** The order of {@link MatchResult#unmatched()}: mentors first, then mentees, each by id. */
  public static final Comparator<Unmatched> BY_ROLE_THEN_ID =
      Comparator.comparing(Unmatched::role).thenComparing(Unmatched::participantId);

  /** Validates the components. */
  public Unmatched {
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
    if (role == Role.NONE) {
      throw new IllegalArgumentException("an unmatched participant is a mentor or a mentee, not " + role);
    }
  }
}
