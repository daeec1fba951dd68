package dev.reverso.reporting.journal.storage;

import dev.reverso.reporting.journal.EventDates;

/**
 * How a {@link FileJournal} trades durability for speed. Immutable; change with {@code with...} copies.
 *
 * <p>{@link #forceEvery()} = 1 (the default): every append forces its line to the storage device
 * ({@link java.nio.channels.FileChannel#force(boolean)}, i.e. {@code fsync}) before returning, so an
 * acknowledged event survives a crash of the process, the OS or the power. That costs one device flush
 * per event: milliseconds on disks, far less on SSDs with power-loss protection.
 *
 * <p>{@code forceEvery = n > 1}: the file is forced after every n-th append of the instance, on
 * {@link FileJournal#sync()} and on {@link FileJournal#close()}. Each append still writes its whole line
 * to the OS before returning, so a crash of the JVM loses nothing; but a crash of the OS or a power loss
 * may lose up to n − 1 acknowledged events (never a part of the file before them: the file stays a
 * prefix, and a torn last line is recovered on open). Use it for bulk imports and simulations, where the
 * events can be appended again (appends are idempotent by id).
 *
 * <p>Measured on a busy 2-core virtual machine with an ext4 virtual disk (see "Durability and throughput"
 * in {@code docs/journal-format.md}): about 300 appends/s with the default, about 17 000 with
 * {@code withForceEvery(100)}. Expect other numbers on other devices; the ratio is set by the cost of a flush.
 */
public final class FileJournalOptions {
  private static final FileJournalOptions DEFAULTS = new FileJournalOptions(1, EventDates.systemUtc());

  private final int forceEvery;
  private final EventDates eventDates;

  private FileJournalOptions(int forceEvery, EventDates eventDates) {
    this.forceEvery = forceEvery;
    this.eventDates = eventDates;
  }

  /** Durable on every append; event dates checked by {@link EventDates#systemUtc()}. */
  public static FileJournalOptions defaults() {
    return DEFAULTS;
  }

  /** After how many appends of an instance the file is forced to the device; 1 = every append. */
  public int forceEvery() {
    return forceEvery;
  }

  /**
   * A copy that forces the file after every {@code appends} appends (and on sync and close).
   *
   * @throws IllegalArgumentException if {@code appends < 1}
   */
  public FileJournalOptions withForceEvery(int appends) {
    if (appends < 1) {
      throw new IllegalArgumentException("forceEvery must be at least 1, found " + appends);
    }
    return new FileJournalOptions(appends, eventDates);
  }

  /** The date rule applied to appended events and to the history read on open. */
  public EventDates eventDates() {
    return eventDates;
  }

  /** A copy that checks event dates with {@code dates} (for example a fixed clock in tests). */
  public FileJournalOptions withEventDates(EventDates dates) {
    return new FileJournalOptions(forceEvery, java.util.Objects.requireNonNull(dates, "dates"));
  }

  /**
   * A copy whose "today" comes from {@code clock} (keeping the pair starts given): an event dated more than a day
   * after it is refused as {@link dev.reverso.reporting.journal.EventRejectedException.Rule#DATED_IN_FUTURE}.
   */
  public FileJournalOptions withClock(java.time.Clock clock) {
    return withEventDates(EventDates.of(clock).withPairStarts(eventDates.pairStarts()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileJournalOptions f && f.forceEvery == forceEvery && f.eventDates.equals(eventDates);
  }

  @Override
  public int hashCode() {
    return 31 * forceEvery + eventDates.hashCode();
  }

  @Override
  public String toString() {
    return "FileJournalOptions[forceEvery=" + forceEvery + ", " + eventDates + "]";
  }
}
