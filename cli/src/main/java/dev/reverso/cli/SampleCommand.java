package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.reporting.i18n.Texts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reverso sample}: writes a synthetic organisation with a mentoring cohort as JSON or CSV. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Writes a synthetic, deterministic organisation (whole org chart, junior mentors, "
        + "senior mentees) as a program file (.json) or a participants file (.csv). Names and ids are invented.",
    footerHeading = "%n",
    footer = {
        "Examples:",
        "  reverso sample --out org.csv",
        "  reverso sample --people 5000 --seed 7 --out org.json",
        "  reverso sample --people 60000 --mentors 5000 --mentees 5000 --out big.csv"})
final class SampleCommand implements Callable<Integer>, FileCommand {
  private static final Logger LOG = LoggerFactory.getLogger(SampleCommand.class);

  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Option(names = "--people", paramLabel = "N", defaultValue = "" + SampleOrganization.DEFAULT_PEOPLE,
      description = "People in the whole organisation (default: ${DEFAULT-VALUE}).")
  private int people;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleOrganization.DEFAULT_SEED,
      description = "Random seed; the same seed writes the same file (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--mentors", paramLabel = "N",
      description = "Exactly N mentors, drawn from the juniors (default: about 6.5%% of the people).")
  private Integer mentors;

  @Option(names = "--mentees", paramLabel = "N",
      description = "Exactly N mentees, drawn from the seniors (default: about 6.5%% of the people).")
  private Integer mentees;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The file to write; its extension, .json or .csv, chooses the format.")
  private Path out;

  @Override
  public void declareFiles(CommandFiles files) {
    files.output("--out", out);
  }

  @Override
  public Integer call() {
    CommandInputs.checkExtension(out, "--out");
    CommandInputs.checkOutputFileDirectory(out, "--out");
    Problems problems = new Problems();
    SampleOrganization.Options options = SampleOrganization.options().seed(seed);
    // collect every bad option before giving up, like the library does; locations name the options
    try {
      options = options.people(people);
    } catch (InvalidInputException e) {
      asOptions(e, problems);
    }
    if (mentors != null) {
      try {
        options = options.mentors(mentors);
      } catch (InvalidInputException e) {
        asOptions(e, problems);
      }
    }
    if (mentees != null) {
      try {
        options = options.mentees(mentees);
      } catch (InvalidInputException e) {
        asOptions(e, problems);
      }
    }
    problems.throwIfErrors();
    long start = System.nanoTime();
    Program program;
    try {
      program = options.generate();
    } catch (InvalidInputException e) {
      asOptions(e, problems);
      problems.throwIfErrors();
      throw e;
    }
    LOG.debug("generated {} in {} ms", program, (System.nanoTime() - start) / 1_000_000);
    ProgramFiles.write(program, out);
    Texts t = localeOption.texts();
    spec.commandLine().getOut().println(t.get("cli.sample", "file", out, "people",
        DemoSummary.counted(t, program.everyone().size(), "person"), "mentors",
        DemoSummary.counted(t, program.mentors().size(), "mentor"), "mentees",
        DemoSummary.counted(t, program.mentees().size(), "mentee"), "orgOnly", program.people().size(), "seed", seed));
    return ReversoCommand.EXIT_OK;
  }

  /** Records the generator's problems ({@code people}, {@code mentors}, ...) at the matching options. */
  private static void asOptions(InvalidInputException e, Problems problems) {
    for (Problem p : e.problems()) {
      problems.add(p.at("--" + p.location()));
    }
  }
}
