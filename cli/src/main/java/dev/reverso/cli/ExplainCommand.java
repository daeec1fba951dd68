package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Explanation.Contribution;
import dev.reverso.matching.result.Explanation.Verdict;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.spi.MatchingProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        "  reverso explain --in org.csv --mentor e000433 --mentee e000002 --max-time-zone-difference 3"})
final class ExplainCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private ScoringOption scoring;

  @Mixin
  private MatchingRulesOption rules;

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
    out.println(String.format(Locale.ROOT, "Mentor %s%s -> mentee %s%s: score %s, %s", e.mentorId(),
        name(program, e.mentorId()), e.menteeId(), name(program, e.menteeId()), CommandInputs.score(e.total()),
        e.allowed() ? "allowed by every constraint" : "NOT allowed (forbidden by "
            + String.join(", ", e.forbiddingVerdicts().stream().map(Verdict::constraintId).toList()) + ")"));
    out.println();
    int width = "Criterion".length();
    for (Contribution c : e.contributions()) {
      width = Math.max(width, c.criterionId().length());
    }
    String row = "%-" + width + "s  %6s  %5s  %12s";
    out.println(String.format(Locale.ROOT, row, "Criterion", "weight", "score", "contribution"));
    for (Contribution c : e.contributions()) {
      out.println(String.format(Locale.ROOT, row, c.criterionId(), String.format(Locale.ROOT, "%.3f", c.weight()),
          CommandInputs.score(c.score()), String.format(Locale.ROOT, "%.4f", c.contribution())));
      for (String reason : c.reasons()) {
        out.println("    - " + reason);
      }
    }
    out.println(String.format(Locale.ROOT, row, "total", "", "", String.format(Locale.ROOT, "%.4f", e.total())));
    out.println();
    out.println("Constraints");
    int cw = 0;
    for (Verdict v : e.verdicts()) {
      cw = Math.max(cw, v.constraintId().length());
    }
    for (Verdict v : e.verdicts()) {
      out.println(String.format(Locale.ROOT, "  %-" + cw + "s  %s", v.constraintId(),
          v.allowed() ? "allows" : "FORBIDS: " + v.reason()));
    }
    if (e.verdicts().isEmpty()) {
      out.println("  (none)");
    }
  }

  private String name(Program program, ParticipantId id) {
    if (!names) {
      return "";
    }
    return program.participant(id).flatMap(Participant::displayName).map(n -> " (" + n + ")").orElse("");
  }
}
