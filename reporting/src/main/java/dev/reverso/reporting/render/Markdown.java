package dev.reverso.reporting.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Markdown helpers: escaping of text and GitHub-style tables (CommonMark plus the table extension).
 *
 * <p>{@link #escape(String)} backslash-escapes the characters that would start emphasis, code, links,
 * HTML or a table cell ({@code \ ` * _ [ ] < > | ~}) and turns line breaks into spaces, so untrusted text
 * stays text in any CommonMark renderer.
 */
public final class Markdown {
  private Markdown() {}

  /** The text with Markdown syntax characters escaped and line breaks replaced by spaces. */
  public static String escape(String text) {
    requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      switch (ch) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~' -> sb.append('\\').append(ch);
        case '\r' -> {
          sb.append(' ');
          if (k + 1 < text.length() && text.charAt(k + 1) == '\n') {
            k++;
          }
        }
        case '\n' -> sb.append(' ');
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** {@code ## text}: a heading of this level (1..6) with the text escaped, followed by a blank line. */
  public static String heading(int level, String text) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("level must be in 1..6, was " + level);
    }
    return "#".repeat(level) + " " + escape(text) + "\n\n";
  }

  /** A table builder with these column headers. */
  public static Table table(String... headers) {
    return new Table(Arrays.asList(headers));
  }

  /** Column alignment. */
  public enum Align {
    /** Left-aligned text. */
    LEFT,
    /** Right-aligned, for numbers. */
    RIGHT
  }

  /**
   * A GitHub-style Markdown table; cells are plain text, escaped when rendered. Not thread-safe.
   */
  public static final class Table {
    private final ImmutableList<String> headers;
    private final Align[] align;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
      if (headers.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      this.headers = ImmutableList.copyOf(headers);
      this.align = new Align[headers.size()];
      Arrays.fill(align, Align.LEFT);
    }

    /** Aligns column {@code column} (0-based). */
    public Table align(int column, Align alignment) {
      align[column] = requireNonNull(alignment, "alignment");
      return this;
    }

    /** Adds a row of plain-text cells, one per column. */
    public Table row(String... cells) {
      return row(Arrays.asList(cells));
    }

    /** Adds a row of plain-text cells, one per column. */
    public Table row(List<String> cells) {
      if (cells.size() != headers.size()) {
        throw new IllegalArgumentException("expected " + headers.size() + " cells, found " + cells.size());
      }
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** The table, each line ended by {@code \n}, followed by a blank line. */
    public String render() {
      StringBuilder sb = new StringBuilder();
      line(sb, headers);
      sb.append('|');
      for (Align a : align) {
        sb.append(a == Align.RIGHT ? " ---: |" : " --- |");
      }
      sb.append('\n');
      for (List<String> r : rows) {
        line(sb, r);
      }
      return sb.append('\n').toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
      sb.append('|');
      for (String c : cells) {
        sb.append(' ').append(escape(c)).append(" |");
      }
      sb.append('\n');
    }
  }
}
