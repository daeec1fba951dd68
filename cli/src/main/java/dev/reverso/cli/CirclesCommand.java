package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.matching.group.CircleMatcher;
import dev.reverso.matching.group.CircleResult;
import dev.reverso.reporting.group.CirclesCsv;
import dev.reverso.reporting.group.CirclesHtml;
import dev.reverso.reporting.group.CirclesJson;
import dev.reverso.reporting.i18n.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso circles}: forms mentoring circles and writes circles.json, circles.csv and circles-report.html. */
@Command(
    name = "circles",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Forms reverse-mentoring circles: each mentee (a senior) with --min to --max mentors (juniors) who "
            + "together cover the most of the senior's goals, learn from the senior and come from across the "
            + "organisation. Every mentee-mentor pair of a circle is allowed by every constraint and each "
            + "circle shares a language; a mentor joins at most as many circles as their capacity.",
        "Writes circles.json (reverso/circles@1), circles.csv and circles-report.html into the output "
            + "directory. People appear by HR id only."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso circles --in org.csv --out circles",
        "  reverso circles --in program.json --min 3 --max 5 --out circles",
        "  reverso circles --in program.json --locale it --out circles"})
final class CirclesCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(CirclesCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private LocaleOption localeOption;

  @Option(names = "--min", paramLabel = "N", defaultValue = "2",
      description = "The fewest mentors per circle (default: ${DEFAULT-VALUE}).")
  private int min;

  @Option(names = "--max", paramLabel = "N", defaultValue = "4",
      description = "The most mentors per circle, at most 16 (default: ${DEFAULT-VALUE}).")
  private int max;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing files of the same names are replaced.")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input(ProgrammeOption.NAME, in.file())
        .outputDirectory("--out", out, List.of(CirclesJson.FILE_NAME, CirclesCsv.FILE_NAME, CirclesHtml.FILE_NAME));
  }

  @Override
  public Integer call() {
    CircleMatcher.Builder builder = CircleMatcher.builder();
    try {
      builder.sizes(min, max);
    } catch (InvalidInputException e) {
      Problems problems = new Problems();
      e.problems().forEach(p -> problems.error(p.location().equals("minMentors") ? "--min" : "--max", p.message()));
      problems.throwIfErrors();
    }
    Program program = in.read();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    long start = System.nanoTime();
    CircleResult result = builder.build().match(program);
    LOG.debug("formed {} in {} ms", result, (System.nanoTime() - start) / 1_000_000);
    CirclesJson.write(result, dir.resolve(CirclesJson.FILE_NAME));
    CirclesCsv.write(result, dir.resolve(CirclesCsv.FILE_NAME));
    CirclesHtml.write(result, dir.resolve(CirclesHtml.FILE_NAME), localeOption.locale());
    PrintWriter o = spec.commandLine().getOut();
    Texts t = localeOption.texts();
    o.println(summary(t, result));
    o.println(DemoSummary.wrote(t, dir, List.of(CirclesJson.FILE_NAME, CirclesCsv.FILE_NAME, CirclesHtml.FILE_NAME)));
    return ReversoCommand.EXIT_OK;
  }

  /** One line: circles, mentors placed, mean score, unassigned. */
  static String summary(Texts t, CircleResult result) {
    int n = result.circles().size();
    return t.get("cli.circles", "circles", n, "min", result.minMentors(), "max", result.maxMentors(),
        "placed", result.assignedMentors(), "mean", DemoSummary.score(t, n == 0 ? 0 : result.totalScore() / n),
        "unassigned", result.unassigned().size());
  }
}
