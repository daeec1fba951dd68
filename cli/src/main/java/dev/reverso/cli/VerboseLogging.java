package dev.reverso.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the {@code dev.reverso} loggers to DEBUG for one verbose run and restores the configured level on
 * {@link #close()}, so that in-process runs (tests) do not leak verbosity into each other. Does nothing
 * when logback is not the slf4j binding.
 */
final class VerboseLogging implements AutoCloseable {
  private static final String REVERSO_LOGGERS = "dev.reverso";

  private final Logger logger;
  private final Level previous;

  private VerboseLogging(Logger logger, Level previous) {
    this.logger = logger;
    this.previous = previous;
  }

  static VerboseLogging enable() {
    org.slf4j.Logger slf4j = LoggerFactory.getLogger(REVERSO_LOGGERS);
    if (!(slf4j instanceof Logger)) {
      return new VerboseLogging(null, null);
    }
    Logger logger = (Logger) slf4j;
    Level previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    return new VerboseLogging(logger, previous);
  }

  /** Whether Reverso's DEBUG messages are currently logged. */
  static boolean isDebugEnabled() {
    return LoggerFactory.getLogger(REVERSO_LOGGERS).isDebugEnabled();
  }

  @Override
  public void close() {
    if (logger != null) {
      logger.setLevel(previous);
    }
  }
}
