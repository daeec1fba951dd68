package dev.reverso.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;

/**
 * What an import produced: the programme built from the accepted records, how many records were
 * accepted, the records rejected (lenient mode only) with every reason, and the warnings.
 *
 * <p>A record is a CSV data row, or one entry of a Program JSON's {@code people}, {@code mentors},
 * {@code mentees}, {@code history} or {@code active} arrays. Locations are file positions
 * ({@code participants.csv:17:goals}, {@code program.json:12:7 (mentees[3].goals[1].target)}), unlike
 * {@link Program#warnings()}, which names positions inside the programme. Immutable; {@link #toString()}
 * shows counts only.
 *
 * @param program the programme built from the accepted records
 * @param acceptedCount how many records were accepted
 * @param rejected the rejected records, in input order; always empty in strict mode
 * @param warnings the warnings, with file locations, in input order
 */
public record ImportResult(Program program, int acceptedCount, ImmutableList<RejectedRecord> rejected,
    ImmutableList<Problem> warnings) {

  /**
   * A record that was not imported.
   *
   * @param location where the record is ({@code participants.csv:17}, {@code program.json:40:5 (mentees[3])})
   * @param reasons every error found in it, each with its own location
   */
  public record RejectedRecord(String location, ImmutableList<Problem> reasons) {
    /** Validates the components. */
    public RejectedRecord {
      requireNonNull(location, "location");
      reasons = ImmutableList.copyOf(reasons);
    }
  }

  /** Validates the components. */
  public ImportResult {
    requireNonNull(program, "program");
    if (acceptedCount < 0) {
      throw new IllegalArgumentException("acceptedCount must not be negative");
    }
    rejected = ImmutableList.copyOf(rejected);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** Whether any record was rejected. */
  public boolean hasRejections() {
    return !rejected.isEmpty();
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "ImportResult[" + program + ", accepted=" + acceptedCount + ", rejected=" + rejected.size()
        + ", warnings=" + warnings.size() + "]";
  }
}
