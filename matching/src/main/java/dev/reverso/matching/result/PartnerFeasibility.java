package dev.reverso.matching.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import java.util.Map;

/**
 * How many partners the constraints leave a participant, and which constraints rule the others out: the
 * evidence behind {@link UnmatchedReason#NO_FEASIBLE_PARTNER}.
 *
 * @param participantId the person
 * @param role {@link Role#MENTOR} or {@link Role#MENTEE}
 * @param partners the size of the other side
 * @param feasiblePartners partners that every constraint allows
 * @param forbiddenBy constraint id → how many partners that constraint forbids (a partner may be counted
 *     by several constraints), in the problem's constraint order, only constraints that forbid someone
 */
public record PartnerFeasibility(ParticipantId participantId, Role role, int partners, int feasiblePartners,
    ImmutableMap<String, Integer> forbiddenBy) {

  /** Validates the components. */
  public PartnerFeasibility {
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    forbiddenBy = ImmutableMap.copyOf(forbiddenBy);
    if (feasiblePartners < 0 || feasiblePartners > partners) {
      throw new IllegalArgumentException("expected 0 <= feasible <= partners, found " + feasiblePartners
          + " of " + partners);
    }
  }

  /** Whether no partner is feasible. */
  public boolean isBlocked() {
    return feasiblePartners == 0;
  }

  /**
   * The constraints that on their own rule out every partner (each would leave this person unmatched even
   * if all the others were lifted), in the problem's constraint order. Empty when someone is feasible or
   * no single constraint explains the block.
   */
  public ImmutableList<String> blockingConstraints() {
    if (partners == 0) {
      return ImmutableList.of();
    }
    return forbiddenBy.entrySet().stream().filter(e -> e.getValue() == partners).map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The same as {@link #describe()} as reasons: {@code partners-feasible {feasible, partners, side}}, then one
   * {@code partners-forbidden-by {rule, count}} per constraint that forbids someone, in the problem's order.
   */
  public java.util.List<Reason> evidence() {
    java.util.List<Reason> out = new java.util.ArrayList<>();
    String side = role == Role.MENTOR ? Role.MENTEE.id() : Role.MENTOR.id();
    out.add(Reason.of(ReasonCodes.PARTNERS_FEASIBLE, "feasible", feasiblePartners, "partners", partners, "side", side));
    forbiddenBy.forEach((rule, count) -> out.add(Reason.of(ReasonCodes.PARTNERS_FORBIDDEN_BY, "rule", rule,
        "count", count)));
    return java.util.List.copyOf(out);
  }

  /**
   * A one-line description for {@link Unmatched#detail()}, such as
   * {@code "0 of 40 mentors feasible; forbidden by seniority-gap (40), shared-language (12)"}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder().append(feasiblePartners).append(" of ").append(partners)
        .append(role == Role.MENTOR ? " mentees" : " mentors").append(" feasible");
    String sep = "; forbidden by ";
    for (Map.Entry<String, Integer> e : forbiddenBy.entrySet()) {
      sb.append(sep).append(e.getKey()).append(" (").append(e.getValue()).append(')');
      sep = ", ";
    }
    return sb.toString();
  }
}
