package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.matching.group.Circle;
import dev.reverso.matching.group.CircleMatcher;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.journal.CircleFeedback;
import dev.reverso.reporting.journal.CircleSessionHeld;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.CircleMetrics;
import dev.reverso.reporting.metrics.ProgramMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The programme report shows the circles beside the pairs, in every format, without HR ids. */
class CircleReportTest {
  static final ProgramReportFixture FIXTURE = ProgramReportFixture.small();

  static List<JournalEvent> circleJournal(CircleResult circles) {
    List<JournalEvent> events = new ArrayList<>();
    int k = 0;
    for (Circle c : circles.circles()) {
      String senior = c.mentees().get(0).value();
      List<String> all = c.mentors().stream().map(m -> m.value()).toList();
      events.add(CircleSessionHeld.of("cs" + k, c.id(), senior, all, ProgramReportFixture.START.plusDays(7), 60));
      events.add(CircleSessionHeld.of("cs" + k + "b", c.id(), senior, all.subList(0, 1),
          ProgramReportFixture.START.plusDays(21), 45));
      String first = all.get(0);
      events.add(CircleFeedback.of("cf" + k, c.id(), first, senior, ProgramReportFixture.START.plusDays(30), Side.MENTOR,
          4, 5, 4).withComment(ProgramReportFixture.COMMENT_MARK));
      if (k % 2 == 0) {
        events.add(CircleFeedback.of("cg" + k, c.id(), first, senior, ProgramReportFixture.START.plusDays(31),
            Side.MENTEE, 5, 3, 4));
      }
      k++;
    }
    return events;
  }

  static ProgramReport report(CircleResult circles) {
    List<JournalEvent> events = new ArrayList<>(FIXTURE.events);
    events.addAll(circleJournal(circles));
    ProgramReportOptions options = ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY);
    ProgramMetrics m = ProgramMetrics.compute(FIXTURE.program, FIXTURE.matches, events, ProgramReportFixture.AS_OF,
        options.metrics());
    return ProgramReport.of(m, FIXTURE.program, FIXTURE.matches, options,
        Optional.of(CircleMetrics.compute(circles, events, ProgramReportFixture.AS_OF)));
  }

  @Test
  void everyFormatShowsTheCirclesBesideThePairsWithoutIds() throws Exception {
    CircleResult circles = CircleMatcher.builder().build().match(FIXTURE.program);
    assertThat(circles.circles()).hasSizeGreaterThan(2);
    ProgramReport r = report(circles);
    CircleSection section = r.circles().orElseThrow();
    // the circles' events are no pair's: they are not counted as events outside the match
    assertThat(r.summary().eventsOutsideMatch()).isEqualTo(FIXTURE.report().summary().eventsOutsideMatch());
    assertThat(section.rows()).hasSize(circles.circles().size());
    assertThat(section.overall().sessions()).isEqualTo(2 * circles.circles().size());
    assertThat(section.overall().juniorsRating()).isEqualTo(circles.circles().size());
    assertThat(section.overall().ratedBySenior()).isEqualTo((circles.circles().size() + 1) / 2);

    String html = r.render(ReportFormat.HTML);
    String md = r.render(ReportFormat.MARKDOWN);
    String json = r.render(ReportFormat.JSON);
    assertThat(html).contains("<h2", ">Circles</h2>", "All circles", "Both ways");
    assertThat(html.indexOf(">Circles</h2>")).isGreaterThan(html.indexOf(">Pairs</h2>"));
    assertThat(md).contains("## Circles", "| All circles |");
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode c = root.get("circles");
    assertThat(c.get("overall").get("sessions").asInt()).isEqualTo(section.overall().sessions());
    assertThat(c.get("circles")).hasSize(circles.circles().size());
    assertThat(c.get("circles").get(0).get("pseudonym").asText()).isEqualTo(section.rows().get(0).pseudonym());
    for (Circle circle : circles.circles()) {
      for (String out : List.of(html, md, json)) {
        assertThat(out).doesNotContain(circle.id());
      }
    }
    for (String out : List.of(html, md, json)) {
      assertThat(out).doesNotContain(ProgramReportFixture.COMMENT_MARK);
    }
    // the same inputs give the same bytes
    assertThat(report(circles).render(ReportFormat.JSON)).isEqualTo(json);
  }

  @Test
  void withoutCirclesNothingChanges() throws Exception {
    ProgramReport plain = FIXTURE.report();
    assertThat(plain.circles()).isEmpty();
    assertThat(new ObjectMapper().readTree(plain.render(ReportFormat.JSON)).has("circles")).isFalse();
    assertThat(plain.render(ReportFormat.MARKDOWN)).doesNotContain("## Circles");
  }
}
