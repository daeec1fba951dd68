package dev.reverso.matching.shortlist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;

/**
 * The suggestions for one person, best first.
 *
 * @param personId who the list is for
 * @param role their role; the suggestions are of the other role
 * @param suggestions best first, ranks 1, 2, ...
 */
public record Shortlist(ParticipantId personId, Role role, ImmutableList<Suggestion> suggestions) {
  /** Validates. */
  public Shortlist {
    requireNonNull(personId, "personId");
    requireNonNull(role, "role");
    suggestions = ImmutableList.copyOf(suggestions);
    if (role == Role.NONE) {
      throw new IllegalArgumentException("a shortlist is for a mentor or a mentee");
    }
  }

  /** Id, role and size only. */
  @Override
  public String toString() {
    return "Shortlist[" + personId + ", " + role + ", " + suggestions.size() + " suggestions]";
  }
}
