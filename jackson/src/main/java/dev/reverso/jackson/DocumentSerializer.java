package dev.reverso.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value through the writer Reverso already has for it (a {@code String} of its documented JSON), copied
 * token by token into the caller's generator: so the shape cannot drift from the files, and the caller's pretty
 * printer, token buffer or tree builder receives ordinary JSON events.
 */
final class DocumentSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;
  static final JsonFactory JSON = JsonFactory.builder().build();

  private final transient Function<? super T, String> writer;

  DocumentSerializer(Class<T> type, Function<? super T, String> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    copy(writer.apply(value), g);
  }

  /** Copies one JSON value held in a string into {@code g}. */
  static void copy(String json, JsonGenerator g) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }
}
