package dev.reverso.reporting.journal.storage;

import dev.reverso.core.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Recovery;

/**
 * Streaming parse of journal file bytes, shared by {@link FileJournal} and {@link JournalReader}: splits lines,
 * decodes them, recognises a torn last line and hands each decoded event to a {@link Sink}. The bytes are read
 * in chunks of {@value #CHUNK} bytes; a line may be at most {@value #MAX_LINE_BYTES} bytes long, so memory is
 * bounded whatever the file holds (a file of blank lines, a single huge line). O(bytes) time.
 */
final class JournalFiles {
  /** The most bad lines reported (each with at most {@link EventCodec#MAX_PROBLEMS_PER_LINE} problems). */
  static final int MAX_BAD_LINES = 1_000;
  /**
   * The longest line read, in bytes (line end excluded): far above the longest event the writer can produce
   * (a 4 000-character comment escaped as {@code \\uXXXX} and 1 000 progress keys), far below what would strain
   * a small heap.
   */
  static final int MAX_LINE_BYTES = 1 << 20;
  /** The read size. */
  static final int CHUNK = 1 << 16;

  private JournalFiles() {}

  /** Where bytes come from: fills {@code b[off, off + len)} partly, or answers -1 at the end. */
  interface Source {
    int read(byte[] b, int off, int len) throws IOException;

    /** The bytes of a channel from {@code from} (inclusive) to {@code to} (exclusive), by positional reads. */
    static Source of(FileChannel channel, long from, long to) {
      long[] pos = {from};
      return (b, off, len) -> {
        long left = to - pos[0];
        if (left <= 0) {
          return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), pos[0]);
        if (n < 0) {
          throw new IOException("the file ended at byte " + pos[0] + " while " + left + " more bytes were expected");
        }
        pos[0] += n;
        return n;
      };
    }

    /** The bytes of a stream, to its end. */
    static Source of(InputStream in) {
      return in::read;
    }
  }

  /** Receives each well-formed event with its 1-based line number. */
  @FunctionalInterface
  interface Sink {
    void accept(JournalEvent event, long line);

    /** Whether to decode this line ({@code buf[offset, offset + length)}) at all; a skipped line is not checked. */
    default boolean wants(byte[] buf, int offset, int length) {
      return true;
    }
  }

  /**
   * The outcome of parsing bytes that start at a line boundary.
   *
   * @param torn the unterminated last line that was skipped, or null
   * @param consumedBytes the bytes of whole lines read (the torn line excluded)
   * @param consumedLines the whole lines read
   */
  record Outcome(Recovery torn, long consumedBytes, long consumedLines) {}

  /**
   * Parses {@code source}, the file bytes from {@code baseOffset}, whose first line is number {@code firstLine}.
   * A final segment without a line end is the torn tail (whatever it holds: only an interrupted append leaves
   * one); every complete line that is not a valid event is a problem located {@code file:line} (or
   * {@code file:line:field}), including the last one. A line longer than {@value #MAX_LINE_BYTES} bytes is a
   * problem without being held in memory. Blank lines are skipped. Stops after {@value #MAX_BAD_LINES} bad lines.
   */
  static Outcome parse(Source source, long baseOffset, long firstLine, String file, Problems problems, Sink sink)
      throws IOException {
    byte[] buf = new byte[CHUNK];
    int start = 0; // first unconsumed byte in buf
    int end = 0; // end of the data in buf
    int scan = 0; // where the search for the next line end resumes
    long consumed = 0; // bytes of whole lines before buf[start]
    long line = firstLine;
    int badLines = 0;
    long skipping = -1; // length so far of an over-long line being skipped, or -1
    while (true) {
      int nl = indexOf(buf, (byte) '\n', scan, end);
      if (nl >= 0) {
        if (skipping >= 0) {
          long length = skipping + (nl - start);
          problems.error(file + ":" + line, "expected a line of at most " + MAX_LINE_BYTES + " bytes, found one of "
              + length + " bytes");
          skipping = -1;
          badLines++;
        } else if (!blank(buf, start, nl) && sink.wants(buf, start, nl - start)) {
          EventCodec.Decoded d = EventCodec.decode(buf, start, nl - start, file + ":" + line);
          if (d.event() != null) {
            sink.accept(d.event(), line);
          } else {
            d.problems().forEach(problems::add);
            badLines++;
          }
        }
        consumed += nl + 1 - start;
        start = nl + 1;
        scan = start;
        line++;
        if (badLines >= MAX_BAD_LINES) {
          // bounded, so that a file of millions of bad lines does not become millions of problems
          problems.error(file + ":" + (line - 1), "stopped reading after " + MAX_BAD_LINES
              + " bad lines: fix those listed first");
          return new Outcome(null, consumed, line - firstLine);
        }
        continue;
      }
      // no line end in buf[start, end)
      if (skipping >= 0) {
        skipping += end - start;
        start = 0;
        end = 0;
      } else if (end - start > MAX_LINE_BYTES) {
        skipping = end - start;
        start = 0;
        end = 0;
      } else if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      scan = end;
      if (end == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES + CHUNK));
      }
      int n = source.read(buf, end, buf.length - end);
      if (n < 0) {
        long tail = skipping >= 0 ? skipping : end - start;
        Recovery torn = tail == 0 ? null : new Recovery(file, line, baseOffset + consumed, tail);
        return new Outcome(torn, consumed, line - firstLine);
      }
      end += n;
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
