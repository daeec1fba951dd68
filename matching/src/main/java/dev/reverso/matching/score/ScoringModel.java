package dev.reverso.matching.score;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Problems;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.ScoringModelView;
import dev.reverso.matching.spi.Criterion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Weighted scoring criteria. The score of a pair is the weighted mean of the criterion scores,
 * {@code Σ w_k·s_k / Σ w_k}, so it stays in [0, 1] whatever the weights' scale.
 *
 * <p>Weights are finite and ≥ 0, not all 0; criterion ids are unique. A criterion with weight 0 is kept
 * (it still shows in explanations) but does not count. Immutable and thread-safe; variations are
 * {@code with…} copies: {@code ScoringModel.reverseMentoringDefaults().withWeight(Criteria.VALUES, 0.2)}.
 */
public final class ScoringModel implements ScoringModelView {
  static {
    // an older Guava fails here, with a message naming the minimum, rather than deep inside a match
    dev.reverso.core.GuavaRequirement.check();
  }

  private final ImmutableList<Criterion> criteria;
  private final ImmutableList<Double> weights;

  private ScoringModel(List<Criterion> criteria, List<Double> weights) {
    this.criteria = ImmutableList.copyOf(criteria);
    this.weights = ImmutableList.copyOf(weights);
  }

  /**
   * The default model for reverse mentoring. Weights (sum 1):
   * <ul>
   *   <li>{@code forward-coverage} 0.35 — the programme exists so seniors learn digital skills;</li>
   *   <li>{@code reverse-coverage} 0.20 — reciprocity: the junior must learn too, or the relationship fades;</li>
   *   <li>{@code value-alignment} 0.15 — shared values build the trust the relationship needs;</li>
   *   <li>{@code seniority-distance} 0.10 — a real career gap is the point of reverse mentoring, but the
   *   hard seniority constraint already enforces the direction;</li>
   *   <li>{@code cross-boundary} 0.10 — pairs across departments spread knowledge and avoid line awkwardness;</li>
   *   <li>{@code time-zone-overlap} 0.05 and {@code availability-fit} 0.05 — logistics: they matter, but
   *   should only break ties between otherwise good pairs.</li>
   * </ul>
   */
  public static ScoringModel reverseMentoringDefaults() {
    return builder()
        .add(Criteria.FORWARD_COVERAGE, 0.35)
        .add(Criteria.REVERSE_COVERAGE, 0.20)
        .add(Criteria.VALUES, 0.15)
        .add(Criteria.SENIORITY, 0.10)
        .add(Criteria.BOUNDARY, 0.10)
        .add(Criteria.TIME_ZONE, 0.05)
        .add(Criteria.AVAILABILITY, 0.05)
        .build();
  }

  /**
   * The model {@code result} was scored with: what the advisor and a next cohort should start from, so that
   * a caller cannot pass another one by mistake. A {@code Matcher} records it in every result (including the
   * {@code preference} criterion it adds when people stated preferences).
   *
   * @throws InvalidInputException located at {@code result.scoringModel} if the result carries no model
   *     (one built by a plug-in strategy outside a {@code Matcher}, or read from a file that does not hold it)
   */
  public static ScoringModel usedBy(MatchResult result) {
    requireNonNull(result, "result");
    ScoringModelView view = result.scoringModel().orElseThrow(() -> InvalidInputException.of("result.scoringModel",
        "expected a result that records its scoring model (as every result of a Matcher does), found none;"
            + " pass the model explicitly"));
    if (!(view instanceof ScoringModel)) {
      throw InvalidInputException.of("result.scoringModel", "expected a ScoringModel, found a "
          + view.getClass().getName());
    }
    return (ScoringModel) view;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The criteria, in the order given. */
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /** The criterion with this id, if the model has it. */
  public Optional<Criterion> criterion(String id) {
    int k = indexOf(id);
    return k < 0 ? Optional.empty() : Optional.of(criteria.get(k));
  }

  /** The weight of the criterion with this id, 0 if the model does not have it. */
  public double weight(String id) {
    int k = indexOf(id);
    return k < 0 ? 0 : weights.get(k);
  }

  /** Criterion id → weight, in the order given. */
  @Override
  public ImmutableMap<String, Double> weights() {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int k = 0; k < criteria.size(); k++) {
      b.put(criteria.get(k).id(), weights.get(k));
    }
    return b.buildOrThrow();
  }

  /** The sum of the weights, above 0. */
  public double totalWeight() {
    double s = 0;
    for (double w : weights) {
      s += w;
    }
    return s;
  }

