package dev.reverso.matching.group;

import dev.reverso.core.Participant;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Languages as bit masks over primary language subtags (as the {@code shared-language} constraint compares
 * them: {@code en-GB} and {@code en-US} are both English). Someone who lists no language fits every
 * circle: their mask has every bit set. A group shares a language when the AND of its masks is not zero.
 */
final class Languages {
  private final int words;
  private final long[] mentors;
  private final long[] mentees;

  private Languages(int words, long[] mentors, long[] mentees) {
    this.words = words;
    this.mentors = mentors;
    this.mentees = mentees;
  }

  static Languages of(MatchingProblem problem) {
    Map<String, Integer> index = new HashMap<>();
    List<Participant> mentorList = problem.program().mentors();
    List<Participant> menteeList = problem.program().mentees();
    for (List<Participant> side : List.of(mentorList, menteeList)) {
      for (Participant p : side) {
        for (String tag : p.languages()) {
          index.putIfAbsent(primary(tag), index.size());
        }
      }
    }
    int words = Math.max(1, (index.size() + 63) / 64);
    return new Languages(words, masks(mentorList, index, words), masks(menteeList, index, words));
  }

  static String primary(String tag) {
    return Locale.forLanguageTag(tag).getLanguage();
  }

  /** The primary languages every one of these people speaks, sorted; those who list none are skipped. */
  static TreeSet<String> common(Iterable<Participant> people) {
    TreeSet<String> common = null;
    for (Participant p : people) {
      if (p.languages().isEmpty()) {
        continue;
      }
      TreeSet<String> mine = new TreeSet<>();
      p.languages().forEach(t -> mine.add(primary(t)));
      if (common == null) {
        common = mine;
      } else {
        common.retainAll(mine);
      }
    }
    return common == null ? new TreeSet<>() : common;
  }

  private static long[] masks(List<Participant> people, Map<String, Integer> index, int words) {
    long[] out = new long[people.size() * words];
    for (int p = 0; p < people.size(); p++) {
      Participant person = people.get(p);
      if (person.languages().isEmpty()) {
        java.util.Arrays.fill(out, p * words, (p + 1) * words, -1L);
        continue;
      }
      for (String tag : person.languages()) {
        int bit = index.get(primary(tag));
        out[p * words + bit / 64] |= 1L << (bit % 64);
      }
    }
    return out;
  }

  int words() {
    return words;
  }

  long[] mentorMasks() {
    return mentors;
  }

  long[] menteeMasks() {
    return mentees;
  }
}
