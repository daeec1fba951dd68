package dev.reverso.core.io;

import dev.reverso.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader that tracks physical line numbers: rows end at {@code \n}, {@code \r\n} or a
 * lone {@code \r}; cells are separated by commas; a quoted cell may hold commas, line breaks and doubled
 * quotes ({@code ""}), kept exactly as written. Syntax slips that leave the row readable (a quote inside an
 * unquoted cell, text after a closing quote) are reported per row; a quote never closed or a cell longer
 * than the limit stops reading.
 */
final class CsvTokenizer {
  /** One cell: its text (unquoted), the physical line it starts on, and whether it was quoted. */
  record Cell(String text, int line, boolean quoted) {}

  /**
   * One row: the physical line it starts on, its cells, how many cells it has (more than {@code cells}
   * holds when a data row has more cells than the header: the extra ones are counted, not kept), and
   * syntax problems found in it.
   */
  record Row(int line, List<Cell> cells, int width, List<Problem> problems) {
    /** An empty line: one empty, unquoted cell. */
    boolean isEmptyLine() {
      return cells.size() == 1 && !cells.get(0).quoted() && cells.get(0).text().isEmpty();
    }
  }

  private final Reader in;
  private final String source;
  private final int maxCellLength;
  private final char[] buffer = new char[8192];
  private int pos;
  private int len;
  private int line = 1;
  private List<String> header = List.of();

  CsvTokenizer(Reader in, String source, int maxCellLength) {
    this.in = in;
    this.source = source;
    this.maxCellLength = maxCellLength;
  }

  /** Column names for locations in messages about later rows. */
  void header(List<String> names) {
    this.header = List.copyOf(names);
  }

  private int peek() throws IOException {
    if (pos == len) {
      len = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buffer[pos];
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      pos++;
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
    }
    return c;
  }

  private static boolean endsCell(int c) {
    return c == ',' || c == '\n' || c == '\r' || c < 0;
  }

  /** The next row, or null at the end of the input. */
  Row next() throws IOException {
    if (peek() < 0) {
      return null;
    }
    int rowLine = line;
    List<Cell> cells = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    // a row of millions of commas must not become millions of cells: the header may have at most
    // MAX_CSV_COLUMNS cells, and of a data row only one cell more than the header is kept
    int keep = header.isEmpty() ? ImportOptions.MAX_CSV_COLUMNS : header.size() + 1;
    List<Problem> ignored = new ArrayList<>();
    int width = 0;
    while (true) {
      if (width < keep) {
        cells.add(cell(width, problems));
      } else if (header.isEmpty()) {
        throw new TextInput.Stop(Problem.error(source + ":" + rowLine, "expected a header of at most "
            + ImportOptions.MAX_CSV_COLUMNS + " columns (ImportOptions.MAX_CSV_COLUMNS), found more"));
      } else {
        cell(width, ignored);
        ignored.clear();
      }
      width++;
      int c = read();
      if (c != ',') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        return new Row(rowLine, cells, width, problems);
      }
    }
  }

  private String columnName(int index) {
    return index < header.size() ? header.get(index) : "column " + (index + 1);
  }

  private void append(StringBuilder sb, int c, int cellLine, int index) {
    if (sb.length() >= maxCellLength) {
      throw new TextInput.Stop(Problem.error(source + ":" + cellLine + ":" + columnName(index),
          "expected a cell of at most " + maxCellLength + " characters (ImportOptions.maxCellLength), found a longer one"
              + " (a quote that is never closed makes a cell run on)"));
    }
    sb.append((char) c);
  }

  private Cell cell(int index, List<Problem> problems) throws IOException {
    int cellLine = line;
    StringBuilder sb = new StringBuilder();
    if (peek() != '"') {
      boolean quoteReported = false;
      while (!endsCell(peek())) {
        int c = read();
        if (c == '"' && !quoteReported) {
          quoteReported = true;
          problems.add(Problem.error(source + ":" + cellLine + ":" + columnName(index),
              "expected a quote only around a whole cell (with quotes inside doubled, as in \"say \"\"hi\"\"\"),"
                  + " found one inside an unquoted cell"));
        }
        append(sb, c, cellLine, index);
      }
      return new Cell(sb.toString(), cellLine, false);
    }
    read();
    while (true) {
      int c = read();
      if (c < 0) {
        throw new TextInput.Stop(Problem.error(source + ":" + cellLine + ":" + columnName(index),
            "expected a closing quote for the cell that starts on line " + cellLine + ", found the end of the file"));
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
        } else {
          break;
        }
      }
      append(sb, c, cellLine, index);
    }
    if (!endsCell(peek())) {
      problems.add(Problem.error(source + ":" + cellLine + ":" + columnName(index),
          "expected a comma or the end of the line after a closing quote, found '" + (char) peek() + "'"));
      while (!endsCell(peek())) {
        append(sb, read(), cellLine, index);
      }
    }
    return new Cell(sb.toString(), cellLine, true);
  }
}
