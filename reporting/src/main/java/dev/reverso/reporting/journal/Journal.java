package dev.reverso.reporting.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;

/**
 * A relationship journal: the append-only record of what happened to each mentoring pair. <b>This is a
 * service provider interface (SPI)</b>: Reverso ships {@link InMemoryJournal} and the embedded default
 * {@link FileJournal}; an HR system may implement it on its own store (a database table, an event
 * stream), and metrics and reports then work on that implementation unchanged.
 *
 * <p>Every implementation must keep this contract:
 * <ul>
 *   <li><b>Rules.</b> {@link #append(JournalEvent)} refuses, with an {@link EventRejectedException} naming
 *       the {@link EventRejectedException.Rule rule} and writing nothing: a pair not in the
 *       {@link #roster()}; a session or feedback for a closed pair; an event dated after its pair's close
 *       (or a close dated before an event already recorded); a second close of a pair. Values out of range
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
 * The test suite's {@code JournalContract} states this contract as tests for implementations to extend.
 */
public interface Journal extends AutoCloseable {

  /** The pairs this journal accepts new events for. */
  ImmutableSet<MentoringPair> roster();

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

  /** Releases the journal's resources and makes recorded events durable; closing twice does nothing. */
  @Override
  void close();
}
