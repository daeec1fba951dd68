package dev.reverso.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.reverso.core.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * A reader of UTF-8 text for the importers: drops a leading byte order mark, refuses NUL characters,
 * bytes that are not UTF-8 (binary files) and unpaired surrogates (which a {@link Reader} may deliver but no
 * UTF-8 file can hold, so a programme holding one could not be written and read back), and enforces the
 * size limit. A refusal is thrown as
 * {@link Stop}, which the entry points turn into an {@link dev.reverso.core.InvalidInputException}.
 */
final class TextInput extends Reader {
  static final String BINARY_HINT =
      "is this a binary file (a spreadsheet, a zip archive) or another encoding such as UTF-16 or Windows-1252?"
          + " Save it as UTF-8 text";

  /** A fatal problem that stops reading at once; never escapes the package. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Stop(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final Reader in;
  private final String source;
  private final long maxChars;
  private long chars;
  private int line = 1;
  private boolean first = true;
  /** The last character read was a high surrogate, whose low half must come next. */
  private boolean highPending;

  private TextInput(Reader in, String source, long maxChars) {
    this.in = in;
    this.source = source;
    this.maxChars = maxChars;
  }

  /** Text decoded from UTF-8 bytes; at most {@code options.maxFileBytes()} bytes are read. */
  static TextInput of(InputStream in, String source, ImportOptions options) {
    InputStream limited = new LimitedInputStream(in, options.maxFileBytes(), source);
    return new TextInput(new InputStreamReader(limited, UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
        source, Long.MAX_VALUE);
  }

  /** Text from a reader; at most {@code options.maxFileBytes()} characters are read. */
  static TextInput of(Reader in, String source, ImportOptions options) {
    return new TextInput(in, source, options.maxFileBytes());
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(buf, off, len);
    } catch (CharacterCodingException e) {
      throw new Stop(Problem.error(source + ":" + line,
          "expected UTF-8 text, found bytes that are not UTF-8 after line " + line + ": " + BINARY_HINT));
    }
    if (n <= 0) {
      if (n < 0 && highPending) {
        throw unpaired();
      }
      return n;
    }
    if (first) {
      first = false;
      if (buf[off] == '\uFEFF') {
        System.arraycopy(buf, off + 1, buf, off, n - 1);
        n--;
        if (n == 0) {
          return read(buf, off, len);
        }
      }
    }
    for (int i = off; i < off + n; i++) {
      char c = buf[i];
      if (Character.isLowSurrogate(c) != highPending) {
        throw unpaired();
      }
      highPending = Character.isHighSurrogate(c);
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw new Stop(Problem.error(source + ":" + line, "expected UTF-8 text, found a NUL byte: " + BINARY_HINT));
      }
    }
    chars += n;
    if (chars > maxChars) {
      throw new Stop(Problem.error(source, "expected at most " + maxChars
          + " characters (ImportOptions.maxFileBytes), found a longer input"));
    }
    return n;
  }

  private Stop unpaired() {
    return new Stop(Problem.error(source + ":" + line, "expected well-formed Unicode text, found an unpaired"
        + " surrogate character on line " + line + " (text that was cut or decoded wrongly)"));
  }

  /** The index of the first unpaired surrogate in {@code s}, or -1 if it is well-formed UTF-16. */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Counts bytes and stops past the limit, so a huge file is refused without being read whole. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private final String source;
    private long count;

    LimitedInputStream(InputStream in, long max, String source) {
      super(in);
      this.max = max;
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > max) {
        throw new Stop(Problem.error(source, "expected at most " + max
            + " bytes (ImportOptions.maxFileBytes), found a larger input"));
      }
    }
  }
}
