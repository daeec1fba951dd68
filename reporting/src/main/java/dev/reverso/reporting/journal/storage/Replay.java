package dev.reverso.reporting.journal.storage;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Problems;
import dev.reverso.reporting.journal.EventConflictException;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.EventIndex;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalHistory;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.PairClosed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Replays recorded events, as parsed from a journal file, through {@link JournalRules} without the roster check
 * (history written earlier stands, whatever the current roster) and with the caller's {@link EventDates} rule. Exact repeats are skipped; conflicts and rule
 * violations are problems at the line, at most {@value JournalFiles#MAX_BAD_LINES}. Not thread-safe.
 */
abstract class Replay implements JournalFiles.Sink {
  private final String file;
  private final Problems problems;
  /** The date rule every replayed event must pass. */
  final EventDates dates;
  private int badLines;

  Replay(EventDates dates, String file, Problems problems) {
    this.dates = dates;
    this.file = file;
    this.problems = problems;
  }

  /** Into an {@link EventIndex} that keeps every event: for {@link FileJournal} and {@link JournalReader#read}. */
  static Replay into(EventIndex index, EventDates dates, String file, Problems problems) {
    return new Replay(dates, file, problems) {
      @Override
      void replay(JournalEvent event) {
        if (JournalRules.checkRecorded(event, index, dates).isNew()) {
          index.record(event);
        }
      }
    };
  }

  /**
   * To a visitor, keeping only what the rules need: per pair its close and latest date, and per event id a
   * 64-bit fingerprint of the event's fields ({@link Fingerprints}). Memory grows with pairs and
   * 16 bytes per distinct id, never with the events' content.
   *
   * <p>A retraction is checked against the fingerprints (it must name an event recorded before it that is not a
   * retraction and not retracted yet); as the events themselves are not kept, this pass does not check that the
   * retracted event is of the retraction's pair, and after a retraction it forgets the pair's latest date, so it
   * can miss a close dated before a remaining event in a hand-edited file. {@link #into} checks both exactly.
   */
  static Replay streaming(Consumer<? super JournalEvent> visitor, EventDates dates, String file,
      Problems problems) {
    return new Replay(dates, file, problems) {
      private final Fingerprints ids = new Fingerprints();
      private final Map<MentoringPair, PairState> pairs = new HashMap<>();
      private final java.util.Set<Long> retracted = new java.util.HashSet<>();
      private final java.util.Set<Long> retractionIds = new java.util.HashSet<>();
      private final JournalHistory history = new JournalHistory() {
        @Override
        public Optional<JournalEvent> eventWithId(String id) {
          return Optional.empty(); // checked by fingerprint before the rules run
        }

        @Override
        public Optional<PairClosed> closeOf(MentoringPair pair) {
          PairState s = pairs.get(pair);
          return Optional.ofNullable(s == null ? null : s.close);
        }

        @Override
        public Optional<LocalDate> latestDateOf(MentoringPair pair) {
          PairState s = pairs.get(pair);
          return Optional.ofNullable(s == null ? null : s.latest);
        }

        @Override
        public Optional<EventRetracted> retractionOf(String eventId) {
          return Optional.empty(); // retractions are checked by fingerprint before the rules run
        }
      };

      @Override
      void replay(JournalEvent event) {
        long idKey = Fingerprints.of(event.id());
        long content = Fingerprints.of(event);
        long recorded = ids.get(idKey);
        if (recorded != Fingerprints.ABSENT) {
          if (recorded == content) {
            return; // an exact repeat
          }
          throw new EventConflictException(event.id(), "Event id '" + event.id()
              + "' is already recorded earlier in the file with other content; give each distinct event its own id");
        }
        if (event instanceof EventRetracted r) {
          retraction(r);
          ids.put(idKey, content);
          retractionIds.add(idKey);
          visitor.accept(event);
          return;
        }
        JournalRules.checkRecorded(event, history, dates);
        ids.put(idKey, content);
        PairState s = pairs.computeIfAbsent(event.pair(), p -> new PairState());
        if (s.latest == null || event.date().isAfter(s.latest)) {
          s.latest = event.date();
        }
        if (event instanceof PairClosed c) {
          s.close = c;
        }
        visitor.accept(event);
      }

      private void retraction(EventRetracted r) {
        dates.check(r);
        long target = Fingerprints.of(r.retracts());
        if (ids.get(target) == Fingerprints.ABSENT || retractionIds.contains(target)) {
          throw new EventRejectedException(r.id(), EventRejectedException.Rule.RETRACTS_UNKNOWN_EVENT,
              "expected the id of an event recorded earlier in the file that is not a retraction, found '"
                  + r.retracts() + "'");
        }
        if (!retracted.add(target)) {
          throw new EventRejectedException(r.id(), EventRejectedException.Rule.ALREADY_RETRACTED,
              "event '" + r.retracts() + "' was already retracted earlier in the file");
        }
        PairState s = pairs.get(r.pair());
        if (s != null) {
          if (s.close != null && s.close.id().equals(r.retracts())) {
            s.close = null;
          }
          s.latest = null; // not known without the retracted event's date: the events after it set it again
        }
      }
    };
  }

  private static final class PairState {
    PairClosed close;
    LocalDate latest;
  }

  /** Checks and records (or forwards) one event; throws the rule's exception if it breaks one. */
  abstract void replay(JournalEvent event);

  @Override
  public final void accept(JournalEvent event, long line) {
    if (badLines >= JournalFiles.MAX_BAD_LINES) {
      return;
    }
    try {
      replay(event);
    } catch (EventRejectedException | EventConflictException e) {
      problems.error(file + ":" + line, e.getMessage());
      if (++badLines == JournalFiles.MAX_BAD_LINES) {
        problems.error(file + ":" + line, "stopped checking after " + JournalFiles.MAX_BAD_LINES
            + " events that break the journal's rules: fix those listed first");
      }
    }
  }
}
