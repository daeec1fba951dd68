package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one position-aware JSON layer of Reverso's readers: a cursor over Jackson's streaming parser that
 * knows, for the token it stands on, the JSON path ({@code mentees[0].goals[1].target}, taken from the
 * parser's own context, so it is right even when the token itself is malformed), the line and column, and the
 * source name, and that enforces {@link JsonLimits} (nesting depth, string length, number of values) while it
 * reads. Every reader of a Reverso JSON file (programmes, matches, scoring models, journal events) walks its
 * document with a cursor and reports problems at {@link #where()}.
 *
 * <p>A problem that ends the reading — malformed JSON, the input cut short, a limit exceeded — is thrown as
 * a {@link Stop}, an {@link InvalidInputException} with one located problem. Messages never quote the
 * content beyond a short value the reader chooses to show: Jackson's text is kept only after a token it
 * quotes (possibly a name written without quotes) is replaced by its length. An I/O failure of the
 * underlying input is an {@link UncheckedIOException}.
 *
 * <p>Not thread-safe: one cursor per document and thread.
 */
public final class JsonCursor implements AutoCloseable {
  private static final Pattern QUOTED_TOKEN = Pattern.compile("token '([^']*)'");
  private static final int SHORT = 40;

  /** The problem that ends a reading: malformed JSON, input cut short, or a limit exceeded. */
  public static final class Stop extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final boolean malformed;
    private final int line;
    private final int column;

    Stop(Problem problem, boolean malformed, int line, int column) {
      super(List.of(problem));
      this.malformed = malformed;
      this.line = line;
      this.column = column;
    }

    /** The one problem. */
    public Problem problem() {
      return problems().get(0);
    }

    /**
     * Whether the input is not well-formed JSON (a syntax error, the input cut short, text after the
     * document), as opposed to well-formed JSON beyond a limit.
     */
    public boolean malformed() {
      return malformed;
    }

    /** The line where the reading stopped (1-based), or 0 if unknown. */
    public int line() {
      return line;
    }

    /** The column where the reading stopped (1-based), or 0 if unknown. */
    public int column() {
      return column;
    }
  }

  private final JsonParser parser;
  private final String source;
  private final JsonLimits limits;
  private int depth;
  private long values;

  private JsonCursor(JsonParser parser, String source, JsonLimits limits) {
    this.parser = parser;
    this.source = source;
    this.limits = limits;
  }

  /** The settings a factory depends on. */
  private record FactoryKey(int maxDepth, int maxStringLength, boolean repeatedKeysFatal) {}

  /**
   * Factories are thread-safe and costly to create (symbol tables, buffer recycling), and a journal parses
   * one small document per line, so they are shared per setting; at most {@link #MAX_FACTORIES} are kept.
   */
  private static final ConcurrentHashMap<FactoryKey, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  private static final int MAX_FACTORIES = 32;

  private static JsonFactory factory(JsonLimits limits) {
    FactoryKey key = new FactoryKey(limits.maxDepth(), limits.maxStringLength(), limits.repeatedKeysFatal());
    JsonFactory shared = FACTORIES.get(key);
    if (shared != null) {
      return shared;
    }
    JsonFactory created = newFactory(limits);
    if (FACTORIES.size() < MAX_FACTORIES) {
      JsonFactory raced = FACTORIES.putIfAbsent(key, created);
      return raced != null ? raced : created;
    }
    return created;
  }

  private static JsonFactory newFactory(JsonLimits limits) {
    com.fasterxml.jackson.core.JsonFactoryBuilder b = new com.fasterxml.jackson.core.JsonFactoryBuilder();
    b.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            // our own checks run first and give the clearer, located message
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength() + 1)
            .maxNameLength(limits.maxStringLength() + 1)
            .build());
    if (limits.repeatedKeysFatal()) {
      b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    return b.build();
  }

  /**
   * A cursor over characters (not closed by the cursor), before the first token.
   *
   * @param source the name used in locations, usually the file name; empty to locate by line and column only
   */
  public static JsonCursor of(Reader in, String source, JsonLimits limits) {
    requireNonNull(in, "in");
    try {
      return new JsonCursor(factory(requireNonNull(limits, "limits")).createParser(in), requireNonNull(source, "source"),
          limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cursor over a string, before the first token. */
  public static JsonCursor of(String json, String source, JsonLimits limits) {
    requireNonNull(json, "json");
    try {
      return new JsonCursor(factory(requireNonNull(limits, "limits")).createParser(json), requireNonNull(source, "source"),
          limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cursor over UTF-8 bytes {@code [offset, offset + length)}, before the first token. */
  public static JsonCursor of(byte[] utf8, int offset, int length, String source, JsonLimits limits) {
    requireNonNull(utf8, "utf8");
    try {
      return new JsonCursor(factory(requireNonNull(limits, "limits")).createParser(utf8, offset, length),
          requireNonNull(source, "source"), limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source name given at creation. */
  public String source() {
    return source;
  }

  /** The limits enforced. */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- moving

  /**
   * Moves to the next token and returns it (null at the end of the input).
   *
   * @throws Stop if the input is malformed there or a limit is exceeded
   */
  public JsonToken next() {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT:
      case START_ARRAY:
        countValue();
        if (++depth > limits.maxDepth()) {
          throw stop(where(), "expected JSON nested at most " + limits.maxDepth() + " levels deep"
              + setting("maxJsonDepth") + ", found deeper nesting", false);
        }
        break;
      case END_OBJECT:
      case END_ARRAY:
        depth--;
        break;
      case FIELD_NAME:
        break;
      default:
        countValue();
    }
    return t;
  }

  private void countValue() {
    if (++values > limits.maxValues()) {
      throw stop(where(), "expected at most " + limits.maxValues() + " JSON values in the document, found more", false);
    }
  }

  private String setting(String name) {
    return limits.limitsName().isEmpty() ? "" : " (" + limits.limitsName() + "." + name + ")";
  }

  /** Skips the value the cursor stands on, with everything nested in it (no recursion); stays on its last token. */
  public void skip() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int level = depth;
      while (depth >= level) {
        if (next() == null) {
          return;
        }
      }
    }
  }

  /**
   * Moves to the next token and throws a located problem unless it is the end of the input.
   *
   * @param after what the document was, for the message ({@code "the program object"})
   * @throws Stop if more follows
   */
  public void expectEnd(String after) {
    if (next() != null) {
      throw stop(where(), "expected the end of the input after " + after + ", found " + describe(), true);
    }
  }

  // ---------------------------------------------------------------- the current token

  /** The token the cursor stands on (null before the first and after the last). */
  public JsonToken token() {
    return parser.currentToken();
  }

  /** The field name the cursor stands on, or of the value it stands on inside an object (else null). */
  public String name() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of the current string, number or field name.
   *
   * @throws Stop for a string longer than {@link JsonLimits#maxStringLength()}
   */
  public String text() {
    try {
      if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() > limits.maxStringLength()) {
        throw stop(where(), "expected a string of at most " + limits.maxStringLength() + " characters, found "
            + parser.getTextLength(), false);
      }
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The length in characters of the current string or field name. */
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the current token is a whole number that fits an {@code int}. */
  public boolean isInt() {
    return parser.currentToken() == JsonToken.VALUE_NUMBER_INT && numberType() == JsonParser.NumberType.INT;
  }

  /** Whether the current token is a whole number that fits a {@code long}. */
  public boolean isLong() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return false;
    }
    JsonParser.NumberType type = numberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  /** Whether the current token is a number (whole or not). */
  public boolean isNumber() {
    JsonToken t = parser.currentToken();
    return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
  }

  private JsonParser.NumberType numberType() {
    try {
      return parser.getNumberType();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current whole number as an {@code int} (check {@link #isInt()} first). */
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current whole number as a {@code long} (check {@link #isLong()} first). */
  public long longValue() {
    try {
      return parser.getLongValue();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current number as a {@code double} (check {@link #isNumber()} first). */
  public double doubleValue() {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- where

  /** The JSON path of the current token ({@code mentees[0].goals[1].target}); empty at the top level. */
  public String path() {
    return pathOf(parser.getParsingContext());
  }

  private static String pathOf(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          parts.push("[" + c.getCurrentIndex() + "]");
        }
      } else {
        String name = c.getCurrentName();
        if (name != null) {
          parts.push("." + shorten(name));
        }
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** The line of the current token (1-based). */
  public int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  /** The column of the current token (1-based, in characters). */
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  /** {@code line:column} of the current token. */
  public String lineColumn() {
    JsonLocation l = parser.currentTokenLocation();
    return l.getLineNr() + ":" + l.getColumnNr();
  }

  /** {@code source:line:column (path)} of the current token (the path omitted at the top level). */
  public String where() {
    return where(path());
  }

  /** {@code source:line:column (path)} of the current token with a path the reader chose. */
  public String where(String path) {
    return at(lineColumn(), path);
  }

  /** {@code source:lineColumn (path)}, or without the source prefix if the source is empty. */
  public String at(String lineColumn, String path) {
    String head = source.isEmpty() ? lineColumn : source + ":" + lineColumn;
    return head + (path == null || path.isEmpty() ? "" : " (" + path + ")");
  }

  /** A problem of the current token, at {@link #where()}. */
  public Problem error(String message) {
    return Problem.error(where(), message);
  }

  /** A {@link Stop} at {@link #where()}: for problems after which reading cannot go on. */
  public Stop fail(String message) {
    return stop(where(), message, false);
  }

  private Stop stop(String at, String message, boolean malformed) {
    JsonLocation l = parser.currentTokenLocation();
    return new Stop(Problem.error(at, message), malformed, l.getLineNr(), l.getColumnNr());
  }

  private Stop syntax(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    if (l == null || l.getLineNr() < 1) {
      // a StreamConstraintsException (a Jackson limit) carries no location: the parser knows where it is
      l = parser.currentLocation();
    }
    String path = pathOf(parser.getParsingContext());
    String at = l == null || l.getLineNr() < 1 ? source + (path.isEmpty() ? "" : " (" + path + ")")
        : at(l.getLineNr() + ":" + l.getColumnNr(), path);
    String message;
    boolean malformed = !(e instanceof StreamConstraintsException);
    if (e instanceof JsonEOFException) {
      message = "expected valid, complete JSON, found the input cut short";
    } else {
      message = "expected valid JSON within the import limits, found: " + redact(e.getOriginalMessage());
    }
    return new Stop(Problem.error(at, message), malformed, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
  }

  /**
   * Jackson quotes an unrecognised token in full ("Unrecognized token 'Giulia'"): it may be personal data
   * written without quotes, so only its length is kept.
   */
  public static String redact(String jacksonMessage) {
    if (jacksonMessage == null) {
      return "a syntax error";
    }
    Matcher m = QUOTED_TOKEN.matcher(jacksonMessage);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "token of " + m.group(1).length() + " characters");
    }
    return m.appendTail(out).toString();
  }

  /** What the current token is, for a message: {@code the string "abc"}, {@code the number 7}, {@code an object}. */
  public String describe() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "the string \"" + shorten(text()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + shorten(text());
      default:
        return kind(t);
    }
  }

  /** The kind of a token without its value: {@code a string}, {@code an object}, {@code true}, {@code null}. */
  public static String kind(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case FIELD_NAME:
        return "a field name";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /** At most 40 characters of {@code s}, cut with {@code ...}: for quoting a value or name in a message. */
  public static String shorten(String s) {
    return s.length() <= SHORT ? s : s.substring(0, SHORT - 3) + "...";
  }

  /** Closes the parser (not the input it reads). */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
