package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problem;
import dev.reverso.matching.Matcher;
import dev.reverso.matching.constraint.Constraints;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code match} and {@code explain} that change the rules of a match, mixed in with picocli's
 * {@code @Mixin}, so that {@code explain} judges a pair under the same rules as the {@code match} it explains:
 * {@code --max-time-zone-difference} adds the {@code max-time-zone-difference} constraint, {@code
 * --min-seniority-gap} replaces the default {@code seniority-gap} of one grade, and {@code --time-limit} sets the
 * library's deadline ({@link Matcher.Builder#deadline(Duration)}). Every bad value is reported at once (exit 2).
 */
final class MatchingRulesOption {
  @Option(names = "--max-time-zone-difference", paramLabel = "HOURS",
      description = "Never pair two people whose UTC offsets differ by more than HOURS (0 to 12, such as 3 or "
          + "4.5); people with no known time zone are not limited. Default: no limit.")
  private Double maxTimeZoneDifference;

  @Option(names = "--min-seniority-gap", paramLabel = "GRADES",
      description = "The mentor's grade must be at least GRADES below the mentee's (0 or more; default: 1).")
  private Integer minSeniorityGap;

  @Option(names = "--time-limit", paramLabel = "DURATION",
      description = "Stop the match with exit code 2 if it takes longer than DURATION: a number with a unit "
          + "(500ms, 30s, 2m, 1h) or ISO-8601 (PT30S). Default: no limit.")
  private String timeLimit;

  /**
   * Applies the options given to the builder.
   *
   * @throws InvalidInputException naming each bad option and what it expects
   */
  Matcher.Builder applyTo(Matcher.Builder builder) {
    List<Problem> problems = new ArrayList<>();
    if (maxTimeZoneDifference != null) {
      double h = maxTimeZoneDifference;
      if (!(h >= 0 && h <= 12)) {
        problems.add(Problem.error("--max-time-zone-difference", "expected hours from 0 to 12, found "
            + maxTimeZoneDifference));
      } else {
        builder.constraint(Constraints.maxTimeZoneDifference(h));
      }
    }
    if (minSeniorityGap != null) {
      if (minSeniorityGap < 0) {
        problems.add(Problem.error("--min-seniority-gap", "expected 0 or more grades, found " + minSeniorityGap));
      } else {
        builder.constraint(Constraints.mentorMoreJunior(minSeniorityGap));
      }
    }
    if (timeLimit != null) {
      try {
        builder.deadline(duration(timeLimit));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("--time-limit", "expected a positive duration such as 500ms, 30s, 2m, 1h or "
            + "PT30S, found '" + timeLimit + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return builder;
  }

  /**
   * {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} (a decimal number and a unit) or ISO-8601 {@code PT30S}.
   *
   * @throws IllegalArgumentException if the text is neither, or the duration is not positive
   */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration d;
    if (t.startsWith("pt") || t.startsWith("p")) {
      try {
        d = Duration.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    } else {
      int unit = 0;
      while (unit < t.length() && (Character.isDigit(t.charAt(unit)) || t.charAt(unit) == '.')) {
        unit++;
      }
      if (unit == 0) {
        throw new IllegalArgumentException("no number in '" + text + "'");
      }
      double value = Double.parseDouble(t.substring(0, unit));
      double millis = switch (t.substring(unit).trim()) {
        case "ms" -> value;
        case "s" -> value * 1_000;
        case "m", "min" -> value * 60_000;
        case "h" -> value * 3_600_000;
        default -> throw new IllegalArgumentException("unknown unit in '" + text + "'");
      };
      d = Duration.ofMillis(Math.round(millis));
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("not positive: " + text);
    }
    return d;
  }
}