  /**
   * A copy with the weight of the criterion {@code id} changed. If the model lacks it but it is a
   * built-in id, the built-in (default settings) is added at the end.
   *
   * @throws InvalidInputException located at {@code weights.<id>} if the id is neither in the model nor a built-in
   *     (the message lists both)
   * @throws InvalidInputException if the weight is negative or not finite, or all weights would be 0
   */
  public ScoringModel withWeight(String id, double weight) {
    requireNonNull(id, "id");
    int k = indexOf(id);
    if (k >= 0) {
      return replace(k, criteria.get(k), weight);
    }
    Criterion builtIn = Criteria.builtIn(id).orElseThrow(() -> InvalidInputException.of("weights." + id,
        "expected the id of a criterion of the model " + weights().keySet() + " or of a built-in "
            + Criteria.builtIns().stream().map(Criterion::id).toList() + ", found '" + id + "'"));
    return with(builtIn, weight);
  }

  /** A copy with the weight of {@code criterion} (found by its id) changed, or the criterion added. */
  public ScoringModel withWeight(Criterion criterion, double weight) {
    int k = indexOf(criterion.id());
    return k >= 0 ? replace(k, criteria.get(k), weight) : with(criterion, weight);
  }

  /**
   * A copy with {@code criterion} at this weight: it replaces the criterion with the same id in place, or
   * is added at the end.
   *
   * @throws InvalidInputException if the weight is negative or not finite, or all weights would be 0
   */
  public ScoringModel with(Criterion criterion, double weight) {
    requireNonNull(criterion, "criterion");
    int k = indexOf(criterion.id());
    if (k >= 0) {
      return replace(k, criterion, weight);
    }
    Builder b = toBuilder();
    b.add(criterion, weight);
    return b.build();
  }

  /**
   * A copy without the criterion {@code id}.
   *
   * @throws InvalidInputException located at {@code weights.<id>} if the model does not have it
   * @throws InvalidInputException if no weight above 0 would remain
   */
  public ScoringModel without(String id) {
    int k = indexOf(id);
    if (k < 0) {
      throw InvalidInputException.of("weights." + id, "expected the id of a criterion of the model "
          + weights().keySet() + ", found '" + id + "'");
    }
    Builder b = builder();
    for (int i = 0; i < criteria.size(); i++) {
      if (i != k) {
        b.add(criteria.get(i), weights.get(i));
      }
    }
    return b.build();
  }

  private ScoringModel replace(int k, Criterion criterion, double weight) {
    Builder b = builder();
    for (int i = 0; i < criteria.size(); i++) {
      b.add(i == k ? criterion : criteria.get(i), i == k ? weight : weights.get(i));
    }
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = builder();
    for (int i = 0; i < criteria.size(); i++) {
      b.add(criteria.get(i), weights.get(i));
    }
    return b;
  }

  private int indexOf(String id) {
    for (int k = 0; k < criteria.size(); k++) {
      if (criteria.get(k).id().equals(id)) {
        return k;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoringModel && ((ScoringModel) o).criteria.equals(criteria)
        && ((ScoringModel) o).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return 31 * criteria.hashCode() + weights.hashCode();
  }

  /** Criterion ids and weights. */
  @Override
  public String toString() {
    return "ScoringModel" + weights();
  }

  /** Builds a {@link ScoringModel}; {@link #build()} reports every problem at once. Not thread-safe. */
  public static final class Builder {
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    private Builder() {}

    /** Adds a criterion with its weight. */
    public Builder add(Criterion criterion, double weight) {
      criteria.add(requireNonNull(criterion, "criterion"));
      weights.add(weight);
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws InvalidInputException naming each problem: an id used twice ({@code criteria[3].id}), a
     *     negative or non-finite weight ({@code weights.value-alignment}), no criterion or all weights 0
     *     ({@code weights})
     */
    public ScoringModel build() {
      Problems problems = new Problems();
      Set<String> ids = new HashSet<>();
      double sum = 0;
      for (int k = 0; k < criteria.size(); k++) {
        String id = requireNonNull(criteria.get(k).id(), "criterion id");
        if (id.isBlank()) {
          problems.error("criteria[" + k + "].id", "expected a non-blank criterion id");
        } else if (!ids.add(id)) {
          problems.error("criteria[" + k + "].id", "expected each criterion once, found '" + id + "' again");
        }
        double w = weights.get(k);
        if (!(w >= 0) || Double.isInfinite(w)) {
          problems.error("weights." + id, "expected a finite weight of 0 or more, found " + w);
        } else {
          sum += w;
        }
      }
      if (criteria.isEmpty()) {
        problems.error("weights", "expected at least one criterion, found none");
      } else if (!problems.hasErrors() && sum <= 0) {
        problems.error("weights", "expected at least one weight above 0, found all " + criteria.size() + " at 0");
      }
      problems.throwIfErrors();
      return new ScoringModel(criteria, weights);
    }
  }
}
