package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reverso.reporting.ReportFormat;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Building and rendering a report is routine work inside an HR back end: it logs at DEBUG at most, so that an
 * application logging at INFO hears nothing of it.
 */
class ReportLogLevelTest {
  @Test
  void reportsAreBuiltAndRenderedWithoutLoggingAboveDebug() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.reverso");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level saved = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.addAppender(appender);
    try {
      ProgramReport report = ProgramReportFixture.small().report();
      for (ReportFormat f : ReportFormat.values()) {
        ProgramReport.renderer(f).renderToString(report);
      }
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(saved);
    }
    assertThat(appender.list).as("the report summary is still logged, at DEBUG").isNotEmpty();
    assertThat(appender.list).allSatisfy(e -> assertThat(e.getLevel().isGreaterOrEqual(Level.INFO))
        .as("%s %s", e.getLevel(), e.getLoggerName()).isFalse());
  }
}
