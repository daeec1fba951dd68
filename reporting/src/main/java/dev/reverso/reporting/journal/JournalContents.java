package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Everything read from a journal file by {@link dev.reverso.reporting.journal.storage.JournalReader JournalReader}: the events in file order and, if the file
 * ended with a torn line, the {@link Recovery} that describes what was skipped.
 *
 * @param events the events, in the order recorded
 * @param recovery the torn last line that was skipped, if any
 */
public record JournalContents(ImmutableList<JournalEvent> events, Optional<Recovery> recovery) {

  /** Validates and copies the components. */
  public JournalContents {
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
    requireNonNull(recovery, "recovery");
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "JournalContents[events=" + events.size() + ", recovered=" + recovery.isPresent() + "]";
  }
}
