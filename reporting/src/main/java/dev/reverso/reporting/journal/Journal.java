package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import java.util.function.Consumer;

/**
 * A relationship journal: the append-only record of what happened to each mentoring pair. <b>This is a
 * service provider interface (SPI)</b>: Reverso ships {@link dev.reverso.reporting.journal.storage.InMemoryJournal InMemoryJournal} and the embedded default
 * {@link dev.reverso.reporting.journal.storage.FileJournal FileJournal}; an HR system may implement it on its own store (a database table, an event
 * stream), and metrics and reports then work on that implementation unchanged.
 *
 * <p>Every implementation must keep this contract:
 * <ul>
 *   <li><b>Rules.</b> {@link #append(JournalEvent)} refuses, with an {@link EventRejectedException} naming
 *       the {@link EventRejectedException.Rule rule} and writing nothing: a pair not in the
 *       {@link #roster()}; a session or feedback for a closed pair; an event dated after its pair's close
 *       (or a close dated before an event already recorded); a second close of a pair; a date before 2000 or
 *       after the caller's today ({@link EventDates}, with an injectable clock); a retraction of an unknown or
 *       already retracted event. Retracted events ({@link EventRetracted}) count in no rule. Values out of range
 *       (ratings, NPS, minutes, levels) cannot reach a journal: the event records refuse them when built,
 *       with an {@link InvalidInputException}.</li>
 *   <li><b>Idempotency by id.</b> Appending an event equal to a recorded one with the same id changes
 *       nothing and returns {@link AppendResult#ALREADY_PRESENT}; appending a different event under a
 *       recorded id throws {@link EventConflictException} and writes nothing. The id check comes first,
 *       so repeating an accepted close is harmless.</li>
 *   <li><b>Atomicity and thread safety.</b> Checking and recording one event is atomic with respect to
 *       every other append to the same journal (including other instances on the same store), so the
 *       rules and idempotency see every event recorded before.</li>
 *   <li><b>Order.</b> {@link #events()} returns the events in the order they were recorded.</li>
 *   <li><b>Privacy.</b> Nothing personal in log lines or exception messages: event ids, HR ids and
 *       counts only, never comments or notes.</li>
 * </ul>
 *
 * <p><b>Implementing it.</b> Do not re-implement the rules: call {@link JournalRules#check(JournalEvent,
 * java.util.Set, JournalHistory)} and record the event only if it answers {@link AppendResult#APPENDED}.
 * {@link JournalHistory} is the view of what is recorded that the check needs (an event by id, a pair's
 * close, a pair's latest date, an event's retraction); on a database these are four indexed queries. Check and record in one
 * critical section, so that no other append slips in between, for example:
 * <pre>{@code
 * public AppendResult append(JournalEvent event) {
 *   return db.inTransaction(SERIALIZABLE, tx -> {          // or: lock the journal's row FOR UPDATE
 *     AppendResult result = JournalRules.check(event, roster, new SqlHistory(tx));
 *     if (result.isNew()) {
 *       tx.insert(event);                                   // e.g. EventCodec.encode(event) in a text column
 *     }
 *     return result;
 *   });
 * }
 * }</pre>
 * A unique index on the event id is a good safety net: if it fires, run the check again (it now answers
 * {@code ALREADY_PRESENT} or throws {@link EventConflictException}). A journal that keeps its events as a
 * list can pass {@link JournalHistory#of(Iterable)}; one that loads its history on start should check it
 * the same way (that is how {@link dev.reverso.reporting.journal.storage.FileJournal FileJournal} replays its file).
 *
 * <p><b>Testing it.</b> Reverso tests its own journals with one abstract contract test class
 * ({@code JournalContract} in the reporting module's test sources) that every implementation's test extends,
 * supplying a fresh journal, a view of its storage and a reopened journal. Implementers are encouraged to
 * copy that idea: for each rule above, append an offending event and assert the exception, its
 * {@link EventRejectedException#rule() rule} and that the storage did not change; assert that an equal
 * event under a recorded id is {@code ALREADY_PRESENT} and a different one a conflict; and run a
 * model-based property that appends random histories (repeated ids, unknown pairs, closes, dates around the
 * close) and compares every outcome and the final {@link #events()} with {@link dev.reverso.reporting.journal.storage.InMemoryJournal InMemoryJournal} fed the
 * same events, before and after reopening. Add a concurrent test (threads, and processes if the store is
 * shared) that appends overlapping ids and checks every event is recorded exactly once.
 */
public interface Journal extends AutoCloseable {

  /** The pairs this journal accepts new events for. */
  ImmutableSet<MentoringPair> roster();

  /**
   * Lets the roster grow: from now on the journal also accepts events for these pairs (a pair matched after the
   * journal was opened, a pinned pair, the next cohort's pairs). Pairs already in the roster are ignored; a pair is
   * never removed. Atomic with respect to appends. The built-in journals keep the grown roster for the life of
   * the instance (the roster is not stored: pass the whole roster again when reopening).
   *
   * @return the roster after the change
   * @throws UnsupportedOperationException if this journal's roster is fixed (the default)
   * @throws IllegalStateException if the journal is closed
   */
  default ImmutableSet<MentoringPair> addToRoster(Iterable<MentoringPair> pairs) {
    requireNonNull(pairs, "pairs");
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has a fixed roster");
  }

  /**
   * Records an event, or recognises it as an idempotent repeat.
   *
   * @return {@link AppendResult#APPENDED} if the event was new, {@link AppendResult#ALREADY_PRESENT} if an
   *     equal event with its id was already recorded
   * @throws EventRejectedException if the event breaks a journal rule (nothing is recorded)
   * @throws EventConflictException if a different event with the same id was recorded (nothing is recorded)
   * @throws JournalStorageException if the storage failed
   * @throws IllegalStateException if the journal is closed
   */
  AppendResult append(JournalEvent event);

  /** Every recorded event, in the order recorded; an immutable snapshot. */
  ImmutableList<JournalEvent> events();

  /**
   * Hands every recorded event to {@code visitor}, in the order recorded: the read side for metrics and reports
   * over large journals. The default walks {@link #events()}; a journal whose events live outside the heap (a
   * database, a file) should override it to stream them (a cursor, a chunked read), so that a million events
   * need not be held at once. The visitor must not append to this journal.
   *
   * @param visitor receives each event once
   * @throws JournalStorageException if the storage failed
   * @throws IllegalStateException if the journal is closed and cannot be read any more
   */
  default void forEach(Consumer<? super JournalEvent> visitor) {
    requireNonNull(visitor, "visitor");
    events().forEach(visitor);
  }

  /** Releases the journal's resources and makes recorded events durable; closing twice does nothing. */
  @Override
  void close();
}
