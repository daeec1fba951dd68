package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.reporting.ReportFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Display names appear in no output unless the caller opts in; CSV cells from names are escaped and guarded. */
class MatchReportPrivacyTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noDisplayNameWithoutOptIn(ReportFormat format) {
    Program program = MatchFixtures.program();
    MatchResult result = MatchFixtures.result(program);
    MatchReport report = MatchReport.of(result, program);
    String out = MatchReport.renderer(format).renderToString(report);
    for (String name : MatchFixtures.NAMES) {
      assertThat(out).doesNotContain(name).doesNotContain(name.split(" ")[1]);
    }
    assertThat(report.toString() + result.toString() + report.pairs().get(0).toString())
        .doesNotContain(MatchFixtures.NAMES.get(0));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void namesOfPairedPeopleAppearWhenOptedIn(ReportFormat format) {
    Program program = MatchFixtures.program();
    MatchReport report = MatchReport.builder(MatchFixtures.result(program)).program(program).includeNames(true).build();
    String out = MatchReport.renderer(format).renderToString(report);
    assertThat(out).contains("Zephyrine Quoggleworth", "Thaddeus Wobblecombe");
  }

  @Test
  void csvEscapesAndGuardsHostileNames() {
    Program base = MatchFixtures.program();
    List<String> hostile = List.of("=HYPERLINK(\"x\",\"y\")", "Smith, \"Jo\"", "two\nlines", "@cmd", "+1+1", "-x");
    Program.Builder b = Program.builder();
    int k = 0;
    for (Participant m : base.mentors()) {
      b.mentor(m.toBuilder().displayName(hostile.get(k++ % hostile.size())).build());
    }
    for (Participant e : base.mentees()) {
      b.mentee(e.toBuilder().displayName(hostile.get(k++ % hostile.size())).build());
    }
    Program program = b.build();
    MatchReport report = MatchReport.builder(MatchFixtures.result(program)).program(program).includeNames(true).build();
    String csv = MatchReport.renderer(ReportFormat.CSV).renderToString(report);
    List<List<String>> rows = dev.reverso.reporting.render.CsvWriterTestAccess.parse(csv);
    assertThat(rows).hasSize(1 + report.pairs().size()).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
    assertThat(rows.get(0)).startsWith("mentor_id", "mentee_id", "mentor_name", "mentee_name", "score");
    List<String> names = rows.stream().skip(1).flatMap(r -> Stream.of(r.get(2), r.get(3))).toList();
    assertThat(names).allSatisfy(n -> assertThat(n).doesNotStartWith("=").doesNotStartWith("@")
        .doesNotStartWith("+").doesNotStartWith("-"));
    assertThat(names).contains("'=HYPERLINK(\"x\",\"y\")", "Smith, \"Jo\"", "two\nlines", "'@cmd", "'+1+1", "'-x");
  }
}
