package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

/**
 * How an import behaves: strict or lenient, and the limits that protect the process from huge or
 * hostile files.
 *
 * <p>Immutable and thread-safe; each {@code with...} method returns a changed copy and refuses an
 * unusable value at once with an {@link IllegalArgumentException}. The defaults ({@link #defaults()})
 * are strict with these limits: {@value #DEFAULT_MAX_ROWS} records, {@value #DEFAULT_MAX_CELL_LENGTH}
 * characters per CSV cell or JSON string, JSON nested at most {@value #DEFAULT_MAX_JSON_DEPTH} levels,
 * files of at most 512 MiB. A JSON list or object inside a record ({@code languages}, {@code skills},
 * {@code goals}, ...) holds at most {@link #maxCellLength()} items, like the CSV cell it corresponds to.
 * Fixed limits keep bad input from growing memory faster than the file: a CSV header has at most
 * {@value #MAX_CSV_COLUMNS} columns, each record reports at most {@value #MAX_PROBLEMS_PER_RECORD}
 * problems (and says that there are more), and a strict import stops after {@value #STRICT_ERROR_LIMIT}
 * errors (it fails anyway; a lenient import reads on). Exceeding a limit is an
 * {@link dev.reverso.core.InvalidInputException} that names the limit, never an {@link OutOfMemoryError}
 * or a {@link StackOverflowError}.
 */
public final class ImportOptions {
  /** Default for {@link #maxRows()}. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;
  /** Default for {@link #maxCellLength()}. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 10_000;
  /** Default for {@link #maxJsonDepth()}. */
  public static final int DEFAULT_MAX_JSON_DEPTH = 32;
  /** Default for {@link #maxFileBytes()}: 512 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
  /**
   * The smallest usable {@link #maxJsonDepth()}: a valid program nests five levels (program object,
   * mentees array, participant object, goals array, goal object).
   */
  public static final int MIN_JSON_DEPTH = 5;

  /** The most columns of a participants CSV header. */
  public static final int MAX_CSV_COLUMNS = 10_000;
  /** The most problems reported for one record; a further one says that there are more. */
  public static final int MAX_PROBLEMS_PER_RECORD = 20;
  /** A strict import stops reading once its records have more errors than this. */
  public static final int STRICT_ERROR_LIMIT = 1_000;

  /** What to do with records that have errors. */
  public enum Mode {
    /** Import nothing if anything is wrong; every problem is reported in one exception (the default). */
    STRICT,
    /** Reject the records with errors, import the rest and report what was rejected and why. */
    LENIENT
  }

  private static final ImportOptions DEFAULTS = new ImportOptions(Mode.STRICT, DEFAULT_MAX_ROWS,
      DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_JSON_DEPTH, DEFAULT_MAX_FILE_BYTES);

  private final Mode mode;
  private final int maxRows;
  private final int maxCellLength;
  private final int maxJsonDepth;
  private final long maxFileBytes;

  private ImportOptions(Mode mode, int maxRows, int maxCellLength, int maxJsonDepth, long maxFileBytes) {
    this.mode = mode;
    this.maxRows = maxRows;
    this.maxCellLength = maxCellLength;
    this.maxJsonDepth = maxJsonDepth;
    this.maxFileBytes = maxFileBytes;
  }

  /** Strict mode with the default limits. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** Lenient mode with the default limits. */
  public static ImportOptions lenient() {
    return DEFAULTS.withMode(Mode.LENIENT);
  }

  /** Strict or lenient. */
  public Mode mode() {
    return mode;
  }

  /** Whether records with errors are rejected one by one instead of failing the whole import. */
  public boolean isLenient() {
    return mode == Mode.LENIENT;
  }

  /** The most records read: CSV data rows, or JSON entries of people, mentors, mentees, history and active. */
  public int maxRows() {
    return maxRows;
  }

  /**
   * The longest CSV cell or JSON string, in characters; also the most items of a JSON list or object
   * inside a record.
   */
  public int maxCellLength() {
    return maxCellLength;
  }

  /** The deepest nesting of JSON objects and arrays; the program object itself is level 1. */
  public int maxJsonDepth() {
    return maxJsonDepth;
  }

  /** The largest input, in bytes (in characters when reading from a {@link java.io.Reader}). */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** A copy with this mode. */
  public ImportOptions withMode(Mode mode) {
    return new ImportOptions(requireNonNull(mode, "mode"), maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  /**
   * A copy with this row limit.
   *
   * @throws IllegalArgumentException if {@code maxRows < 1}
   */
  public ImportOptions withMaxRows(int maxRows) {
    require(maxRows >= 1, "maxRows must be at least 1, was " + maxRows);
    return new ImportOptions(mode, maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  /**
   * A copy with this cell length limit.
   *
   * @throws IllegalArgumentException if {@code maxCellLength < 1}
   */
  public ImportOptions withMaxCellLength(int maxCellLength) {
    require(maxCellLength >= 1, "maxCellLength must be at least 1, was " + maxCellLength);
    return new ImportOptions(mode, maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  /**
   * A copy with this JSON nesting limit.
   *
   * @throws IllegalArgumentException if {@code maxJsonDepth} is below {@value #MIN_JSON_DEPTH} or above 10 000
   */
  public ImportOptions withMaxJsonDepth(int maxJsonDepth) {
    require(maxJsonDepth >= MIN_JSON_DEPTH && maxJsonDepth <= 10_000,
        "maxJsonDepth must be from " + MIN_JSON_DEPTH + " to 10000, was " + maxJsonDepth);
    return new ImportOptions(mode, maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  /**
   * A copy with this size limit.
   *
   * @throws IllegalArgumentException if {@code maxFileBytes < 1}
   */
  public ImportOptions withMaxFileBytes(long maxFileBytes) {
    require(maxFileBytes >= 1, "maxFileBytes must be at least 1, was " + maxFileBytes);
    return new ImportOptions(mode, maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImportOptions)) {
      return false;
    }
    ImportOptions x = (ImportOptions) o;
    return mode == x.mode && maxRows == x.maxRows && maxCellLength == x.maxCellLength
        && maxJsonDepth == x.maxJsonDepth && maxFileBytes == x.maxFileBytes;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mode, maxRows, maxCellLength, maxJsonDepth, maxFileBytes);
  }

  @Override
  public String toString() {
    return "ImportOptions[mode=" + mode + ", maxRows=" + maxRows + ", maxCellLength=" + maxCellLength
        + ", maxJsonDepth=" + maxJsonDepth + ", maxFileBytes=" + maxFileBytes + "]";
  }
}
