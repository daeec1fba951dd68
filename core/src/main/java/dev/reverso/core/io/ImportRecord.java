package dev.reverso.core.io;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Problem;
import dev.reverso.core.Role;
import java.util.ArrayList;
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
  final List<Problem> errors = new ArrayList<>();

  ImportRecord(String location, UnaryOperator<String> locator) {
    this.location = location;
    this.locator = locator;
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
