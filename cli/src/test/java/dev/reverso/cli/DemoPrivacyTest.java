package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.cli.demo.DemoSimulation;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.match.MatchesJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Personal data stays out of everything the demo prints and logs, and out of every file unless {@code --names}
 * opts in.
 */
class DemoPrivacyTest {
  static final int PEOPLE = 150;
  static final long SEED = 10;
  /** The operational files, which carry names with {@code --names}. */
  static final List<String> OPERATIONAL = List.of("program.json", "matches.json", "pairs.csv", "match-report.html");

  @TempDir
  Path dir;

  @Test
  void aVerboseDemoPrintsAndLogsNoNameNoCommentAndNoSkillProfile() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    Run demo;
    try {
      System.setOut(new PrintStream(capturedOut, true, UTF_8));
      System.setErr(new PrintStream(capturedErr, true, UTF_8));
      demo = run("demo", "--verbose", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", dir.toString());
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
      root.detachAppender(appender);
    }
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    List<ILoggingEvent> events = appender.list;
    assertThat(events).as("--verbose logs at DEBUG").anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
    assertThat(events).anySatisfy(e -> assertThat(e.getLoggerName()).startsWith("dev.reverso.cli"));
    String logs = events.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
    String everything = String.join("\n", demo.out(), demo.err(), capturedOut.toString(UTF_8),
        capturedErr.toString(UTF_8), logs);

    Program program = SampleOrganization.generate(PEOPLE, SEED);
    for (Participant p : program.everyone()) {
      assertThat(everything).doesNotContain(p.displayName().orElseThrow());
    }
    for (String comment : DemoSimulation.COMMENTS) {
      assertThat(everything).doesNotContain(comment);
    }
    for (Participant p : cohort(program)) {
      if (p.skills().size() >= 2) {
        assertThat(everything).doesNotContain(p.skills().toString());
        assertThat(everything).doesNotContain(p.skills().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
            .collect(Collectors.joining(";")));
      }
      if (p.goals().size() >= 2) {
        assertThat(everything).doesNotContain(p.goals().toString());
      }
    }
  }

  @Test
  void withoutNamesNoFileContainsADisplayName() throws IOException {
    Run demo = run("demo", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", dir.toString());
    assertThat(demo.exitCode()).isZero();
    Program program = SampleOrganization.generate(PEOPLE, SEED);
    for (String file : DemoCommand.FILES) {
      String text = Files.readString(dir.resolve(file), UTF_8);
      for (Participant p : program.everyone()) {
        String name = p.displayName().orElseThrow();
        assertThat(text).as(file).doesNotContain(name).doesNotContain(escapedForHtml(name));
      }
    }
  }

  @Test
  void withNamesTheOperationalFilesShowThem() throws IOException {
    Run demo = run("demo", "--names", "--people", "" + PEOPLE, "--seed", "" + SEED, "--out", dir.toString());
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).as("the summary stays without names").doesNotContain(
        SampleOrganization.generate(PEOPLE, SEED).mentors().get(0).displayName().orElseThrow());
    Program program = SampleOrganization.generate(PEOPLE, SEED);
    List<String> pairNames = new ArrayList<>();
    for (Pairing pair : MatchesJson.read(dir.resolve("matches.json")).pairs()) {
      pairNames.add(program.participant(pair.mentorId()).orElseThrow().displayName().orElseThrow());
      pairNames.add(program.participant(pair.menteeId()).orElseThrow().displayName().orElseThrow());
    }
    assertThat(pairNames).isNotEmpty();
    for (String file : OPERATIONAL) {
      String text = Files.readString(dir.resolve(file), UTF_8);
      assertThat(pairNames).as(file).anySatisfy(name -> assertThat(text).containsAnyOf(name, escapedForHtml(name)));
    }
  }

  private static List<Participant> cohort(Program program) {
    List<Participant> cohort = new ArrayList<>(program.mentors());
    cohort.addAll(program.mentees());
    return cohort;
  }

  private static String escapedForHtml(String text) {
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
