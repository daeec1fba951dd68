package dev.reverso.reporting.metrics;

import java.util.OptionalDouble;

/**
 * A Net Promoter Score (Reichheld, "The One Number You Need to Grow", Harvard Business Review, 2003): answers
 * 0..10 to "would you recommend the programme to a colleague?"; promoters answer 9–10, passives 7–8,
 * detractors 0–6, and {@code NPS = 100 · (promoters − detractors) / respondents}, in −100..100.
 *
 * <p>Reverso counts one answer per person and side: the latest Net Promoter answer that person gave (a mentor
 * in two pairs is one respondent).
 *
 * @param promoters answers 9–10
 * @param passives answers 7–8
 * @param detractors answers 0–6
 */
public record NetPromoterScore(int promoters, int passives, int detractors) {
  /** Nobody answered. */
  public static final NetPromoterScore EMPTY = new NetPromoterScore(0, 0, 0);

  /** Validates that the counts are not negative. */
  public NetPromoterScore {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * The score of these answers.
   *
   * @throws IllegalArgumentException if an answer is outside 0..10
   */
  public static NetPromoterScore of(int... answers) {
    NetPromoterScore s = EMPTY;
    for (int a : answers) {
      s = s.plus(a);
    }
    return s;
  }

  /**
   * This score with one more answer.
   *
   * @throws IllegalArgumentException if the answer is outside 0..10
   */
  public NetPromoterScore plus(int answer) {
    if (answer < 0 || answer > 10) {
      throw new IllegalArgumentException("an NPS answer must be in 0..10, was " + answer);
    }
    return answer >= 9 ? new NetPromoterScore(promoters + 1, passives, detractors)
        : answer >= 7 ? new NetPromoterScore(promoters, passives + 1, detractors)
        : new NetPromoterScore(promoters, passives, detractors + 1);
  }

  /** The sum of two scores' counts. */
  public NetPromoterScore plus(NetPromoterScore other) {
    return new NetPromoterScore(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
  }

  /** Everyone who answered. */
  public int respondents() {
    return promoters + passives + detractors;
  }

  /** {@code 100 · (promoters − detractors) / respondents}; empty when nobody answered. */
  public OptionalDouble score() {
    int n = respondents();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }
}
