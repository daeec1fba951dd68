package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.reporting.match.ExplanationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso explain}: why a (mentor, mentee) pair scores what it scores, and whether each constraint
 * allows it — for any pair, matched or not.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Explains one (mentor, mentee) pair of a programme, matched or not: the total score, each criterion's "
            + "weight, score and contribution with the evidence behind it, and every hard constraint's verdict "
            + "(why, or why not). Uses the default constraints and the scoring model of --scoring (default: the "
            + "built-in weights), as 'reverso match' does.",
        "People appear by HR id only unless --names is given."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002",
        "  reverso explain --in program.json --mentor e000433 --mentee e000002 --names",
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002 --scoring scoring.json",
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002 --max-time-zone-difference 3",
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002 --locale it"})
final class ExplainCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private ScoringOption scoring;

  @Mixin
  private MatchingRulesOption rules;

  @Mixin
  private LocaleOption locale;

  @Option(names = "--mentor", paramLabel = "ID", required = true, description = "The mentor's HR id (the junior).")
  private String mentor;

  @Option(names = "--mentee", paramLabel = "ID", required = true, description = "The mentee's HR id (the senior).")
  private String mentee;

  @Option(names = "--names", description = "Also show the two display names.")
  private boolean names;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input(ProgrammeOption.NAME, in.file()).input("--scoring", scoring.file());
  }

  @Override
  public Integer call() {
    ParticipantId mentorId = id(mentor, "--mentor");
    ParticipantId menteeId = id(mentee, "--mentee");
    Program program = in.read();
    MatchingProblem problem = rules.applyTo(scoring.applyTo(Matcher.builder())).build().problem(program);
    List<Problem> withdrawn = new ArrayList<>();
    if (program.participant(mentorId).map(p -> !p.hasConsent()).orElse(false)) {
      withdrawn.add(Problem.error("--mentor", "this person has withdrawn consent: no explanation is given"));
    }
    if (program.participant(menteeId).map(p -> !p.hasConsent()).orElse(false)) {
      withdrawn.add(Problem.error("--mentee", "this person has withdrawn consent: no explanation is given"));
    }
    if (!withdrawn.isEmpty()) {
      throw new InvalidInputException(withdrawn);
    }
    Explanation explanation;
    try {
      explanation = problem.explain(mentorId, menteeId);
    } catch (InvalidInputException e) {
      List<Problem> located = new ArrayList<>();
      for (Problem p : e.problems()) {
        String location = p.location().equals("mentee") ? "--mentee"
            : p.location().equals("mentor") ? "--mentor" : p.location();
        located.add(new Problem(p.severity(), location,
            p.message().replace("of the programme", "of " + in.fileName())));
      }
      throw new InvalidInputException(located);
    }
    print(explanation, program, spec.commandLine().getOut());
    return ReversoCommand.EXIT_OK;
  }

  private static ParticipantId id(String value, String option) {
    try {
      return ParticipantId.of(value);
    } catch (InvalidInputException e) {
      throw CommandInputs.relocated(e, option);
    }
  }

  private void print(Explanation e, Program program, PrintWriter out) {
    for (String line : ExplanationText.of(locale.locale()).lines(e, id -> names
        ? program.participant(id).flatMap(Participant::displayName) : java.util.Optional.empty())) {
      out.println(line);
    }
  }
}
