package dev.reverso.reporting.journal;

import static java.util.Objects.requireNonNull;

/**
 * A torn last line found at the end of a journal file: what an append interrupted by a crash or power
 * loss leaves behind (a line without its {@code \n}, or a last line that is not well-formed JSON). Such
 * a line was never acknowledged as durable (an append returns only after its whole line and line end
 * are written), so dropping it loses no recorded event. {@link dev.reverso.reporting.journal.storage.FileJournal FileJournal} truncates it away when it
 * opens the file; {@link dev.reverso.reporting.journal.storage.JournalReader JournalReader} skips it without changing the file. Either way it is reported
 * with this value, never silently.
 *
 * @param file the journal's file name (no directories)
 * @param line the 1-based line number of the torn line
 * @param byteOffset the offset of its first byte in the file, which is where the file now ends
 * @param droppedBytes how many bytes were dropped
 */
public record Recovery(String file, long line, long byteOffset, long droppedBytes) {

  /** Validates the components. */
  public Recovery {
    requireNonNull(file, "file");
    if (line < 1 || byteOffset < 0 || droppedBytes < 1) {
      throw new IllegalArgumentException("line >= 1, byteOffset >= 0 and droppedBytes >= 1 expected");
    }
  }

  /** A sentence for a person: {@code journal.jsonl:17: dropped a torn last line (88 bytes at byte offset 2345)...}. */
  public String message() {
    return file + ":" + line + ": dropped a torn last line (" + droppedBytes + " bytes at byte offset " + byteOffset
        + ") left by an interrupted write; every complete event before it was kept";
  }

  @Override
  public String toString() {
    return message();
  }
}
