package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Role;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A large result: the page shows the weakest pairs and every unmatched participant, and links the files with the rest. */
class MatchReportLargeTest {
  private static final int PAIRS = MatchReport.HTML_PAIRS + 50;
  private static final int UNMATCHED = 40;

  private static MatchResult result() {
    MatchResult.Builder b = MatchResult.builder("optimal").solverPath("dense");
    for (int k = 0; k < PAIRS; k++) {
      ParticipantId m = ParticipantId.of(String.format(Locale.ROOT, "M%04d", k));
      ParticipantId e = ParticipantId.of(String.format(Locale.ROOT, "S%04d", k));
      // scores not in id order, so "weakest" is not "first"
      double score = Explanation.round(((k * 37) % PAIRS + 1) / (double) (PAIRS + 1));
      Explanation x = new Explanation(m, e, score, true, ImmutableList.of(new Explanation.Contribution(
          "forward-coverage", 1, score, score, List.of(Reason.of(ReasonCodes.HOURS_PER_MONTH, "mentor-hours", 4.0,
              "mentee-hours", 6.0)))), ImmutableList.of());
      b.pair(new Pairing(m, e, score, x));
    }
    for (int k = 0; k < UNMATCHED; k++) {
      b.unmatched(ParticipantId.of(String.format(Locale.ROOT, "U%04d", k)), Role.MENTEE,
          UnmatchedReason.CAPACITY_EXHAUSTED, "all 3 admissible mentors were full");
    }
    return b.build();
  }

  @Test
  void thePageShowsTheWeakestPairsEveryUnmatchedAndLinksTheRest() {
    MatchReport report = MatchReport.of(result());
    String html = MatchReport.renderer(ReportFormat.HTML).renderToString(report);
    assertThat(html.split("<td class=\"why\">", -1)).hasSize(MatchReport.HTML_PAIRS + 1);
    assertThat(html).contains("The " + MatchReport.HTML_PAIRS + " weakest pairs: why")
        .contains("<a href=\"pairs.csv\">pairs.csv</a>").contains("<a href=\"matches.json\">matches.json</a>")
        .contains("The mentor can give 4.0 hours a month, the mentee 6.0.");
    List<PairSummary> shown = report.pairsShownInFull();
    double weakestLeftOut = report.pairs().stream().filter(p -> !shown.contains(p)).mapToDouble(PairSummary::score)
        .min().orElseThrow();
    assertThat(shown).allSatisfy(p -> assertThat(p.score()).isLessThanOrEqualTo(weakestLeftOut));
    assertThat(shown).extracting(PairSummary::score).isSorted();
    for (PairSummary p : report.pairs()) {
      assertThat(html.contains(">" + p.mentorId().value() + "<")).as("%s", p).isEqualTo(shown.contains(p));
    }
    for (int k = 0; k < UNMATCHED; k++) {
      assertThat(html).contains(String.format(Locale.ROOT, "U%04d", k));
    }
    String italian = MatchReport.renderer(ReportFormat.HTML).withLocale(Locale.ITALY).renderToString(report);
    assertThat(italian).contains("Le " + MatchReport.HTML_PAIRS + " coppie più deboli: perché")
        .contains("Tutti i partner adatti erano già occupati (" + UNMATCHED + ")")
        .contains("Il mentor può dedicare 4,0 ore al mese, il mentee 6,0.");
  }

  @Test
  void aSmallResultShowsEveryPair() {
    MatchResult small = MatchFixtures.result(MatchFixtures.program());
    MatchReport report = MatchReport.of(small);
    assertThat(report.pairsShownInFull()).isEqualTo(report.pairs());
    assertThat(MatchReport.renderer(ReportFormat.HTML).renderToString(report)).doesNotContain("weakest");
  }
}
