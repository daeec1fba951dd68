package dev.reverso.reporting.match;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.reverso.core.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a small tree whose every value remembers
 * its {@code line:column}, so that validation can report all problems with their position. Package-private.
 */
final class JsonTree {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /**
   * The most values a document may hold, so that a hostile file (say 50 MB of {@code [1,1,1,...]}) cannot
   * exhaust the heap: a tree node costs some 30 times the bytes of its text.
   */
  static final int MAX_VALUES = 5_000_000;

  /** A document with more than {@link #MAX_VALUES} values; stops parsing at once. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TooLarge(JsonLocation at) {
      super(null, null, false, false);
      this.line = at.getLineNr();
      this.column = at.getColumnNr();
    }
  }

  private JsonTree() {}

  /** A JSON value and where it starts. */
  abstract static class Node {
    final int line;
    final int column;

    Node(JsonLocation at) {
      this.line = at.getLineNr();
      this.column = at.getColumnNr();
    }

    abstract String kind();
  }

  static final class Obj extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();

    Obj(JsonLocation at) {
      super(at);
    }

    @Override
    String kind() {
      return "an object";
    }
  }

  static final class Arr extends Node {
    final List<Node> items = new ArrayList<>();

    Arr(JsonLocation at) {
      super(at);
    }

    @Override
    String kind() {
      return "an array";
    }
  }

  static final class Str extends Node {
    final String value;

    Str(JsonLocation at, String value) {
      super(at);
      this.value = value;
    }

    @Override
    String kind() {
      return "a string";
    }
  }

  static final class Num extends Node {
    final double value;
    final String text;

    Num(JsonLocation at, double value, String text) {
      super(at);
      this.value = value;
      this.text = text;
    }

    @Override
    String kind() {
      return "the number " + (text.length() > 30 ? text.substring(0, 30) + "…" : text);
    }
  }

  static final class Bool extends Node {
    final boolean value;

    Bool(JsonLocation at, boolean value) {
      super(at);
      this.value = value;
    }

    @Override
    String kind() {
      return value ? "true" : "false";
    }
  }

  static final class Null extends Node {
    Null(JsonLocation at) {
      super(at);
    }

    @Override
    String kind() {
      return "null";
    }
  }

  /**
   * Parses one JSON document. On a syntax error or a repeated key, records the problem (located
   * {@code source:line:column}, never quoting the content) and returns null.
   */
  static Node parse(byte[] bytes, String source, Problems problems) {
    try (JsonParser p = JSON.createParser(bytes)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.error(source + ":1:1", "expected a JSON object, found an empty file");
        return null;
      }
      int before = countErrors(problems);
      Node root = value(p, t, source, problems, new int[] {0});
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.error(source + ":" + at.getLineNr() + ":" + at.getColumnNr(),
            "expected the file to end after the JSON object, found more");
      }
      return countErrors(problems) > before ? null : root;
    } catch (TooLarge e) {
      problems.error(source + ":" + e.line + ":" + e.column, "expected at most " + MAX_VALUES
          + " JSON values (about 60 000 explained pairs), found more");
      return null;
    } catch (JsonEOFException e) {
      JsonLocation at = e.getLocation();
      problems.error(source + ":" + at.getLineNr() + ":" + at.getColumnNr(),
          "expected complete JSON, found the file cut short");
      return null;
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the content (perhaps a name): only the position is reported.
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      problems.error(where, "expected well-formed JSON, found a syntax error");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory
    }
  }

  private static int countErrors(Problems problems) {
    return (int) problems.toList().stream().filter(dev.reverso.core.Problem::isError).count();
  }

  private static Node value(JsonParser p, JsonToken t, String source, Problems problems, int[] count)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    if (++count[0] > MAX_VALUES) {
      throw new TooLarge(at);
    }
    switch (t) {
      case START_OBJECT: {
        Obj o = new Obj(at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          Node v = value(p, p.nextToken(), source, problems, count);
          if (o.fields.containsKey(name)) {
            problems.error(source + ":" + keyAt.getLineNr() + ":" + keyAt.getColumnNr(),
                "expected each field once in an object, found '" + shorten(name) + "' repeated");
          } else {
            o.fields.put(name, v);
          }
        }
        return o;
      }
      case START_ARRAY: {
        Arr a = new Arr(at);
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          a.items.add(value(p, next, source, problems, count));
        }
        return a;
      }
      case VALUE_STRING:
        return new Str(at, p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(at, p.getDoubleValue(), p.getText());
      case VALUE_TRUE:
        return new Bool(at, true);
      case VALUE_FALSE:
        return new Bool(at, false);
      case VALUE_NULL:
        return new Null(at);
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
