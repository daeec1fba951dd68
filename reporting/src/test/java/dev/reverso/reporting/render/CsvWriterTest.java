package dev.reverso.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesOnlyWhenNeededAndEndsRowsWithLf() throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row("id", "plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " padded", "")
        .row("E1", "x", "y", "z", "w", "v", "u", "t");
    assertThat(out.toString()).isEqualTo(
        "id,plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" padded\",\n" + "E1,x,y,z,w,v,u,t\n");
  }

  @Test
  void guardsFormulaPrefixesButNotPlainNumbers() {
    assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvWriter.cell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
    assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(CsvWriter.cell("-0.25")).isEqualTo("-0.25");
    assertThat(CsvWriter.cell("+3")).isEqualTo("+3");
    assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
  }

  @Test
  void refusesRaggedRows() throws IOException {
    CsvWriter w = new CsvWriter(new StringWriter());
    w.row("a", "b");
    assertThatThrownBy(() -> w.row("only")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Reads back what {@link CsvWriter} wrote (a minimal RFC 4180 parser, for the property below). */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int k = 0; k < csv.length(); k++) {
      char ch = csv.charAt(k);
      if (quoted) {
        if (ch == '"' && k + 1 < csv.length() && csv.charAt(k + 1) == '"') {
          cell.append('"');
          k++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    return rows;
  }

  @Property
  void anyTextSurvivesARoundTripExceptTheFormulaGuard(@ForAll String a, @ForAll String b) throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(a, b);
    List<List<String>> rows = parse(out.toString());
    assertThat(rows).containsExactly(List.of(CsvWriter.guard(a), CsvWriter.guard(b)));
    assertThat(CsvWriter.guard(a)).endsWith(a);
  }
}
