package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Program;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.shortlist.ShortlistOptions;
import dev.reverso.matching.shortlist.Shortlists;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.shortlist.ShortlistFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso shortlist}: fair-exposure suggestions per person, written as shortlists.json and .csv. */
@Command(
    name = "shortlist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Suggests up to K partners of the other role to every mentor and mentee of a program (.json) or "
            + "participants file (.csv), so that people can pick: nobody is suggested more than "
            + "ceil(exposure x capacity) times, and the suggestions have the highest total score under that bound.",
        "Writes shortlists.json and shortlists.csv (one row per person and suggestion, with its explanation). "
            + "The picks go back into the 'preferences' column; 'reverso match --strategy stable' finishes the job."},
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso shortlist --in org.csv --size 3 --out lists",
        "  reverso shortlist --in program.json --size 5 --exposure 2 --out lists",
        "  reverso shortlist --in org.csv --size 3 --locale it --out lists"})
final class ShortlistCommand implements Callable<Integer>, FileCommand {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Mixin
  private ProgrammeOption in;

  @Mixin
  private ScoringOption scoring;

  @Option(names = "--size", paramLabel = "K", required = true,
      description = "Suggestions per person, at least 1.")
  private int size;

  @Option(names = "--exposure", paramLabel = "X",
      description = "How often a person may be suggested per unit of capacity, above 0 (default: 3).")
  private Double exposure;

  @Option(names = "--min-score", paramLabel = "X",
      description = "Never suggest a pair scoring below X, a number from 0 to 1 (default: no minimum).")
  private Double minScore;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory, created if needed; existing files of the same names are replaced.")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    files.input(ProgrammeOption.NAME, in.file()).input("--scoring", scoring.file())
        .outputDirectory("--out", out, List.of(ShortlistFiles.JSON_FILE, ShortlistFiles.CSV_FILE));
  }

  @Override
  public Integer call() {
    if (size < 1) {
      throw InvalidInputException.of("--size", "expected at least 1 suggestion per person, found " + size);
    }
    ShortlistOptions options = ShortlistOptions.defaults();
    if (exposure != null) {
      if (!(exposure > 0) || exposure.isInfinite()) {
        throw InvalidInputException.of("--exposure", "expected a number above 0, found " + exposure);
      }
      options = options.withExposure(exposure);
    }
    Matcher.Builder builder = Matcher.builder();
    if (minScore != null) {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw InvalidInputException.of("--min-score", "expected a number from 0 to 1, found " + minScore);
      }
      builder.minimumScore(minScore);
    }
    scoring.applyTo(builder);
    Matcher matcher = builder.build();
    options = options.withMatching(matcher.options());
    Program program = in.read();
    Path dir = CommandInputs.outputDirectory(out, "--out");
    Shortlists lists = Shortlists.build(matcher.problem(program), size, options);
    ShortlistFiles.writeFiles(lists, dir);
    PrintWriter o = spec.commandLine().getOut();
    int suggestions = lists.all().stream().mapToInt(l -> l.suggestions().size()).sum();
    Texts t = localeOption.texts();
    o.println(t.get("cli.shortlist", "size", size, "mentees", DemoSummary.counted(t, lists.forMentees().size(),
        "mentee"), "mentors", DemoSummary.counted(t, lists.forMentors().size(), "mentor"), "suggestions",
        DemoSummary.counted(t, suggestions, "suggestion"), "exposure", DemoSummary.score(t, lists.exposure())));
    o.println(lists.shortOfK().isEmpty() ? t.get("cli.shortlist.everyone", "size", size)
        : t.get("cli.shortlist.short", "size", size, "people",
            DemoSummary.counted(t, lists.shortOfK().size(), "person")));
    o.println(DemoSummary.wrote(t, dir, List.of(ShortlistFiles.JSON_FILE, ShortlistFiles.CSV_FILE)));
    return ReversoCommand.EXIT_OK;
  }
}
