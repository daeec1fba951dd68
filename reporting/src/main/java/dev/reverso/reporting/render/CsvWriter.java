package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as RFC 4180 describes it, with two deliberate choices: rows end with {@code \n} (not CRLF),
 * and cells are quoted only when needed (they contain a comma, a double quote, CR or LF, or start or end
 * with a blank). Inside a quoted cell a double quote is doubled. The caller writes through a UTF-8 writer.
 *
 * <p><b>Formula injection.</b> Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula. Following the OWASP "CSV Injection" advice, such a
 * cell is written with a leading single quote ({@code '}), which spreadsheets show as text; the quote is
 * part of the data a program reads back. Plain numbers such as {@code -0.25} or {@code +3} are left as
 * they are, since they cannot run anything and the quote would turn them into text.
 *
 * <p>Not thread-safe; one writer per output. Does not close the underlying writer.
 */
public final class CsvWriter implements Flushable {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final Writer out;
  private int columns = -1;

  /** A writer appending to {@code out}. */
  public CsvWriter(Writer out) {
    this.out = requireNonNull(out, "out");
  }

  /** Writes one row. */
  public CsvWriter row(String... cells) throws IOException {
    return row(Arrays.asList(cells));
  }

  /**
   * Writes one row; every row must have as many cells as the first.
   *
   * @throws IllegalArgumentException if the number of cells differs from the first row's
   */
  public CsvWriter row(List<String> cells) throws IOException {
    requireNonNull(cells, "cells");
    if (columns < 0) {
      columns = cells.size();
    } else if (cells.size() != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells in every row, found " + cells.size());
    }
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(',');
      }
      line.append(cell(requireNonNull(cells.get(c), "cell")));
    }
    line.append('\n');
    out.write(line.toString());
    return this;
  }

  /** One cell as written: guarded against formula injection, then quoted if needed. */
  public static String cell(String value) {
    return quoteIfNeeded(guard(value));
  }

  /**
   * The value with a leading {@code '} if a spreadsheet would read it as a formula (it starts with
   * {@code = + - @}, tab or CR and is not a plain number); otherwise the value itself.
   */
  public static String guard(String value) {
    requireNonNull(value, "value");
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
  }

  private static String quoteIfNeeded(String value) {
    boolean quote = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)));
    for (int k = 0; k < value.length() && !quote; k++) {
      char ch = value.charAt(k);
      quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
