package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.io.FileAccessException;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.Matcher;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.match.MatchesJson;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the commands share: reading their input files, preparing the output directory and choosing a
 * strategy, with every failure of the input turned into an {@link InvalidInputException} located at the
 * option or in the file.
 */
final class CommandInputs {
  private CommandInputs() {}

  /**
   * Reads a programme (.json or .csv).
   *
   * @throws InvalidInputException naming the option for a bad file name, or the file's problems
   */
  static Program program(Path file, String option) {
    checkExtension(file, option);
    return ProgramFiles.read(file);
  }

  /**
   * Refuses a programme file name whose extension is neither {@code .json} nor {@code .csv}.
   *
   * @throws InvalidInputException naming the option and the file
   */
  static void checkExtension(Path file, String option) {
    if (!ProgramFiles.isSupported(file)) {
      throw InvalidInputException.of(option, "expected a file name ending in .json or .csv, found '" + file + "'");
    }
  }

  /**
   * Refuses an output file whose directory does not exist (it is not created: a typo should not make one).
   *
   * @throws InvalidInputException naming the option and the directory
   */
  static void checkOutputFileDirectory(Path file, String option) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw InvalidInputException.of(option, "expected a file in an existing directory, found no directory '"
          + directory + "'; create it first");
    }
  }

  /**
   * Reads a {@code reverso/matches@2} (or {@code @1}) file.
   *
   * @throws InvalidInputException naming the option for a path that is not a regular file, or listing every
   *     problem of the content
   */
  static MatchResult matches(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(option, "expected a " + MatchesJson.FORMAT + " file, found "
          + (Files.exists(file) ? "something that is not a regular file" : "no such file") + " '" + file + "'");
    }
    return MatchesJson.read(file);
  }

  /**
   * The output directory, created with its parents if needed, and locked until the command ends (see
   * {@link CommandFiles#lockForRun}).
   *
   * @throws InvalidInputException if the path is a file or cannot be created for want of permission
   * @throws FileAccessException if it cannot be created for another reason
   */
  static Path outputDirectory(Path directory, String option) {
    try {
      Files.createDirectories(directory);
      CommandFiles.lockForRun(directory); // one run at a time writes into a directory
      return directory; // as given, so that messages show what the user typed
    } catch (FileAlreadyExistsException | NotDirectoryException e) {
      throw InvalidInputException.of(option, "expected a directory, found a file in the way at '" + directory + "'");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(option, "expected a directory that can be created, found no permission for '"
          + directory + "'");
    } catch (IOException e) {
      throw new FileAccessException(directory, "cannot create the directory", e);
    }
  }

  /**
   * A matcher builder with the named strategy.
   *
   * @throws InvalidInputException located at {@code option} if no strategy has the name; it lists the
   *     available ones
   */
  static Matcher.Builder matcher(String strategy, String option) {
    try {
      return Matcher.builder().strategy(strategy);
    } catch (dev.reverso.matching.result.UnknownStrategyException e) {
      // the list of names says what was found; say also how a plug-in is found, since -jar hides the class path
      throw new InvalidInputException(e.problems().stream()
          .map(p -> new Problem(p.severity(), option, p.message() + "; " + PluginJars.HINT)).toList());
    } catch (InvalidInputException e) {
      throw relocated(e, option);
    }
  }

  /** The same problems, all located at {@code location} (for library problems about an option's value). */
  static InvalidInputException relocated(InvalidInputException e, String location) {
    return new InvalidInputException(e.problems().stream().map(p -> p.at(location)).toList());
  }

  /** Checks that every pair of {@code matches} names a mentor and a mentee of {@code program}. */
  static void checkPeople(MatchResult matches, Program program, String matchesFile, String programFile) {
    List<Problem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < matches.pairs().size(); i++) {
      var p = matches.pairs().get(i);
      if (program.role(p.mentorId()).orElse(null) != Role.MENTOR) {
        problems.add(Problem.error(matchesFile + ":pairs[" + i + "].mentor",
            "expected a mentor of " + programFile + ", found '" + p.mentorId() + "'"));
      }
      if (program.role(p.menteeId()).orElse(null) != Role.MENTEE) {
        problems.add(Problem.error(matchesFile + ":pairs[" + i + "].mentee",
            "expected a mentee of " + programFile + ", found '" + p.menteeId() + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * The date of the latest event of the journal, {@link LocalDate#EPOCH} for an empty journal: the default
   * report date, so that the same files give the same output whatever day the command runs.
   */
  static LocalDate latestEventDate(JournalContents journal) {
    LocalDate latest = LocalDate.EPOCH;
    dev.reverso.reporting.journal.Retractions retractions =
        dev.reverso.reporting.journal.Retractions.of(journal.events());
    for (JournalEvent e : journal.events()) {
      if (retractions.counts(e) && e.date().isAfter(latest)) {
        latest = e.date();
      }
    }
    return latest;
  }

  /** {@code 0.612}: three decimals, locale-independent. */
  static String score(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
