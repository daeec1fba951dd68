package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Consent;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Priority;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Active and pinned pairs, warnings and withdrawn consent in matches.json, pairs.csv and the HTML report. */
class KeptPairsReportTest {

  private static MatchResult result() {
    // s1 manages j1 (their running pair now breaks the reporting-chain rule); j2 and s2 are pinned; j3 withdrew
    Program program = Program.builder()
        .mentee(Participant.builder("s1").seniority(10).skill("strategy", 4).goal("genai", 0, 3, Priority.HIGH).build())
        .mentee(Participant.builder("s2").seniority(10).pin("j2").build())
        .mentor(Participant.builder("j1").seniority(2).manager("s1").skill("genai", 5).build())
        .mentor(Participant.builder("j2").seniority(2).build())
        .mentor(Participant.builder("j3").seniority(2).consent(Consent.WITHDRAWN).build())
        .active(MentoringPair.of("j1", "s1"))
        .build();
    return Matcher.builder().strategy("optimal").build().match(program);
  }

  @Test
  void matchesJsonMarksKeptPairsAndWarningsAndReadsThemBack() throws Exception {
    MatchResult r = result();
    StringWriter out = new StringWriter();
    MatchesJson.idsOnly().write(r, out);
    String json = out.toString();
    assertThat(json).contains("\"active\":true").contains("\"pinned\":true").contains("\"warnings\": [")
        .contains("kept active pair j1->s1 breaks reporting-chain").contains("\"reason\":\"NO_CONSENT\"");
    MatchResult back = MatchesJson.read(new StringReader(json), "matches.json");
    assertThat(back).isEqualTo(r);
    assertThat(back.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_CONSENT));
  }

  @Test
  void pairsCsvAndTheHtmlReportShowKeptPairsAndWarnings() {
    MatchReport report = MatchReport.of(result());
    String csv = MatchReport.renderer(ReportFormat.CSV).renderToString(report);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",kept");
    assertThat(csv).contains(",active\n").contains(",pinned\n");
    String html = MatchReport.renderer(ReportFormat.HTML).renderToString(report);
    assertThat(html).contains("Already running, kept as it is.").contains("Fixed by the programme manager.")
        .contains("Warnings").contains("Withdrew consent (1)").doesNotContain("NO_CONSENT");
    String italian = MatchReport.renderer(ReportFormat.HTML).withLocale(java.util.Locale.ITALY).renderToString(report);
    assertThat(italian).contains("Già in corso, mantenuta così com&#39;è.").contains("Fissata dal responsabile del programma.")
        .contains("Consenso ritirato (1)").contains("<html lang=\"it\">");
  }
}
