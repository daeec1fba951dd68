package dev.reverso.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.core.io.DirectoryLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The files a command reads and writes, declared by the command ({@link FileCommand#declareFiles}) and
 * checked by {@link ReversoCommand} before the command runs, the same way for every command:
 *
 * <ul>
 *   <li><b>no output replaces an input</b>: an output file that is the same file as one of the inputs — by
 *       real path, so symbolic links, hard links and {@code ..} do not hide it — is refused with exit code 2
 *       before anything is read or written, and the input is left untouched;
 *   <li><b>one run per output directory</b>: an output directory is locked ({@link DirectoryLock}) from
 *       when the command creates it ({@link CommandInputs#outputDirectory}) to the end of the run, so two runs
 *       into one {@code --out} take turns and the directory never holds a mix of their files.
 * </ul>
 *
 * <p>Not thread-safe; one instance per run.
 */
final class CommandFiles {
  private record Input(String option, Path file) {}

  private record Output(String option, Path file) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();

  /** Declares a file the command reads ({@code null}, an option not given, is ignored). */
  CommandFiles input(String option, Path file) {
    requireNonNull(option, "option");
    if (file != null) {
      inputs.add(new Input(option, file));
    }
    return this;
  }

  /** Declares a file the command writes ({@code null} is ignored). */
  CommandFiles output(String option, Path file) {
    requireNonNull(option, "option");
    if (file != null) {
      outputs.add(new Output(option, file));
    }
    return this;
  }

  /**
   * Declares a directory the command writes into, with the names of the files it writes there.
   */
  CommandFiles outputDirectory(String option, Path dir, Collection<String> fileNames) {
    requireNonNull(option, "option");
    requireNonNull(fileNames, "fileNames");
    if (dir != null) {
      for (String name : fileNames) {
        outputs.add(new Output(option, dir.resolve(name)));
      }
    }
    return this;
  }

  /** The options declared, inputs and outputs, in declaration order (for tests that every option is declared). */
  ImmutableList<String> options() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    inputs.forEach(i -> b.add(i.option()));
    outputs.forEach(o -> b.add(o.option()));
    return b.build();
  }

  /**
   * Refuses every output that would replace an input, all reported at once.
   *
   * @throws InvalidInputException located at the output's option, naming both files
   */
  void checkNoOutputReplacesAnInput() {
    List<Problem> problems = new ArrayList<>();
    for (Output out : outputs) {
      for (Input in : inputs) {
        if (sameFile(out.file(), in.file())) {
          problems.add(Problem.error(out.option(), "expected an output that is not one of the inputs, found '"
              + out.file() + "', which is the file of " + in.option() + " '" + in.file() + "'; nothing was"
              + " written: choose another output"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Whether writing {@code output} would replace {@code input}: the same file by real path (links and
   * {@code ..} resolved) or by identity (a hard link), or a link at the output path whose target is the input.
   */
  static boolean sameFile(Path output, Path input) {
    if (!Files.exists(input) || !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return false; // a missing input fails on reading; a missing output replaces nothing
    }
    try {
      if (Files.exists(output) && Files.isSameFile(output, input)) {
        return true;
      }
      // the output path itself (not followed) is the input path itself (not followed)
      Path outParent = output.toAbsolutePath().getParent();
      Path inParent = input.toAbsolutePath().getParent();
      return outParent != null && inParent != null
          && outParent.toRealPath().resolve(output.getFileName()).equals(inParent.toRealPath().resolve(input.getFileName()));
    } catch (IOException e) {
      return false; // cannot be compared: reading or writing reports the real problem
    }
  }

  /** The directory locks of the run on this thread; null outside a run. */
  private static final ThreadLocal<List<DirectoryLock>> RUN_LOCKS = new ThreadLocal<>();

  /** Starts a run on this thread: output directories created from now on are locked until {@link #endRun}. */
  static void startRun() {
    RUN_LOCKS.set(new ArrayList<>());
  }

  /**
   * Locks an output directory the command has just created or found, until the run ends (outside a run,
   * as in a unit test of one helper, nothing is locked).
   *
   * @throws DirectoryLock.BusyException if another run keeps it locked
   */
  static void lockForRun(Path dir) {
    List<DirectoryLock> locks = RUN_LOCKS.get();
    if (locks != null) {
      locks.add(DirectoryLock.acquire(dir));
    }
  }

  /** Ends the run on this thread, releasing its directory locks. */
  static void endRun() {
    List<DirectoryLock> locks = RUN_LOCKS.get();
    RUN_LOCKS.remove();
    if (locks != null) {
      release(locks);
    }
  }

  /** Releases locks, the last first. */
  private static void release(List<DirectoryLock> locks) {
    for (int i = locks.size() - 1; i >= 0; i--) {
      locks.get(i).close();
    }
  }
}
