package dev.reverso.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.Hashing;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.LearningGoal;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.SessionCancelled;
import dev.reverso.reporting.journal.SessionHeld;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.journal.storage.EventCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso record session|cancel|feedback|close}: appends one validated event to a journal, with the
 * same rules as the library (the pair must be one of the matches, values in range, the date plausible and
 * inside the pair's life); a refused event writes nothing and exits 2 with the reason.
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Appends one event to a relationship journal: a session held, a session cancelled, one side's feedback, "
            + "the close of a pair, or the retraction of an event recorded by mistake.",
        "The pair must be one of --matches; the date defaults to today (UTC) and may be at most one day ahead. "
            + "Without --event-id the id is derived from the event's content, so recording the same event twice "
            + "adds it once; give distinct --event-id values to record two identical sessions."},
    subcommands = {RecordCommand.Session.class, RecordCommand.Cancel.class, RecordCommand.FeedbackCmd.class,
        RecordCommand.Close.class, RecordCommand.Retract.class},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso record session --journal journal.jsonl --matches matches.json --mentor e000433 "
            + "--mentee e000002 --date 2026-07-10 --minutes 45",
        "  reverso record feedback --journal journal.jsonl --matches matches.json --mentor e000433 "
            + "--mentee e000002 --from mentor --relationship 5 --learning 4 --recognition 5 --nps 9 "
            + "--progress strategy=2"})
