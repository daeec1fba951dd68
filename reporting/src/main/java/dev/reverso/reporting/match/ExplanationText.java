package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import dev.reverso.core.ParticipantId;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.Explanation.Contribution;
import dev.reverso.matching.result.Explanation.Verdict;
import dev.reverso.matching.result.Reason;
import dev.reverso.reporting.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@link Explanation} as plain text in one language, as {@code reverso explain} prints it: a header line with
 * the ids, the score and whether every hard rule allows the pair; a table of the criteria (name, weight, score,
 * what each adds) with each piece of evidence as a sentence on its own line under it ({@code "    - "}); then
 * every hard rule with its verdict and, when it forbids the pair, why ({@code "FORBIDS: "} in English).
 *
 * <p>Immutable and thread-safe.
 */
public final class ExplanationText {
  private final Texts texts;

  private ExplanationText(Texts texts) {
    this.texts = texts;
  }

  /** The text in the language of this locale (English for the root locale), numbers as the locale writes them. */
  public static ExplanationText of(Locale locale) {
    return new ExplanationText(Texts.of(requireNonNull(locale, "locale")));
  }

  /**
   * The lines of the explanation.
   *
   * @param e the explanation
   * @param names a display name for an id, or empty (ids only: the default)
   */
  public List<String> lines(Explanation e, Function<ParticipantId, Optional<String>> names) {
    requireNonNull(e, "e");
    requireNonNull(names, "names");
    Texts t = texts;
    var n = t.numbers();
    List<String> out = new ArrayList<>();
    List<String> forbidding = e.forbiddingVerdicts().stream().map(v -> MatchReportText.constraint(v.constraintId(), t))
        .toList();
    out.add(t.get("explain.header", "mentor", who(e.mentorId(), names), "mentee", who(e.menteeId(), names),
        "score", n.decimal(e.total(), 2), "verdict", e.allowed() ? t.get("explain.allowed")
            : t.get("explain.forbidden", "rules", String.join(", ", forbidding))));
    out.add("");
    int width = t.get("explain.criterion").length();
    for (Contribution c : e.contributions()) {
      width = Math.max(width, MatchReportText.criterion(c.criterionId(), t).length());
    }
    String row = "%-" + width + "s  %8s  %8s  %8s";
    out.add(String.format(Locale.ROOT, row, t.get("explain.criterion"), t.get("explain.weight"),
        t.get("explain.score"), t.get("explain.adds")).stripTrailing());
    for (Contribution c : e.contributions()) {
      out.add(String.format(Locale.ROOT, row, MatchReportText.criterion(c.criterionId(), t), n.decimal(c.weight(), 2),
          n.decimal(c.score(), 2), n.decimal(c.contribution(), 3)));
      for (Reason r : c.reasons()) {
        out.add("    - " + t.reason(r));
      }
    }
    out.add(String.format(Locale.ROOT, row, t.get("explain.total"), "", "", n.decimal(e.total(), 3)));
    out.add("");
    out.add(t.get("explain.rules"));
    int cw = 0;
    for (Verdict v : e.verdicts()) {
      cw = Math.max(cw, MatchReportText.constraint(v.constraintId(), t).length());
    }
    for (Verdict v : e.verdicts()) {
      out.add(String.format(Locale.ROOT, "  %-" + cw + "s  %s", MatchReportText.constraint(v.constraintId(), t),
          v.allowed() ? t.get("explain.allows") : t.get("explain.forbids", "reason", t.reason(v.reason().orElseThrow()))));
    }
    if (e.verdicts().isEmpty()) {
      out.add("  " + t.get("explain.no-rules"));
    }
    return List.copyOf(out);
  }

  private static String who(ParticipantId id, Function<ParticipantId, Optional<String>> names) {
    return id.value() + names.apply(id).map(name -> " (" + name + ")").orElse("");
  }

  /** The language only. */
  @Override
  public String toString() {
    return "ExplanationText[" + texts.locale().toLanguageTag() + "]";
  }
}
