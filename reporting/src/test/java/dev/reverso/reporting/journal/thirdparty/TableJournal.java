package dev.reverso.reporting.journal.thirdparty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.storage.EventCodec;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalHistory;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.PairClosed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journal as a third party would write it on a database, using only Reverso's public API (it lives in
 * another package to prove that): rows of encoded events stand for a table, each {@link JournalHistory}
 * look-up is a "query" that scans the rows (an indexed {@code SELECT} on a real database), and the monitor
 * stands for a serializable transaction around check and insert.
 */
public final class TableJournal implements Journal {
  private ImmutableSet<MentoringPair> roster;
  private final List<String> rows = new ArrayList<>();
  private boolean closed;

  public TableJournal(Iterable<MentoringPair> roster) {
    this.roster = ImmutableSet.copyOf(requireNonNull(roster, "roster"));
  }

  @Override
  public synchronized ImmutableSet<MentoringPair> roster() {
    return roster;
  }

  @Override
  public synchronized ImmutableSet<MentoringPair> addToRoster(Iterable<MentoringPair> pairs) {
    roster = ImmutableSet.<MentoringPair>builder().addAll(roster).addAll(pairs).build();
    return roster;
  }

  @Override
  public synchronized AppendResult append(JournalEvent event) {
    requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
    AppendResult result = JournalRules.check(event, roster, new QueryHistory());
    if (result.isNew()) {
      rows.add(EventCodec.encode(event));
    }
    return result;
  }

  @Override
  public synchronized ImmutableList<JournalEvent> events() {
    return select().collect(ImmutableList.toImmutableList());
  }

  /** The stored rows, as a database would hold them. */
  public synchronized ImmutableList<String> rows() {
    return ImmutableList.copyOf(rows);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private java.util.stream.Stream<JournalEvent> select() {
    return rows.stream().map(EventCodec::decode);
  }

  /**
   * The four look-ups, answered from the rows at the time of the call (inside the append's lock); the rows that
   * count are those that are no retraction and that no retraction names.
   */
  private final class QueryHistory implements JournalHistory {
    @Override
    public Optional<JournalEvent> eventWithId(String id) {
      return select().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<PairClosed> closeOf(MentoringPair pair) {
      return counting().filter(e -> e instanceof PairClosed && e.pair().equals(pair)).map(e -> (PairClosed) e)
          .findFirst();
    }

    @Override
    public Optional<LocalDate> latestDateOf(MentoringPair pair) {
      return counting().filter(e -> e.pair().equals(pair)).map(JournalEvent::date).max(LocalDate::compareTo);
    }

    @Override
    public Optional<EventRetracted> retractionOf(String eventId) {
      return select().filter(e -> e instanceof EventRetracted r && r.retracts().equals(eventId))
          .map(e -> (EventRetracted) e).findFirst();
    }

    private java.util.stream.Stream<JournalEvent> counting() {
      Retractions retractions = Retractions.of(select().toList());
      return select().filter(retractions::counts);
    }
  }
}
