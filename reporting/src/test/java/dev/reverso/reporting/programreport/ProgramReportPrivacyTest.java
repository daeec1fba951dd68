package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.privacy.PairPseudonyms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProgramReportPrivacyTest {
  private static final ProgramReportFixture FIXTURE = ProgramReportFixture.small();

  private static Map<ReportFormat, String> renderAll(ProgramReport report) {
    return java.util.Arrays.stream(ReportFormat.values())
        .collect(Collectors.toMap(Function.identity(), f -> ProgramReport.renderer(f).renderToString(report)));
  }

  private static List<String> displayNames() {
    return FIXTURE.program.everyone().stream().map(Participant::displayName).flatMap(Optional::stream).toList();
  }

  @Test
  void noHrIdNameCommentOrNoteInAnyFormatByDefault() {
    assertThat(displayNames()).isNotEmpty();
    ProgramReport report = FIXTURE.report();
    renderAll(report).forEach((format, text) -> {
      for (Participant p : FIXTURE.program.everyone()) {
        assertThat(text).as("%s names no HR id", format).doesNotContain(p.id().value());
        p.displayName().ifPresent(n -> assertThat(text).as("%s shows no name", format).doesNotContain(n));
      }
      assertThat(text).as("%s carries no comment or note", format).doesNotContain(ProgramReportFixture.COMMENT_MARK);
    });
    assertThat(report.pairs()).allSatisfy(p -> assertThat(p.mentorName()).isEmpty());
  }

  @Test
  void namesAppearOnlyWhenTheCallerOptsIn() {
    ProgramReport report = FIXTURE.report(ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
        .withNames(true));
    String mentorName = FIXTURE.program.participant(FIXTURE.matches.pairs().get(0).mentorId()).orElseThrow()
        .displayName().orElseThrow();
    renderAll(report).forEach((format, text) -> {
      assertThat(text).as("%s with names", format).contains(mentorName.replace("&", "&amp;"));
      for (Participant p : FIXTURE.program.everyone()) {
        assertThat(text).as("%s still names no HR id", format).doesNotContain(p.id().value());
      }
    });
    assertThat(ProgramReport.renderer(ReportFormat.CSV).renderToString(report)).startsWith(
        "pseudonym,mentor_name,mentee_name,status");
  }

  @Test
  void pseudonymsAreStableForAKeyAndDifferForAnotherOrARandomKey() {
    List<String> a = FIXTURE.report().pairs().stream().map(PairRow::pseudonym).toList();
    List<String> b = FIXTURE.report().pairs().stream().map(PairRow::pseudonym).toList();
    assertThat(a).isEqualTo(b).doesNotHaveDuplicates().allMatch(s -> s.matches("[0-9a-f]{16}"));
    byte[] other = "another key that is long enough".getBytes(StandardCharsets.UTF_8);
    List<String> c = FIXTURE.report(ProgramReportOptions.defaults().withPseudonymKey(other)).pairs().stream()
        .map(PairRow::pseudonym).toList();
    assertThat(c).doesNotContainAnyElementsOf(a);
    ProgramReport random1 = FIXTURE.report(ProgramReportOptions.defaults());
    ProgramReport random2 = FIXTURE.report(ProgramReportOptions.defaults());
    assertThat(random1.randomKey()).isTrue();
    assertThat(random1.pairs().get(0).pseudonym()).isNotEqualTo(random2.pairs().get(0).pseudonym());
    // the pseudonym is the pair's HMAC under the key
    PairPseudonyms keyed = PairPseudonyms.withKey(ProgramReportFixture.KEY);
    assertThat(a).containsExactlyInAnyOrderElementsOf(FIXTURE.matches.pairs().stream()
        .map(p -> keyed.of(p.mentorId(), p.menteeId())).toList());
    assertThat(a).as("rows are ordered by pseudonym, not by id").isSorted();
  }

  @Test
  void everyPublishedGroupMeetsTheMinimumAndNoSuppressedGroupStandsAlone() {
    for (int k : new int[] {3, 5, 8}) {
      ProgramReport report = FIXTURE.report(ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
          .withMinGroupSize(k));
      for (GroupDimension dim : GroupDimension.values()) {
        GroupBreakdown<GroupCoverage> b = report.coverage(dim);
        assertThat(b.groups()).allSatisfy(g -> g.value().ifPresent(c -> assertThat(c.headcount()).isGreaterThanOrEqualTo(k)));
        assertThat(b.suppressedCount()).isNotEqualTo(1);
      }
      List<GroupBreakdown<?>> all = new ArrayList<>(report.scoresByGroup());
      all.add(report.skillClosure());
      all.add(report.npsBySide());
      assertThat(all).allSatisfy(b -> assertThat(b.suppressedCount()).isNotEqualTo(1));
      assertThat(report.skillClosure().groups()).allSatisfy(g -> g.value()
          .ifPresent(s -> assertThat(s.goals()).isGreaterThanOrEqualTo(k)));
    }
  }

  @Test
  void aMinimumGroupSizeBelowThreeIsRefused() {
    assertThatThrownBy(() -> ProgramReportOptions.defaults().withMinGroupSize(2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minGroupSize")
        .hasMessageContaining("found 2");
  }

  @Test
  void logLinesCarryNoNamesCommentsOrProfiles() {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.reverso");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level saved = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.addAppender(appender);
    try {
      ProgramReport report = FIXTURE.report(ProgramReportOptions.defaults().withNames(true));
      renderAll(report);
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(saved);
    }
    assertThat(appender.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Program report as of"));
    List<String> skills = FIXTURE.program.mentees().stream().flatMap(p -> p.goals().stream())
        .map(g -> g.skill()).distinct().toList();
    assertThat(appender.list).allSatisfy(e -> {
      String line = e.getFormattedMessage();
      assertThat(line).doesNotContain(ProgramReportFixture.COMMENT_MARK);
      for (String name : displayNames()) {
        assertThat(line).doesNotContain(name);
      }
      for (String skill : skills) {
        assertThat(line).doesNotContain(skill);
      }
      for (Participant p : FIXTURE.program.everyone()) {
        assertThat(line).doesNotContain(p.id().value());
      }
    });
  }

  @Test
  void toStringsShowNoKeyNamesOrIds() {
    ProgramReportOptions options = ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
        .withNames(true);
    ProgramReport report = FIXTURE.report(options);
    String key = new String(ProgramReportFixture.KEY, StandardCharsets.UTF_8);
    assertThat(options.toString()).doesNotContain(key);
    assertThat(report.toString()).doesNotContain(key);
    for (PairRow row : report.pairs()) {
      row.mentorName().ifPresent(n -> assertThat(row.toString()).doesNotContain(n));
    }
  }
}
