package dev.reverso.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.reverso.core.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.function.BiFunction;

/**
 * Reads a value through the strict reader Reverso already has for its documented JSON: the value under the
 * parser is copied into a string and handed to that reader. A value the reader refuses is a
 * {@link JsonMappingException} (what frameworks answer with "400 Bad Request") whose message lists every problem
 * with its JSON path and whose cause is the {@link InvalidInputException}.
 */
final class DocumentDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient BiFunction<String, String, ? extends T> reader;
  private final String what;

  /**
   * @param reader reads the JSON text, naming the source in problem locations
   * @param what the type's name in messages and problem locations
   */
  DocumentDeserializer(Class<T> type, String what, BiFunction<String, String, ? extends T> reader) {
    super(type);
    this.reader = reader;
    this.what = what;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String json = text(p);
    try {
      return reader.apply(json, what);
    } catch (InvalidInputException e) {
      throw JsonMappingException.from(p, "Cannot read a " + what + ": " + e.getMessage(), e);
    }
  }

  /** The JSON value under the parser, as text. */
  static String text(JsonParser p) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DocumentSerializer.JSON.createGenerator(out)) {
      if (p.currentToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
      }
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }
}
