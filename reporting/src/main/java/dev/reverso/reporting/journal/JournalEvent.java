package dev.reverso.reporting.journal;

import com.google.common.collect.ImmutableSet;
import dev.reverso.core.MentoringPair;
import java.time.LocalDate;

/**
 * One thing that happened to a mentoring pair, as recorded in a {@link Journal}.
 *
 * <p>Every event carries a caller-supplied {@link #id()} (1 to {@value #MAX_ID_LENGTH} characters, no
 * control characters, no leading or trailing blanks) that makes appending idempotent: appending the
 * same event twice is harmless, so a caller that is unsure whether an append reached the journal
 * simply retries it. The {@link #pair()} names the mentor and the mentee by HR id; the {@link #date()}
 * is the day the event happened (not the day it was recorded).
 *
 * <p>The group formats add two kinds: {@link CircleSessionHeld} (a circle met, with the juniors present) and
 * {@link CircleFeedback} (one member's feedback in a circle); both are filed under a junior–senior pair of the
 * circle. An {@link EventRetracted} takes back an earlier event of its pair recorded by mistake. The seven
 * kinds are closed ({@code sealed}), so that metrics can replay a journal with an
 * exhaustive {@code switch}. Events are immutable values: equal events have equal content, which is what
 * idempotency compares. Their {@code toString()} never shows private free text (comments, notes) or
 * self-rated skill levels. The file encoding is {@link dev.reverso.reporting.journal.storage.EventCodec EventCodec} ({@value dev.reverso.reporting.journal.storage.EventCodec#FORMAT}).
 */
public sealed interface JournalEvent permits SessionHeld, SessionCancelled, Feedback, PairClosed,
    CircleSessionHeld, CircleFeedback, EventRetracted {
  /** The longest event id accepted. */
  int MAX_ID_LENGTH = 128;

  /** The longest private free text (comment, note) accepted, in UTF-16 characters. */
  int MAX_TEXT_LENGTH = 4000;

  /** The caller's id of this event, unique within a journal. */
  String id();

  /** The mentor and mentee the event is about (for a circle session: its lead pair). */
  MentoringPair pair();

  /**
   * Every pair the event concerns, which a journal checks against its roster and closes: {@link #pair()} alone,
   * except for a {@link CircleSessionHeld}, where it is every present junior with the senior.
   */
  default ImmutableSet<MentoringPair> pairs() {
    return ImmutableSet.of(pair());
  }

  /** The day the event happened. */
  LocalDate date();
}
