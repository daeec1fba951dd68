package dev.reverso.reporting.journal.storage;

import dev.reverso.core.Problems;
import java.util.ArrayList;
import java.util.List;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Recovery;
import dev.reverso.reporting.journal.EventConflictException;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.EventIndex;

/**
 * Parsing of journal file bytes shared by {@link FileJournal} and {@link JournalReader}: splits lines,
 * decodes them, recognises a torn last line, and replays the events through {@link JournalRules} into an {@link EventIndex}.
 */
final class JournalFiles {
  /** The most bad lines reported (each with at most {@link EventCodec#MAX_PROBLEMS_PER_LINE} problems). */
  static final int MAX_BAD_LINES = 1_000;

  private JournalFiles() {}

  /** One decoded line. */
  record Entry(JournalEvent event, long line) {}

  /** The outcome of parsing a byte range that starts at a line boundary. */
  record Chunk(List<Entry> entries, Recovery torn, long consumedBytes, long consumedLines) {}

  /**
   * Parses {@code data[0, length)}, the file bytes from {@code baseOffset}, whose first line is number
   * {@code firstLine}. A final segment without a line end, or a final line that is not well-formed JSON,
   * is the torn tail; any other bad line is a problem located {@code file:line} (or
   * {@code file:line:field}). Blank lines are skipped. O(length).
   */
  static Chunk parse(byte[] data, int length, long baseOffset, long firstLine, String file, Problems problems) {
    List<Entry> entries = new ArrayList<>();
    int badLines = 0;
    int pos = 0;
    long line = firstLine;
    while (pos < length) {
      int nl = indexOf(data, (byte) '\n', pos, length);
      if (nl < 0) {
        return new Chunk(entries, new Recovery(file, line, baseOffset + pos, length - pos), pos, line - firstLine);
      }
      if (!blank(data, pos, nl)) {
        EventCodec.Decoded d = EventCodec.decode(data, pos, nl - pos, file + ":" + line);
        if (d.event() != null) {
          entries.add(new Entry(d.event(), line));
        } else if (d.malformed() && nl + 1 == length) {
          return new Chunk(entries, new Recovery(file, line, baseOffset + pos, length - pos), pos, line - firstLine);
        } else {
          d.problems().forEach(problems::add);
          if (++badLines == MAX_BAD_LINES) {
            // bounded, so that a file of millions of bad lines does not become millions of problems
            problems.error(file + ":" + line, "stopped reading after " + MAX_BAD_LINES + " bad lines: fix those listed first");
            return new Chunk(entries, null, nl + 1, line + 1 - firstLine);
          }
        }
      }
      pos = nl + 1;
      line++;
    }
    return new Chunk(entries, null, pos, line - firstLine);
  }

  /**
   * Replays parsed entries into {@code index} without the roster check (history written earlier stands,
   * whatever the current roster). Exact repeats are skipped; conflicts and rule violations are problems at
   * the line.
   */
  static void replay(List<Entry> entries, EventIndex index, String file, Problems problems) {
    int badLines = 0;
    for (Entry entry : entries) {
      try {
        if (JournalRules.checkRecorded(entry.event(), index).isNew()) {
          index.record(entry.event());
        }
      } catch (EventRejectedException | EventConflictException e) {
        problems.error(file + ":" + entry.line(), e.getMessage());
        if (++badLines == MAX_BAD_LINES) {
          problems.error(file + ":" + entry.line(), "stopped checking after " + MAX_BAD_LINES
              + " events that break the journal's rules: fix those listed first");
          return;
        }
      }
    }
  }

  private static int indexOf(byte[] data, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean blank(byte[] data, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = data[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
