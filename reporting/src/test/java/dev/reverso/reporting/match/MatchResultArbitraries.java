package dev.reverso.reporting.match;

import java.util.Map;
import java.util.LinkedHashMap;
import com.google.common.collect.ImmutableMap;
import dev.reverso.matching.result.Reason;
import com.google.common.collect.ImmutableList;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.spi.MatchingProblem;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnmatchedReason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import dev.reverso.matching.MatchingProblems;

/** Match results for properties: built from raw records (any text, any double) or from sample organisations. */
final class MatchResultArbitraries {
  private MatchResultArbitraries() {}

  /** Any text, including quotes, backslashes, control characters and non-BMP characters. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(20);
  }

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('!', '~').withChars('é', 'ß', '名').ofMinLength(1).ofMaxLength(8);
  }

  static Arbitrary<Double> unit() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
        Arbitraries.of(0.0, 1.0, 0.1, 1e-300, Double.MIN_VALUE, 0.30000000000000004, Math.nextDown(1.0)));
  }

  /**
   * Any reason: text, or a code with arguments of every supported type (an integral Long only outside the int range:
   * JSON cannot tell a Long that fits in an int from an Integer); some share a code with other argument names.
   */
  static Arbitrary<Reason> reason() {
    Arbitrary<Object> value = Arbitraries.oneOf(text().map(Object.class::cast), Arbitraries.integers().map(Object.class::cast),
        Arbitraries.longs().filter(l -> l != (int) (long) l).map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast));
    Arbitrary<Reason> coded = Combinators.combine(Arbitraries.of("mentor-has-skill", "shared-value", "x", "same-floor"),
        Arbitraries.of("skill", "level", "a", "b-c").list().uniqueElements().ofMaxSize(3), value.list().ofSize(3))
        .as((code, names, values) -> {
          Map<String, Object> args = new LinkedHashMap<>();
          for (int k = 0; k < names.size(); k++) {
            args.put(names.get(k), values.get(k));
          }
          return new Reason(code, ImmutableMap.copyOf(args));
        });
    return Arbitraries.oneOf(text().map(Reason::text), coded);
  }

  static Arbitrary<Explanation.Contribution> contribution() {
    return Combinators.combine(ids(), Arbitraries.doubles().between(0, 1e6), unit(), unit(),
        reason().list().ofMaxSize(3))
        .as((id, w, s, c, reasons) -> new Explanation.Contribution(id, w, s, c, reasons));
  }

  static Arbitrary<Explanation.Verdict> verdict() {
    return Combinators.combine(ids(), Arbitraries.of(true, false), reason())
        .as((id, allowed, reason) -> allowed ? Explanation.Verdict.allow(id) : Explanation.Verdict.forbid(id, reason));
  }

  /** Results made directly from records, with arbitrary strings and doubles. */
  static Arbitrary<MatchResult> raw() {
    Arbitrary<List<String>> people = ids().set().ofMinSize(1).ofMaxSize(8).map(ArrayList::new);
    return Combinators.combine(people, people, ids(), text(), Arbitraries.longs())
        .flatAs((mentors, mentees, strategy, solver, seed) -> {
          Arbitrary<Pairing> pair = Combinators.combine(Arbitraries.of(mentors), Arbitraries.of(mentees), unit(), unit(),
              contribution().list().ofMaxSize(3), verdict().list().ofMaxSize(3))
              .as((m, e, score, total, cs, vs) -> new Pairing(ParticipantId.of(m), ParticipantId.of(e), score,
                  new Explanation(ParticipantId.of(m), ParticipantId.of(e), total,
                      vs.stream().allMatch(Explanation.Verdict::allowed), ImmutableList.copyOf(cs), ImmutableList.copyOf(vs))));
          return pair.list().ofMaxSize(6).flatMap(pairs -> {
            Set<String> pairedMentors = new LinkedHashSet<>();
            Set<String> pairedMentees = new LinkedHashSet<>();
            List<Pairing> distinct = new ArrayList<>();
            Set<List<ParticipantId>> seen = new LinkedHashSet<>();
            for (Pairing p : pairs) {
              if (seen.add(List.of(p.mentorId(), p.menteeId()))) {
                distinct.add(p);
                pairedMentors.add(p.mentorId().value());
                pairedMentees.add(p.menteeId().value());
              }
            }
            return Combinators.combine(Arbitraries.of(UnmatchedReason.class).list().ofSize(mentors.size() + mentees.size()),
                text().list().ofSize(mentors.size() + mentees.size()), Arbitraries.of(true, false)
                    .list().ofSize(mentors.size() + mentees.size()))
                .as((reasons, details, include) -> {
                  MatchResult.Builder b = MatchResult.builder(strategy.isBlank() ? "s" : strategy).solverPath(solver);
                  distinct.forEach(b::pair);
                  int k = 0;
                  for (String m : mentors) {
                    if (!pairedMentors.contains(m) && include.get(k)) {
                      b.unmatched(ParticipantId.of(m), Role.MENTOR, reasons.get(k), details.get(k));
                    }
                    k++;
                  }
                  for (String e : mentees) {
                    if (!pairedMentees.contains(e) && include.get(k)) {
                      b.unmatched(ParticipantId.of(e), Role.MENTEE, reasons.get(k), details.get(k));
                    }
                    k++;
                  }
                  return b.build();
                });
          });
        });
  }

  private static final List<Program> SAMPLES = List.of(SampleOrganization.generate(120, 1),
      SampleOrganization.generate(200, 7));

  /** A result and the programme it was computed on. */
  record Sampled(Program program, MatchResult result) {}

  /** Results on sample organisations: random allowed-or-not pairs with real explanations. */
  static Arbitrary<MatchResult> sampled() {
    return sampledWithProgram().map(Sampled::result);
  }

  /** {@link #sampled()} with the programme. */
  static Arbitrary<Sampled> sampledWithProgram() {
    return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.longs()).as((program, seed) -> {
      MatchingProblem problem = MatchingProblems.of(program);
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      MatchResult.Builder b = MatchResult.builder("sampled");
      boolean[] mentorUsed = new boolean[problem.mentorCount()];
      for (int j = 0; j < problem.menteeCount(); j++) {
        int i = random.nextInt(problem.mentorCount());
        if (random.nextInt(4) == 0) {
          b.unmatchedInfeasible(problem.menteeFeasibility(j));
        } else {
          b.pair(problem.pairing(i, j));
          mentorUsed[i] = true;
        }
      }
      for (int i = 0; i < mentorUsed.length; i++) {
        if (!mentorUsed[i]) {
          b.unmatched(problem.mentorId(i), Role.MENTOR, UnmatchedReason.CAPACITY_EXHAUSTED, "");
        }
      }
      return new Sampled(program, b.build());
    });
  }
}