final class RecordCommand implements Callable<Integer> {
  /** The clock for the default date and the date rule; tests replace it. */
  static Clock clock = Clock.systemUTC();

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(
        "reverso record: missing event type: session, cancel, feedback, close or retract");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ReversoCommand.EXIT_INVALID_INPUT;
  }

  /** The options every event type has. */
  static final class Common {
    @Mixin
    JournalTarget target;

    @Mixin
    LocaleOption locale;

    @Option(names = "--in", paramLabel = "FILE",
        description = "The programme (.json or .csv), to check that feedback progress is for the respondent's own "
            + "learning goals.")
    Path in;

    @Option(names = "--mentor", paramLabel = "ID", required = true, description = "The mentor's HR id.")
    String mentor;

    @Option(names = "--mentee", paramLabel = "ID", required = true, description = "The mentee's HR id.")
    String mentee;

    @Option(names = "--date", paramLabel = "DATE",
        description = "The day it happened, such as 2026-07-10 (default: today, UTC).")
    LocalDate date;

    @Option(names = "--event-id", paramLabel = "ID",
        description = "The event's id: recording again with the same id and content changes nothing "
            + "(default: derived from the content).")
    String eventId;

    /** The journal (when a file), the matches and the programme are read: no output may replace them. */
    void declareFiles(CommandFiles files) {
      target.declareInputs(files);
      files.input("--in", in);
    }

    MentoringPair pair() {
      List<Problem> problems = new ArrayList<>();
      String m = ParticipantId.check(mentor);
      if (m != null) {
        problems.add(Problem.error("--mentor", m));
      }
      String s = ParticipantId.check(mentee);
      if (s != null) {
        problems.add(Problem.error("--mentee", s));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return MentoringPair.of(mentor, mentee);
    }

    LocalDate date() {
      return date != null ? date : LocalDate.now(clock);
    }

    Optional<Program> program() {
      return in == null ? Optional.empty() : Optional.of(CommandInputs.program(in, "--in"));
    }
  }

  /** Builds the event for an id, appends it and reports the outcome. */
  static int record(CommandSpec spec, Common common, Function<String, JournalEvent> build) {
    MentoringPair pair = common.pair();
    Set<MentoringPair> roster = common.target.roster();
    JournalEvent event = relocating(() -> {
      if (common.eventId != null) {
        return build.apply(common.eventId);
      }
      String content = EventCodec.encode(build.apply("rec"));
      return build.apply("rec-" + Hashing.sha256().hashString(content, UTF_8).toString().substring(0, 24));
    });
    if (!roster.contains(pair)) {
      String hint = roster.contains(MentoringPair.of(pair.menteeId().value(), pair.mentorId().value()))
          ? " (mentor and mentee are the other way round)" : "";
      throw InvalidInputException.of("--mentor", "expected a pair of " + common.target.matches.getFileName()
          + ", found " + pair.mentorId() + " -> " + pair.menteeId() + hint);
    }
    AppendResult result;
    try (Journal journal = common.target.open(roster, EventDates.of(clock))) {
      result = journal.append(event);
    }
    spec.commandLine().getOut().println(common.locale.texts().get(result.isNew() ? "cli.record.new"
        : "cli.record.again", "type", EventCodec.typeOf(event), "id", event.id(), "mentor", pair.mentorId(), "mentee",
        pair.menteeId(), "date", event.date().toString(), "journal", common.target.displayName()));
    return ReversoCommand.EXIT_OK;
  }

  private static JournalEvent relocating(java.util.function.Supplier<JournalEvent> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> p.at(option(p.location()))).toList());
    }
  }

  /** The option behind an event field named in a library problem. */
  private static String option(String field) {
    if (field.startsWith("progress")) {
      return "--progress" + (field.length() > "progress.".length() ? " " + field.substring("progress.".length()) : "");
    }
    return switch (field) {
      case "id" -> "--event-id";
      case "minutes", "relationship", "learning", "recognition", "nps", "comment", "note", "mentor", "mentee",
          "retracts" -> "--" + field;
      case "reason" -> "--note";
      default -> field;
    };
  }

  static Side side(String value, String option) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "mentor" -> Side.MENTOR;
      case "mentee" -> Side.MENTEE;
      default -> throw InvalidInputException.of(option, "expected mentor or mentee, found '" + value + "'");
    };
  }

  @Command(name = "session", mixinStandardHelpOptions = true, description = "A session the pair held.")
  static final class Session implements Callable<Integer>, FileCommand {
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--minutes", paramLabel = "N", required = true, description = "How long it lasted (1 to 1440).")
    int minutes;

    @Override
    public void declareFiles(CommandFiles files) {
      common.declareFiles(files);
    }

    @Override
    public Integer call() {
      return record(spec, common, id -> new SessionHeld(id, common.pair(), common.date(), minutes));
    }
  }

  @Command(name = "cancel", mixinStandardHelpOptions = true, description = "A planned session that did not happen.")
  static final class Cancel implements Callable<Integer>, FileCommand {
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--by", paramLabel = "SIDE", required = true, description = "Who cancelled: mentor or mentee.")
    String by;
    @Option(names = "--note", paramLabel = "TEXT", description = "A private reason (never aggregated).")
    String note;

    @Override
    public void declareFiles(CommandFiles files) {
      common.declareFiles(files);
    }

    @Override
    public Integer call() {
      Side side = side(by, "--by");
      return record(spec, common, id -> new SessionCancelled(id, common.pair(), common.date(), side,
          Optional.ofNullable(note)));
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true, description = "The end of a pair.")
  static final class Close implements Callable<Integer>, FileCommand {
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--reason", paramLabel = "REASON", required = true,
        description = "completed, mentor-left, mentee-left, mismatch or other.")
    String reason;
    @Option(names = "--note", paramLabel = "TEXT", description = "A private explanation (never aggregated).")
    String note;

    @Override
    public void declareFiles(CommandFiles files) {
      common.declareFiles(files);
    }

    @Override
    public Integer call() {
      CloseReason r;
      try {
        r = CloseReason.valueOf(reason.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("--reason", "expected completed, mentor-left, mentee-left, mismatch or "
            + "other, found '" + reason + "'");
      }
      return record(spec, common, id -> new PairClosed(id, common.pair(), common.date(), r, Optional.ofNullable(note)));
    }
  }

  @Command(name = "retract", mixinStandardHelpOptions = true,
      description = "Takes back an event of the pair recorded by mistake: it then counts in no rule and no report "
          + "(a retracted close reopens the pair). To correct an event, retract it and record the right one.")
  static final class Retract implements Callable<Integer>, FileCommand {
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--retracts", paramLabel = "ID", required = true,
        description = "The id of the event to take back (as the journal or an earlier record printed it).")
    String retracts;
    @Option(names = "--note", paramLabel = "TEXT", description = "A private reason (never aggregated).")
    String note;

    @Override
    public void declareFiles(CommandFiles files) {
      common.declareFiles(files);
    }

    @Override
    public Integer call() {
      return record(spec, common, id -> new EventRetracted(id, common.pair(), common.date(), retracts,
          Optional.ofNullable(note)));
    }
  }

  @Command(name = "feedback", mixinStandardHelpOptions = true,
      description = "One side's feedback: three ratings 1..5, optional Net Promoter answer, new self-rated levels "
          + "in the respondent's own learning goals, optional private comment.")
  static final class FeedbackCmd implements Callable<Integer>, FileCommand {
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--from", paramLabel = "SIDE", required = true, description = "Who answers: mentor or mentee.")
    String from;
    @Option(names = "--relationship", paramLabel = "1-5", required = true,
        description = "\"We trust each other and keep meeting.\"")
    int relationship;
    @Option(names = "--learning", paramLabel = "1-5", required = true, description = "\"I am learning from my partner.\"")
    int learning;
    @Option(names = "--recognition", paramLabel = "1-5", required = true,
        description = "\"My voice and knowledge are valued in this pair.\"")
    int recognition;
    @Option(names = "--nps", paramLabel = "0-10", description = "Would you recommend the programme to a colleague?")
    Integer nps;
    @Option(names = "--progress", paramLabel = "SKILL=LEVEL",
        description = "The respondent's new self-rated level (0..5) in one of their own learning goals; repeatable.")
    Map<String, Integer> progress = new LinkedHashMap<>();
    @Option(names = "--comment", paramLabel = "TEXT", description = "A private comment (never aggregated).")
    String comment;

    @Override
    public void declareFiles(CommandFiles files) {
      common.declareFiles(files);
    }

    @Override
    public Integer call() {
      Side side = side(from, "--from");
      common.program().ifPresent(program -> checkOwnGoals(program, common.pair(), side, progress.keySet()));
      return record(spec, common, id -> {
        Feedback.Builder b = Feedback.builder(id, common.pair(), common.date(), side)
            .ratings(relationship, learning, recognition);
        if (nps != null) {
          b.nps(nps);
        }
        progress.forEach(b::progress);
        if (comment != null) {
          b.comment(comment);
        }
        return b.build();
      });
    }

    private static void checkOwnGoals(Program program, MentoringPair pair, Side side, Set<String> skills) {
      ParticipantId respondent = side == Side.MENTOR ? pair.mentorId() : pair.menteeId();
      Optional<Participant> p = program.participant(respondent);
      if (p.isEmpty()) {
        throw InvalidInputException.of(side == Side.MENTOR ? "--mentor" : "--mentee", "expected a person of the "
            + "programme, found '" + respondent + "'");
      }
      Set<String> goals = p.get().goals().stream().map(LearningGoal::skill).collect(Collectors.toSet());
      List<Problem> problems = new ArrayList<>();
      for (String skill : skills) {
        if (!goals.contains(skill)) {
          problems.add(Problem.error("--progress " + skill, "expected one of the " + side.name().toLowerCase(Locale.ROOT)
              + "'s own learning goals (" + String.join(", ", new java.util.TreeSet<>(goals)) + "), found '" + skill
              + "'"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
  }
}
