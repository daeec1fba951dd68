package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.function.Consumer;

/**
 * The ids of the events a journal's {@link EventRetracted retractions} took back: what every reader of a journal
 * (metrics, reports, the next cohort) uses to let only the events that count through. An event <em>counts</em>
 * when it is not a retraction and no retraction names it.
 *
 * <p>Metrics replay a journal in one streaming pass that keeps no events, while a retraction comes after the
 * event it takes back; so a reader first collects the retractions ({@link #of(Iterable)} or, streaming,
 * {@link #collector()}: one pass that keeps only the retracted ids) and then replays the events through
 * {@link #counting(Consumer)}. Memory grows with the number of retractions only.
 *
 * <p>Immutable and thread-safe.
 */
public final class Retractions {
  private static final Retractions NONE = new Retractions(ImmutableSet.of());

  private final ImmutableSet<String> retracted;

  private Retractions(ImmutableSet<String> retracted) {
    this.retracted = retracted;
  }

  /** No retraction: every event that is not itself a retraction counts. */
  public static Retractions none() {
    return NONE;
  }

  /** The retractions among these events (iterated once). */
  public static Retractions of(Iterable<? extends JournalEvent> events) {
    Collector c = collector();
    requireNonNull(events, "events").forEach(c);
    return c.retractions();
  }

  /** A visitor that collects the retractions of the events it is handed, for a streaming first pass. */
  public static Collector collector() {
    return new Collector();
  }

  /** The events of {@code events} that count, in order (a copy; the input is iterated twice). */
  public static ImmutableList<JournalEvent> countingEvents(Iterable<? extends JournalEvent> events) {
    Retractions r = of(events);
    ImmutableList.Builder<JournalEvent> out = ImmutableList.builder();
    Consumer<JournalEvent> add = out::add;
    events.forEach(r.counting(add));
    return out.build();
  }

  /** The ids of the retracted events. */
  public ImmutableSet<String> retractedIds() {
    return retracted;
  }

  /** Whether a retraction took this event back. */
  public boolean isRetracted(JournalEvent event) {
    return retracted.contains(requireNonNull(event, "event").id());
  }

  /** Whether the event counts: it is not a retraction and was not retracted. */
  public boolean counts(JournalEvent event) {
    return !(requireNonNull(event, "event") instanceof EventRetracted) && !retracted.contains(event.id());
  }

  /** A visitor that hands {@code next} only the events that count. */
  public Consumer<JournalEvent> counting(Consumer<? super JournalEvent> next) {
    requireNonNull(next, "next");
    return e -> {
      if (counts(e)) {
        next.accept(e);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Retractions r && r.retracted.equals(retracted);
  }

  @Override
  public int hashCode() {
    return retracted.hashCode();
  }

  /** The number of retracted events; no ids. */
  @Override
  public String toString() {
    return "Retractions[" + retracted.size() + "]";
  }

  /** Collects retractions one event at a time. Not thread-safe. */
  public static final class Collector implements Consumer<JournalEvent> {
    private final ImmutableSet.Builder<String> ids = ImmutableSet.builder();

    private Collector() {}

    @Override
    public void accept(JournalEvent e) {
      if (requireNonNull(e, "event") instanceof EventRetracted r) {
        ids.add(r.retracts());
      }
    }

    /** The retractions collected so far. */
    public Retractions retractions() {
      ImmutableSet<String> set = ids.build();
      return set.isEmpty() ? NONE : new Retractions(set);
    }
  }
}
