package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.util.Comparator;
import java.util.List;

/**
 * A participant left without any partner, and why.
 *
 * @param participantId the person
 * @param role {@link Role#MENTOR} or {@link Role#MENTEE}
 * @param reason the reason code
 * @param detail a human-readable detail naming ids and constraint ids only (never names), such as
 *     {@code "0 of 40 mentors feasible; forbidden by seniority-gap (40), shared-language (12)"}; may be empty
 * @param evidence the same detail as structured reasons for reports in any language (codes
 *     {@code partners-feasible}, {@code partners-forbidden-by}, {@code partners-full}, {@code partner-with-room},
 *     {@code all-below-minimum} of {@link ReasonCodes}); may be empty; immutable
 */
public record Unmatched(ParticipantId participantId, Role role, UnmatchedReason reason, String detail,
    List<Reason> evidence) {
  /** The order of {@link MatchResult#unmatched()}: mentors first, then mentees, each by id. */
  public static final Comparator<Unmatched> BY_ROLE_THEN_ID =
      Comparator.comparing(Unmatched::role).thenComparing(Unmatched::participantId);

  /** Validates the components. */
  public Unmatched {
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
    evidence = List.copyOf(evidence);
    if (role == Role.NONE) {
      throw new IllegalArgumentException("an unmatched participant is a mentor or a mentee, not " + role);
    }
  }

  /** An unmatched participant with a text detail only (no structured evidence). */
  public Unmatched(ParticipantId participantId, Role role, UnmatchedReason reason, String detail) {
    this(participantId, role, reason, detail, List.of());
  }
}
