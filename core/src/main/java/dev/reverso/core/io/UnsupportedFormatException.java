package dev.reverso.core.io;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import java.util.List;

/**
 * A file cannot be read or written in the format asked for: an unknown file extension, or a programme
 * holding something the participants CSV cannot represent (a skill taxonomy, a blank attribute, ...).
 * {@link #problems()} says what and where, and what to use instead.
 */
public class UnsupportedFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; at least one problem must be an error. */
  public UnsupportedFormatException(List<Problem> problems) {
    super(problems);
  }
}
