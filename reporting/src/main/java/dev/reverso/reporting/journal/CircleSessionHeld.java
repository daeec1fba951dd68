package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A reverse-mentoring circle met: its senior (the programme's mentee, who leads every session of the circle)
 * with the juniors (mentors) who were present. The circle's other juniors missed the session.
 *
 * <p>A journal checks the session against <b>every</b> present junior's pair with the senior: each must be in
 * its roster (the member pairs of the circles) and none may be closed. {@link #pair()} is the <em>lead
 * pair</em>, the senior with the present junior whose id sorts first: it is the pair the session is filed
 * under (the {@code mentor} and {@code mentee} of its encoding), so a close of that pair cannot be dated before
 * the session; the other present pairs are checked for closes but do not move their latest dates.
 *
 * @param id the caller's event id
 * @param circle the circle's id as {@code circles.json} names it (such as {@code circle-e000002}), 1 to
 *     {@value JournalEvent#MAX_ID_LENGTH} characters
 * @param senior the circle's senior
 * @param present the juniors present, ordered by id; at least one
 * @param date the day of the session
 * @param minutes how long the session lasted, 1 to {@value SessionHeld#MAX_MINUTES}
 */
public record CircleSessionHeld(String id, String circle, ParticipantId senior, ImmutableSortedSet<ParticipantId> present,
    LocalDate date, int minutes) implements JournalEvent {

  /**
   * Validates the components; {@code present} is copied in id order.
   *
   * @throws InvalidInputException listing every problem (field names as locations)
   */
  public CircleSessionHeld {
    requireNonNull(senior, "senior");
    requireNonNull(present, "present");
    present = ImmutableSortedSet.copyOf(present);
    Problems problems = new Problems();
    EventChecks.id(id, problems);
    EventChecks.circle(circle, problems);
    if (present.isEmpty()) {
      problems.error("present", "expected at least one junior present, found none");
    } else {
      EventChecks.pairAndDate(MentoringPair.of(present.first().value(), senior.value()), date, problems);
      for (ParticipantId p : present) {
        if (p.equals(senior)) {
          problems.error("present", "expected juniors only, found the senior " + senior);
        }
      }
    }
    EventChecks.range(minutes, 1, SessionHeld.MAX_MINUTES, "minutes", problems);
    problems.throwIfErrors();
  }

  /** A session of these raw ids. */
  public static CircleSessionHeld of(String id, String circle, String seniorId, Collection<String> presentIds,
      LocalDate date, int minutes) {
    ImmutableSortedSet.Builder<ParticipantId> present = ImmutableSortedSet.naturalOrder();
    presentIds.forEach(p -> present.add(ParticipantId.of(p)));
    return new CircleSessionHeld(id, circle, ParticipantId.of(seniorId), present.build(), date, minutes);
  }

  /** The lead pair: the present junior whose id sorts first, with the senior. */
  @Override
  public MentoringPair pair() {
    return new MentoringPair(present.first(), senior);
  }

  /** Every present junior with the senior, in junior id order. */
  @Override
  public ImmutableSet<MentoringPair> pairs() {
    ImmutableSet.Builder<MentoringPair> pairs = ImmutableSet.builderWithExpectedSize(present.size());
    for (ParticipantId p : present) {
      pairs.add(new MentoringPair(p, senior));
    }
    return pairs.build();
  }

  /** Ids, date, minutes and how many were present. */
  @Override
  public String toString() {
    return "CircleSessionHeld[id=" + id + ", circle=" + circle + ", senior=" + senior + ", present=" + present.size()
        + ", date=" + date + ", minutes=" + minutes + "]";
  }
}
