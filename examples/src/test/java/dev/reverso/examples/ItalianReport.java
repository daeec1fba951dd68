package dev.reverso.examples;

import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.programreport.ProgramReport;
import dev.reverso.reporting.programreport.ProgramReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The programme report for the HR web page: HTML in Italian, written straight into the response's byte stream. */
public final class ItalianReport {
  public static void write(Program program, MatchResult matches, List<JournalEvent> events, LocalDate asOf,
      OutputStream page) throws IOException {
    ProgramReport report = ProgramReport.create(program, matches, events, asOf,
        ProgramReportOptions.defaults().withLocale(Locale.ITALIAN));
    report.render(ReportFormat.HTML, page); // UTF-8; the Content-Type is ReportFormat.HTML.contentType()
  }

  private ItalianReport() {}
}
