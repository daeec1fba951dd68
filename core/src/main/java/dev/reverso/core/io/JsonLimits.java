package dev.reverso.core.io;

/**
 * The limits a {@link JsonCursor} enforces while it reads, so that a hostile document is refused with a
 * located message instead of exhausting the heap or the stack: how deeply values nest, how long a string
 * or field name may be, and how many values (scalars, objects and arrays) a document may hold. The size of
 * the input itself is bounded by whoever opens it ({@link InputFiles}, {@link ImportOptions#maxFileBytes()}).
 *
 * <p>Immutable and thread-safe; each {@code with...} method returns a changed copy and refuses a value
 * below 1 with an {@link IllegalArgumentException}. {@link #defaults()}: depth {@value #DEFAULT_MAX_DEPTH},
 * strings of {@value #DEFAULT_MAX_STRING_LENGTH} characters, {@value #DEFAULT_MAX_VALUES} values, repeated
 * keys left to the reader.
 */
public final class JsonLimits {
  /** Default for {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** Default for {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** Default for {@link #maxValues()}. */
  public static final long DEFAULT_MAX_VALUES = 50_000_000L;

  private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH,
      DEFAULT_MAX_VALUES, false, "");

  private final int maxDepth;
  private final int maxStringLength;
  private final long maxValues;
  private final boolean repeatedKeysFatal;
  private final String limitsName;

  private JsonLimits(int maxDepth, int maxStringLength, long maxValues, boolean repeatedKeysFatal, String limitsName) {
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxValues = maxValues;
    this.repeatedKeysFatal = repeatedKeysFatal;
    this.limitsName = limitsName;
  }

  /** The default limits. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** The deepest nesting of objects and arrays; the document's outer object is level 1. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string value or field name, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The most values (objects, arrays and scalars, at any depth) a document may hold. */
  public long maxValues() {
    return maxValues;
  }

  /** Whether a key repeated in one object stops the reading as a syntax error (else the reader decides). */
  public boolean repeatedKeysFatal() {
    return repeatedKeysFatal;
  }

  /**
   * The name of the setting a limit message points to, such as {@code ImportOptions}: messages then say
   * {@code (ImportOptions.maxJsonDepth)}; empty for none.
   */
  public String limitsName() {
    return limitsName;
  }

  /** A copy with this nesting limit. */
  public JsonLimits withMaxDepth(int depth) {
    return new JsonLimits(atLeastOne(depth, "maxDepth"), maxStringLength, maxValues, repeatedKeysFatal, limitsName);
  }

  /** A copy with this string length limit. */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDepth, atLeastOne(length, "maxStringLength"), maxValues, repeatedKeysFatal, limitsName);
  }

  /** A copy with this value count limit. */
  public JsonLimits withMaxValues(long values) {
    return new JsonLimits(maxDepth, maxStringLength, atLeastOne(values, "maxValues"), repeatedKeysFatal, limitsName);
  }

  /** A copy where a repeated key in one object stops the reading (as a syntax error at the key). */
  public JsonLimits withRepeatedKeysFatal(boolean fatal) {
    return new JsonLimits(maxDepth, maxStringLength, maxValues, fatal, limitsName);
  }

  /** A copy whose limit messages name {@code settingsName} (such as {@code ImportOptions}). */
  public JsonLimits withLimitsName(String settingsName) {
    return new JsonLimits(maxDepth, maxStringLength, maxValues, repeatedKeysFatal,
        java.util.Objects.requireNonNull(settingsName, "settingsName"));
  }

  private static int atLeastOne(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
    return value;
  }

  private static long atLeastOne(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "JsonLimits{depth=" + maxDepth + ", string=" + maxStringLength + ", values=" + maxValues
        + (repeatedKeysFatal ? ", repeated keys fatal" : "") + "}";
  }
}
