package dev.reverso.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.examples.ProgrammeFromObjects.Employee;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.MetricsOptions;
import dev.reverso.reporting.metrics.PairMetrics;
import dev.reverso.reporting.metrics.ProgramMetrics;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples do what the README says they do; the README shows them unchanged. */
class ExamplesTest {
  private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);
  private static final MentoringPair FIRST = MentoringPair.of("E0101", "E0007");
  private static final MentoringPair SECOND = MentoringPair.of("E0102", "E0008");

  /** A board member, two senior mentees, two junior mentors (each reporting to one of the seniors). */
  static List<Employee> staff() {
    return List.of(
        new Employee("E0001", null, "Board", 12, "en", null, Map.of("strategy", 5), null),
        new Employee("E0007", "E0001", "Sales", 10, "en", "mentee", Map.of("strategy", 4), "genai"),
        new Employee("E0008", "E0001", "Finance", 9, "en", "mentee", Map.of("negotiation", 4), "data-literacy"),
        new Employee("E0101", "E0008", "Data", 2, "en", "mentor", Map.of("genai", 5), "negotiation"),
        new Employee("E0102", "E0007", "Marketing", 3, "en", "mentor", Map.of("data-literacy", 4), "strategy"));
  }

  static MatchResult matches() {
    return Matcher.builder().strategy("optimal").build().match(ProgrammeFromObjects.programme(staff()));
  }

  @Test
  void aProgrammeFromTheHrSystemsOwnObjects() {
    Program program = ProgrammeFromObjects.programme(staff());
    assertThat(program.mentors()).hasSize(2);
    assertThat(program.mentees()).hasSize(2);
    assertThat(program.everyone()).hasSize(5);
    // nobody mentors their own manager's line: each junior goes to the other senior
    assertThat(matches().pairs()).extracting(p -> new MentoringPair(p.mentorId(), p.menteeId()))
        .containsExactlyInAnyOrder(FIRST, SECOND);
    List<Employee> broken = List.of(staff().get(0), staff().get(1),
        new Employee("E0102", "E0007", "Marketing", -3, "en", "mentor", Map.of("data-literacy", 9), null));
    assertThatThrownBy(() -> ProgrammeFromObjects.programme(broken)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aCustomConstraintByLambda() {
    Program program = SampleOrganization.generate(300, 42);
    MatchResult result = LambdaConstraint.matcher().match(program);
    assertThat(result.pairs()).isNotEmpty().allSatisfy(p -> {
      Participant mentor = program.participant(p.mentorId()).orElseThrow();
      assertThat(mentor.location()).isNotEqualTo(program.participant(p.menteeId()).orElseThrow().location());
      assertThat(p.explanation().verdicts()).extracting(Explanation.Verdict::constraintId).contains("different-office");
    });
    // the same organisation without the rule pairs people of one office: the rule is what keeps them apart
    MatchResult without = Matcher.builder().strategy("optimal").build().match(program);
    Pairing sameOffice = without.pairs().stream().filter(p -> program.participant(p.mentorId()).orElseThrow()
        .location().equals(program.participant(p.menteeId()).orElseThrow().location())).findFirst().orElseThrow();
    Explanation why = LambdaConstraint.matcher().problem(program).explain(sameOffice.mentorId(), sameOffice.menteeId());
    assertThat(why.allowed()).isFalse();
    assertThat(why.forbiddingVerdicts()).singleElement().satisfies(v -> assertThat(v.reason().orElseThrow().arg("text"))
        .isEqualTo("both work in "
            + program.participant(sameOffice.mentorId()).orElseThrow().location().orElseThrow()));
  }

  @Test
  void aCustomStrategy() {
    Program program = SampleOrganization.generate(300, 42);
    MatchResult result = Matcher.builder().strategy(new SeniorsFirstStrategy()).build().match(program);
    assertThat(result.strategy()).isEqualTo("seniors-first");
    assertThat(result.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.explanation().allowed()).isTrue());
    // each mentee is in one pair at most; every mentee without one is unmatched with a reason
    long pairedMentees = result.pairs().stream().map(Pairing::menteeId).distinct().count();
    assertThat(pairedMentees).isEqualTo(result.pairs().size());
    assertThat(pairedMentees + result.unmatched().stream().filter(u -> u.role() == dev.reverso.core.Role.MENTEE).count())
        .isEqualTo(program.mentees().size());
  }

  @Test
  void aJacksonRoundTrip() throws Exception {
    MatchResult result = matches();
    String json = JacksonRoundTrip.toJson(result);
    assertThat(json).contains("\"format\":\"reverso/matches@2\"", "\"mentor\":\"E0101\"");
    assertThat(JacksonRoundTrip.fromJson(json)).isEqualTo(result);
  }

  @Test
  void aFeedbackServiceWithACorrection() {
    MatchResult matches = matches();
    FeedbackService service = new FeedbackService(matches, TODAY);
    SessionHeld typo = SessionHeld.of("s-1", FIRST, LocalDate.of(2026, 11, 3), 60); // meant 2026-01-03
    service.sessionHeld(typo.id(), typo.pair(), typo.date(), typo.minutes());
    service.feedback("f-1", SECOND, Side.MENTEE, 5, 4, 4);
    assertThatThrownBy(() -> service.sessionHeld("s-2", FIRST, LocalDate.of(2031, 1, 3), 60))
        .isInstanceOfSatisfying(EventRejectedException.class,
            e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_IN_FUTURE));
    assertThatThrownBy(() -> service.close("c-1", FIRST, LocalDate.of(2026, 6, 30)))
        .isInstanceOfSatisfying(EventRejectedException.class,
            e -> assertThat(e.rule()).isEqualTo(EventRejectedException.Rule.DATED_AFTER_CLOSE));
    service.correct(typo, SessionHeld.of("s-1b", FIRST, LocalDate.of(2026, 1, 3), 60));
    service.close("c-1", FIRST, LocalDate.of(2026, 6, 30));
    service.addPair(MentoringPair.of("E0101", "E0008"));
    service.sessionHeld("s-3", MentoringPair.of("E0101", "E0008"), LocalDate.of(2026, 11, 30), 30);
    ProgramMetrics metrics = ProgramMetrics.compute(ProgrammeFromObjects.programme(staff()), matches,
        service.events(), LocalDate.of(2026, 12, 1), MetricsOptions.defaults());
    PairMetrics first = metrics.pair(FIRST).orElseThrow();
    assertThat(first.sessionsHeld()).isEqualTo(1);
    assertThat(first.lastSession()).contains(LocalDate.of(2026, 1, 3));
    assertThat(first.isClosed()).isTrue();
  }

  @Test
  void aReportIntoAByteStreamInItalian() throws Exception {
    Program program = ProgrammeFromObjects.programme(staff());
    MatchResult matches = matches();
    List<dev.reverso.reporting.journal.JournalEvent> events = List.of(
        SessionHeld.of("s-1", FIRST, LocalDate.of(2026, 1, 3), 60), SessionHeld.of("s-2", SECOND, LocalDate.of(2026, 1, 5), 45));
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    ItalianReport.write(program, matches, events, LocalDate.of(2026, 3, 1), page);
    String html = UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(page.toByteArray())).toString(); // valid UTF-8
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"it\">").endsWith("</html>\n");
  }

  @Test
  void theReadmeShowsTheExamplesUnchanged() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    for (String example : List.of("ProgrammeFromObjects", "LambdaConstraint", "SeniorsFirstStrategy",
        "JacksonRoundTrip", "FeedbackService", "ItalianReport")) {
      String source = Files.readString(Path.of("src/test/java/dev/reverso/examples/" + example + ".java"), UTF_8);
      assertThat(readme).as(example).contains(source.substring(source.indexOf("import ")));
    }
  }
}
