package dev.reverso.reporting.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.matching.result.Reason;
import com.google.common.collect.ImmutableList;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchReportTest {

  @Provide
  Arbitrary<MatchResult> sampled() {
    return MatchResultArbitraries.sampled();
  }

  @Test
  void summarisesTheFixture() {
    Program program = MatchFixtures.program();
    MatchReport report = MatchReport.of(MatchFixtures.result(program), program);
    assertThat(report.pairs()).hasSize(8);
    assertThat(report.criteria()).startsWith("forward-coverage", "reverse-coverage");
    assertThat(report.unmatchedByReason().keySet())
        .containsExactly(UnmatchedReason.NO_FEASIBLE_PARTNER, UnmatchedReason.NOT_SELECTED);
    assertThat(report.scoreHistogram().total()).isEqualTo(8);
    assertThat(report.scoreByMenteeDepartment()).extracting(GroupScore::group, GroupScore::pairs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Finance", 5),
            org.assertj.core.groups.Tuple.tuple(MatchReport.OTHER_GROUPS, 3));
    assertThat(report.pairs()).allSatisfy(p -> {
      assertThat(p.mentorName()).isEmpty();
      assertThat(p.menteeName()).isEmpty();
    });
    assertThat(MatchReport.of(report.result()).scoreByMenteeDepartment()).isEmpty();
  }

  @Test
  void topReasonsFollowTheLargestContributionsAndSkipCriteriaThatAddNothing() {
    ParticipantId m = ParticipantId.of("M");
    ParticipantId e = ParticipantId.of("E");
    Explanation x = new Explanation(m, e, 0.5, true, ImmutableList.of(
        new Explanation.Contribution("a", 1, 0.2, 0.1, List.of(Reason.text("a1"))),
        new Explanation.Contribution("b", 1, 0.6, 0.3, List.of(Reason.text("b1"), Reason.text("b2"))),
        new Explanation.Contribution("c", 1, 0.2, 0.1, List.of(Reason.text("c1"))),
        new Explanation.Contribution("d", 1, 0.0, 0.0, List.of(Reason.text("d1")))), ImmutableList.of());
    MatchReport report = MatchReport.of(MatchResult.builder("t").pair(new Pairing(m, e, 0.5, x)).build());
    assertThat(report.pairs().get(0).topReasons()).containsExactly(Reason.text("b1"), Reason.text("b2"), Reason.text("a1"));
    assertThat(report.pairs().get(0).topReason()).contains(Reason.text("b1"));
  }

  @Provide
  Arbitrary<MatchResultArbitraries.Sampled> sampledWithProgram() {
    return MatchResultArbitraries.sampledWithProgram();
  }

  @Property(tries = 30)
  void groupsCoverEveryPairAndOnlyTheMergedGroupMayBeSmall(
      @ForAll("sampledWithProgram") MatchResultArbitraries.Sampled sample,
      @ForAll @IntRange(min = 1, max = 8) int minGroupSize) {
    Program program = sample.program();
    MatchResult result = sample.result();
    MatchReport report = MatchReport.builder(result).program(program).minGroupSize(minGroupSize).build();
    assertThat(report.scoreByMenteeDepartment().stream().mapToInt(GroupScore::pairs).sum())
        .isEqualTo(result.pairs().size());
    for (GroupScore g : report.scoreByMenteeDepartment()) {
      if (!g.group().equals(MatchReport.OTHER_GROUPS)) {
        assertThat(g.pairs()).isGreaterThanOrEqualTo(minGroupSize);
      }
    }
    Map<String, Long> expected = new TreeMap<>(result.pairs().stream().collect(Collectors.groupingBy(
        p -> program.participant(p.menteeId()).flatMap(Participant::department).orElse(MatchReport.NO_DEPARTMENT),
        Collectors.counting())));
    expected.entrySet().removeIf(en -> en.getValue() < minGroupSize);
    assertThat(report.scoreByMenteeDepartment().stream().filter(g -> !g.group().equals(MatchReport.OTHER_GROUPS))
        .map(GroupScore::group).toList()).containsExactlyElementsOf(expected.keySet());
  }

  @Property(tries = 30)
  void everyRendererIsDeterministic(@ForAll("sampled") MatchResult result) {
    MatchReport a = MatchReport.of(result);
    MatchReport b = MatchReport.of(MatchesJson.fromJson(MatchesJson.idsOnly().toJson(result), "m.json"));
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(MatchReport.renderer(f).renderToString(b)).isEqualTo(MatchReport.renderer(f).renderToString(a));
    }
  }

  @Test
  void namesNeedAProgramme() {
    MatchResult result = MatchFixtures.result(MatchFixtures.program());
    assertThatThrownBy(() -> MatchReport.builder(result).includeNames(true).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesTheThreeFilesOfTheMatchCommand(@TempDir Path dir) throws IOException {
    Program program = MatchFixtures.program();
    MatchResult result = MatchFixtures.result(program);
    List<Path> written = MatchReport.of(result, program).writeFiles(dir, Locale.ROOT);
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("matches.json", "pairs.csv", "match-report.html");
    assertThat(MatchesJson.read(dir.resolve("matches.json"))).isEqualTo(result);
    assertThat(Files.readString(dir.resolve("pairs.csv"))).startsWith("mentor_id,mentee_id,score,");
  }

  @Test
  void emptyResultsRenderToo() {
    MatchReport report = MatchReport.of(MatchResult.builder("none").build(), MatchFixtures.program());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(MatchReport.renderer(f).renderToString(report)).isNotEmpty();
    }
    assertThat(MatchReport.renderer(ReportFormat.CSV).renderToString(report)).isEqualTo("mentor_id,mentee_id,score,top_reason\n");
  }
}
