package dev.reverso.reporting.metrics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one side of a pair reported, as of the metrics date: how many feedbacks, the latest ratings, the mean
 * ratings and the latest Net Promoter answer. Comments are not carried: they never reach metrics.
 *
 * @param count feedbacks given by this side
 * @param latestDate the date of the latest feedback, empty if none
 * @param latest the ratings of the latest feedback (by date; on the same date the one recorded last)
 * @param mean the mean of each rating over all feedbacks of this side
 * @param latestNps the latest Net Promoter answer this side gave (feedbacks without one are skipped)
 */
public record SideFeedback(int count, Optional<LocalDate> latestDate, Optional<Ratings> latest, Optional<Ratings> mean,
    OptionalInt latestNps) {
  /** No feedback. */
  public static final SideFeedback NONE =
      new SideFeedback(0, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

  /** Validates the components: the optional parts are present exactly when {@code count > 0}. */
  public SideFeedback {
    requireNonNull(latestDate, "latestDate");
    requireNonNull(latest, "latest");
    requireNonNull(mean, "mean");
    requireNonNull(latestNps, "latestNps");
    if (count < 0 || (count > 0) != latest.isPresent() || latest.isPresent() != mean.isPresent()
        || latest.isPresent() != latestDate.isPresent()) {
      throw new IllegalArgumentException("latest, mean and latestDate must be present exactly when count > 0");
    }
  }
}
