package dev.reverso.reporting.match;

import com.fasterxml.jackson.core.JsonToken;
import dev.reverso.core.Problems;
import dev.reverso.core.io.JsonCursor;
import dev.reverso.core.io.JsonLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with core's {@link JsonCursor} into a small tree whose every value remembers its
 * {@code line:column}, so that validation can report all problems with their position. Package-private.
 */
final class JsonTree {
  /**
   * The most values a document may hold, so that a hostile file (say 50 MB of {@code [1,1,1,...]}) cannot
   * exhaust the heap: a tree node costs some 30 times the bytes of its text.
   */
  static final int MAX_VALUES = 5_000_000;
  /** A matches document nests six levels (result, pairs, pair, explanation, contributions, reasons). */
  static final int MAX_DEPTH = 32;
  private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxValues(MAX_VALUES).withMaxDepth(MAX_DEPTH);

  private JsonTree() {}

  /** A JSON value and where it starts. */
  abstract static class Node {
    final int line;
    final int column;

    Node(int line, int column) {
      this.line = line;
      this.column = column;
    }

    abstract String kind();
  }

  static final class Obj extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();

    Obj(int line, int column) {
      super(line, column);
    }

    @Override
    String kind() {
      return "an object";
    }
  }

  static final class Arr extends Node {
    final List<Node> items = new ArrayList<>();

    Arr(int line, int column) {
      super(line, column);
    }

    @Override
    String kind() {
      return "an array";
    }
  }

  static final class Str extends Node {
    final String value;

    Str(int line, int column, String value) {
      super(line, column);
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

    Num(int line, int column, double value, String text) {
      super(line, column);
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

    Bool(int line, int column, boolean value) {
      super(line, column);
      this.value = value;
    }

    @Override
    String kind() {
      return value ? "true" : "false";
    }
  }

  static final class Null extends Node {
    Null(int line, int column) {
      super(line, column);
    }

    @Override
    String kind() {
      return "null";
    }
  }

  /**
   * Parses one JSON document with core's {@link JsonCursor}. On a syntax error, a limit or a repeated key,
   * records the problem (located {@code source:line:column}, never quoting the content) and returns null.
   */
  static Node parse(byte[] bytes, String source, Problems problems) {
    try (JsonCursor c = JsonCursor.of(bytes, 0, bytes.length, source, LIMITS)) {
      JsonToken t = c.next();
      if (t == null) {
        problems.error(source + ":1:1", "expected a JSON object, found an empty file");
        return null;
      }
      int before = countErrors(problems);
      Node root = value(c, t, problems);
      if (c.next() != null) {
        problems.error(source + ":" + c.lineColumn(), "expected the file to end after the JSON object, found more");
      }
      return countErrors(problems) > before ? null : root;
    } catch (JsonCursor.Stop stop) {
      // the cursor's location carries the JSON path too; its message never quotes the content
      problems.add(stop.problem());
      return null;
    }
  }

  private static int countErrors(Problems problems) {
    return (int) problems.toList().stream().filter(dev.reverso.core.Problem::isError).count();
  }

  /** Builds the value the cursor stands on; nesting is bounded by the cursor's depth limit. */
  private static Node value(JsonCursor c, JsonToken t, Problems problems) {
    int line = c.line();
    int column = c.column();
    switch (t) {
      case START_OBJECT: {
        Obj o = new Obj(line, column);
        while (c.next() == JsonToken.FIELD_NAME) {
          String name = c.name();
          String keyAt = c.source() + ":" + c.lineColumn();
          Node v = value(c, c.next(), problems);
          if (o.fields.containsKey(name)) {
            problems.error(keyAt, "expected each field once in an object, found '" + shorten(name) + "' repeated");
          } else {
            o.fields.put(name, v);
          }
        }
        return o;
      }
      case START_ARRAY: {
        Arr a = new Arr(line, column);
        JsonToken next;
        while ((next = c.next()) != JsonToken.END_ARRAY) {
          a.items.add(value(c, next, problems));
        }
        return a;
      }
      case VALUE_STRING:
        return new Str(line, column, c.text());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Num(line, column, c.doubleValue(), c.text());
      case VALUE_TRUE:
        return new Bool(line, column, true);
      case VALUE_FALSE:
        return new Bool(line, column, false);
      case VALUE_NULL:
        return new Null(line, column);
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
