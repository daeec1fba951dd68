package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.group.BoardOptions;
import dev.reverso.matching.group.BoardResult;
import dev.reverso.matching.group.ShadowBoard;
import dev.reverso.reporting.group.BoardHtml;
import dev.reverso.reporting.group.BoardJson;
import dev.reverso.reporting.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso board}: chooses a shadow board and writes board.json and board-report.html. */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Chooses a shadow board: --size mentors (juniors) who together cover the most of the learning goals of "
            + "the executive team (the mentees), with at most --max-per members from any one group and at least "
            + "--min-per from every group that has volunteers. Groups: department, division, location, "
            + "seniority or any attribute column.",
        "Writes board.json (reverso/board@1) and board-report.html into the output directory. People appear by "
            + "HR id only."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso board --in org.csv --size 8 --out board",
        "  reverso board --in org.csv --size 8 --max-per department=2 --min-per location=1 --out board",
        "  reverso board --in org.csv --size 8 --locale it --out board"})
final class BoardCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Option(names = "--size", paramLabel = "N", required = true, description = "The number of board members.")
  private int size;

  @Option(names = "--max-per", paramLabel = "GROUP=N",
      description = "At most N members from any one group of GROUP, e.g. department=2; repeatable.")
  private List<String> maxPer = new ArrayList<>();

  @Option(names = "--min-per", paramLabel = "GROUP=N",
      description = "At least N members from every group of GROUP that has volunteers, e.g. location=1; repeatable.")
  private List<String> minPer = new ArrayList<>();

  @Mixin
  private LocaleOption localeOption;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing files of the same names are replaced.")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input(ProgrammeOption.NAME, in.file())
        .outputDirectory("--out", out, List.of(BoardJson.FILE_NAME, BoardHtml.FILE_NAME));
  }

  @Override
  public Integer call() {
    BoardOptions.Builder b = BoardOptions.builder().size(size);
    Problems problems = new Problems();
    bounds(problems, "--max-per", maxPer, b, true);
    bounds(problems, "--min-per", minPer, b, false);
    BoardOptions options = null;
    try {
      options = b.build();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        String at = p.location().equals("size") ? "--size"
            : p.location().startsWith("maxPer") ? "--max-per" + p.location().substring("maxPer".length())
            : p.location().startsWith("minPer") ? "--min-per" + p.location().substring("minPer".length())
            : p.location();
        problems.error(at, p.message());
      }
    }
    problems.throwIfErrors();
    Program program = in.read();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    BoardResult result = ShadowBoard.select(program, options);
    BoardJson.write(result, dir.resolve(BoardJson.FILE_NAME));
    BoardHtml.write(result, dir.resolve(BoardHtml.FILE_NAME), localeOption.locale());
    PrintWriter o = spec.commandLine().getOut();
    Texts t = localeOption.texts();
    o.println(t.get("cli.board", "members", result.members().size(), "size", size, "volunteers",
        program.mentors().size(), "coverage", DemoSummary.score(t, result.coverage()))
        + (result.meetsAllMinimums() ? "" : t.get("cli.board.shortfalls", "shortfalls",
            String.join(", ", result.shortfalls()))));
    o.println(DemoSummary.wrote(t, dir, List.of(BoardJson.FILE_NAME, BoardHtml.FILE_NAME)));
    return ReversoCommand.EXIT_OK;
  }

  private static void bounds(Problems problems, String option, List<String> values, BoardOptions.Builder b,
      boolean max) {
    for (int k = 0; k < values.size(); k++) {
      String v = values.get(k);
      int eq = v.indexOf('=');
      Integer n = null;
      if (eq > 0) {
        try {
          n = Integer.valueOf(v.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
          n = null;
        }
      }
      if (n == null) {
        problems.error(option + "[" + k + "]", "expected GROUP=N such as department=2, found '" + v + "'");
      } else if (max) {
        b.maxPer(v.substring(0, eq), n);
      } else {
        b.minPer(v.substring(0, eq), n);
      }
    }
  }
}
