package dev.reverso.matching.constraint;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.internal.RowCheck;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.Constraint;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code shared-language} rule of {@link Constraints#sharedLanguage()}. Reason:
 * {@code no-shared-language {mentor, mentor-languages, mentee, mentee-languages}} (tags comma-separated).
 */
final class SharedLanguage implements Constraint {
  static final SharedLanguage INSTANCE = new SharedLanguage();

  @Override
  public String id() {
    return "shared-language";
  }

  @Override
  public Check bind(Program program) {
    Map<String, Integer> index = new HashMap<>();
    for (List<Participant> side : List.of(program.mentors(), program.mentees())) {
      for (Participant p : side) {
        for (String tag : p.languages()) {
          index.putIfAbsent(primary(tag), index.size());
        }
      }
    }
    int words = Math.max(1, (index.size() + 63) / 64);
    long[] mentorBits = bits(program.mentors(), index, words);
    long[] menteeBits = bits(program.mentees(), index, words);
    int mentorCount = program.mentors().size();
    int menteeCount = program.mentees().size();
    return new RowCheck() {
      @Override
      public void restrictColumn(int mentor, boolean[] allowed) {
        for (int j = 0; j < menteeCount; j++) {
          if (allowed[j] && !allows(mentor, j)) {
            allowed[j] = false;
          }
        }
      }

      @Override
      public void restrictRow(int mentee, boolean[] allowed) {
        for (int i = 0; i < mentorCount; i++) {
          if (allowed[i] && !allows(i, mentee)) {
            allowed[i] = false;
          }
        }
      }

      @Override
      public boolean allows(int mentor, int mentee) {
        boolean anyA = false;
        boolean anyB = false;
        for (int w = 0; w < words; w++) {
          long a = mentorBits[mentor * words + w];
          long b = menteeBits[mentee * words + w];
          if ((a & b) != 0) {
            return true;
          }
          anyA |= a != 0;
          anyB |= b != 0;
        }
        return !anyA || !anyB;
      }

      @Override
      public Reason reason(int mentor, int mentee) {
        Participant a = program.mentors().get(mentor);
        Participant b = program.mentees().get(mentee);
        return Reason.of(ReasonCodes.NO_SHARED_LANGUAGE, "mentor", a.id().value(),
            "mentor-languages", String.join(", ", a.languages()), "mentee", b.id().value(),
            "mentee-languages", String.join(", ", b.languages()));
      }
    };
  }

  private static String primary(String tag) {
    return Locale.forLanguageTag(tag).getLanguage();
  }

  private static long[] bits(List<Participant> people, Map<String, Integer> index, int words) {
    long[] out = new long[people.size() * words];
    for (int p = 0; p < people.size(); p++) {
      for (String tag : people.get(p).languages()) {
        int bit = index.get(primary(tag));
        out[p * words + bit / 64] |= 1L << (bit % 64);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Constraint[" + id() + "]";
  }
}
