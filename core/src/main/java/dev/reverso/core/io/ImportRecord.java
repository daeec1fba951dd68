package dev.reverso.core.io;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One record read from a file, before the programme is assembled: a participant (with a role), pairs, or
 * both (a CSV mentee row listing its mentors). Mutable, used by one import only.
 */
final class ImportRecord {
  /** A history or active pair read from a record. */
  static final class PendingPair {
    final boolean active;
    final MentoringPair pair;
    /** Maps a path inside the pair ({@code ""}, {@code mentorId}, {@code menteeId}) to a file location. */
    final UnaryOperator<String> locator;

    PendingPair(boolean active, MentoringPair pair, UnaryOperator<String> locator) {
      this.active = active;
      this.pair = pair;
      this.locator = locator;
    }
  }

  /** The record's own location, reported when it is rejected. */
  final String location;
  /** Maps a path inside the participant ({@code managerId}, {@code exclusions[0]}, ...) to a file location. */
  final UnaryOperator<String> locator;
  /** The role of the participant, or {@code null} for a record that holds only a pair. */
  Role role;
  /** The participant, or {@code null} if it could not be built (or the record holds only a pair). */
  Participant participant;
  /** The id as written, even when the record has errors; {@code null} if there was none. */
  String rawId;
  final List<PendingPair> pairs = new ArrayList<>();
  /** At most {@link ImportOptions#MAX_PROBLEMS_PER_RECORD} errors, then one that says more were found. */
  final List<Problem> errors = new BoundedErrors();

  ImportRecord(String location, UnaryOperator<String> locator) {
    this.location = location;
    this.locator = locator;
  }

  /**
   * Keeps the first {@link ImportOptions#MAX_PROBLEMS_PER_RECORD} errors, then one at the record that says
   * more were found: a record of millions of bad list items must not become millions of problems.
   */
  private final class BoundedErrors extends ArrayList<Problem> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean add(Problem p) {
      if (size() < ImportOptions.MAX_PROBLEMS_PER_RECORD) {
        return super.add(p);
      }
      if (size() == ImportOptions.MAX_PROBLEMS_PER_RECORD) {
        return super.add(Problem.error(location, "found more than " + ImportOptions.MAX_PROBLEMS_PER_RECORD
            + " problems in this record (ImportOptions.MAX_PROBLEMS_PER_RECORD); fix those listed and read it"
            + " again to see the rest"));
      }
      return false;
    }

    @Override
    public boolean addAll(Collection<? extends Problem> problems) {
      boolean changed = false;
      for (Problem p : problems) {
        changed |= add(p);
      }
      return changed;
    }
  }

  /**
   * In strict mode, adds the errors of a record just read to the count so far and stops reading past
   * {@link ImportOptions#STRICT_ERROR_LIMIT}; returns the new count.
   */
  static int checkStrictErrorCount(int before, ImportRecord rec, ImportOptions options, String where) {
    int count = before + rec.errors.size();
    if (!options.isLenient() && count > ImportOptions.STRICT_ERROR_LIMIT) {
      throw new TextInput.Stop(Problem.error(where, "stopped reading after more than "
          + ImportOptions.STRICT_ERROR_LIMIT + " errors (ImportOptions.STRICT_ERROR_LIMIT): fix those listed first"));
    }
    return count;
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Adds builder problems (located inside the participant) at their file locations. */
  void addLocated(Iterable<Problem> problems, String prefix) {
    for (Problem p : problems) {
      String inner = prefix.isEmpty() ? p.location() : p.location().startsWith("[")
          ? prefix + p.location() : prefix + "." + p.location();
      errors.add(p.at(locator.apply(inner)));
    }
  }
}
