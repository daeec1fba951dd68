package dev.reverso.reporting.group;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** The JSON generator setup shared by the group files: two-space indentation, {@code \n}, non-ASCII escaped. */
final class GroupJson {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private GroupJson() {}

  static JsonGenerator generator(Writer out) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pretty.indentObjectsWith(indenter);
    pretty.indentArraysWith(indenter);
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // ASCII only: a lone surrogate in an id can never produce malformed UTF-8
    g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    g.setPrettyPrinter(pretty);
    return g;
  }

  static void number(JsonGenerator g, String field, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite to be written as JSON, was " + value);
    }
    g.writeNumberField(field, value);
  }
}
