package dev.reverso.reporting.survey;

import dev.reverso.core.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for survey exports: a UTF-8 byte order mark is skipped; rows end at {@code \n},
 * {@code \r\n} or a lone {@code \r}; a quoted cell may hold commas, line breaks and doubled quotes. Each row
 * keeps the physical line it starts on, for {@code file:line:column} locations. A quote never closed is an
 * error at the line where the cell began; text after a closing quote is an error at its row.
 */
final class SurveyCsv {
  /** The longest cell accepted, in characters. */
  static final int MAX_CELL = 10_000;

  /** One row: the physical line it starts on and its cells. */
  record Row(int line, List<String> cells) {
    boolean isBlank() {
      return cells.size() == 1 && cells.get(0).isBlank();
    }
  }

  private SurveyCsv() {}

  /** Splits the whole text into rows; syntax problems are added as {@code file:line} errors. */
  static List<Row> rows(String text, String file, Problems problems) {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    while (i < n) {
      int rowLine = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean rowDone = false;
      boolean rowBad = false;
      while (!rowDone) {
        if (i < n && text.charAt(i) == '"') {
          int cellLine = line;
          i++;
          boolean closed = false;
          while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
              } else {
                i++;
                closed = true;
                break;
              }
            } else {
              if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                line++;
              }
              cell.append(c);
              i++;
            }
          }
          if (!closed) {
            problems.error(file + ":" + cellLine, "expected a closing quote for the cell that starts on this line");
            return rows;
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            if (!rowBad) {
              problems.error(file + ":" + line, "expected a comma or a line end after a closing quote, found '"
                  + text.charAt(i) + "'");
              rowBad = true;
            }
            while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
              i++;
            }
          }
        } else {
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            cell.append(c);
            i++;
          }
        }
        if (cell.length() > MAX_CELL) {
          problems.error(file + ":" + rowLine, "expected cells of at most " + MAX_CELL + " characters, found "
              + cell.length());
          return rows;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (i >= n) {
          rowDone = true;
        } else if (text.charAt(i) == ',') {
          i++;
        } else {
          i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          rowDone = true;
        }
      }
      if (!rowBad) {
        rows.add(new Row(rowLine, cells));
      }
    }
    return rows;
  }
}
