package dev.reverso.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.MatchingProblems;
import dev.reverso.matching.constraint.Constraints;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import dev.reverso.matching.spi.MatchingProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Every reason a built-in criterion or rule can give reads as a sentence in English and Italian: each code of
 * {@link ReasonCodes} has a template in both bundles using only its own arguments, the words templates look up
 * exist for every value, and on random programmes every reason emitted renders without the raw-code fallback.
 */
class ReasonTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)(?:,([a-z0-9.-]+))?}");
  private static final List<Texts> LANGUAGES = List.of(Texts.of(Locale.ENGLISH), Texts.of(Locale.ITALY));

  /** The closed word lists templates use, with every value the built-ins can give. */
  private static final Map<String, List<String>> WORDS = Map.of(
      "word.level", List.of("0", "1", "2", "3", "4", "5"),
      "word.priority", List.of("low", "medium", "high"),
      "word.relation", List.of("parent", "child", "sibling", "grandparent", "grandchild", "related"),
      "word.different-unit", List.of("department", "division", "location"),
      "word.same-unit", List.of("department", "division", "location"),
      "word.unit-unknown", List.of("department", "division", "location"),
      "word.sides", List.of("mentor", "mentee"),
      "word.rule", List.of("reporting-chain", "seniority-gap", "shared-language", "max-time-zone-difference",
          "no-repeat", "exclusions", "different-department"));

  private static final Set<String> OPEN_WORDS = Set.of("word.skill", "word.value");

  @Test
  void everyBuiltInCodeHasATemplateInEachLanguageUsingOnlyItsArguments() {
    for (String language : List.of("en", "it")) {
      Set<String> keys = Texts.keys("reasons", language);
      for (Map.Entry<String, List<String>> code : ReasonCodes.all().entrySet()) {
        String key = "reason." + code.getKey();
        assertThat(keys).as("%s in %s", key, language).contains(key);
      }
    }
    Map<String, String> english = bundle("en");
    Map<String, String> italian = bundle("it");
    for (Map.Entry<String, List<String>> code : ReasonCodes.all().entrySet()) {
      for (Map<String, String> bundle : List.of(english, italian)) {
        Matcher m = PLACEHOLDER.matcher(bundle.get("reason." + code.getKey()));
        while (m.find()) {
          assertThat(code.getValue()).as("placeholder %s of %s", m.group(1), code.getKey()).contains(m.group(1));
          // skill and value ids are an open list (shown as they are without a word); every other list is closed
          if (m.group(2) != null && m.group(2).startsWith("word.") && !OPEN_WORDS.contains(m.group(2))) {
            assertThat(WORDS).as("word list %s", m.group(2)).containsKey(m.group(2));
          }
        }
      }
    }
  }

  @Test
  void theMatchBundleHasTheSameKeysInEachLanguageAndTextsReadsIt() {
    assertThat(Texts.keys("match", "it")).containsExactlyInAnyOrderElementsOf(Texts.keys("match", "en"));
    assertThat(Texts.of(Locale.ITALY).get("match.title")).isEqualTo("Report degli abbinamenti");
    assertThat(Texts.of(Locale.ENGLISH).get("match.unmatched.reason.NO_FEASIBLE_PARTNER"))
        .isEqualTo("No partner meets the rules");
    for (var reason : dev.reverso.matching.result.UnmatchedReason.values()) {
      for (Texts t : LANGUAGES) {
        assertThat(t.has("match.unmatched.reason." + reason.name())).isTrue();
        assertThat(t.has("match.unmatched.explain." + reason.name())).isTrue();
      }
    }
  }

  @Test
  void everyCodeIsDocumented() throws java.io.IOException {
    java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "reasons.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(doc), "docs/ beside the module");
    String text = java.nio.file.Files.readString(doc);
    ReasonCodes.all().forEach((code, args) -> assertThat(text).as(code).contains("| `" + code + "` | "
        + (args.isEmpty() ? "—" : String.join(", ", args)) + " |"));
  }

  @Test
  void everyWordOfAClosedListExistsInEachLanguage() {
    for (String language : List.of("en", "it")) {
      Set<String> keys = Texts.keys("reasons", language);
      WORDS.forEach((list, values) -> values.forEach(v -> assertThat(keys).contains(list + "." + v)));
    }
  }

  @Test
  void aReasonReadsAsASentence() {
    Reason r = Reason.of(ReasonCodes.MENTOR_HAS_SKILL, "skill", "genai", "level", 4, "goal", "genai", "from", 1,
        "to", 3, "priority", "high", "credit", 1.0);
    assertThat(Texts.of(Locale.ENGLISH).reason(r)).isEqualTo("The mentor can teach generative AI, at level proficient (4):"
        + " the mentee wants to go from novice (1) to competent (3), high priority; 100% of this goal covered.");
    assertThat(Texts.of(Locale.ITALY).reason(r)).isEqualTo("Il mentor può insegnare IA generativa, a livello avanzato (4):"
        + " il mentee vuole passare da principiante (1) a competente (3), priorità alta; obiettivo coperto al 100%.");
    Reason hours = Reason.of(ReasonCodes.HOURS_PER_MONTH, "mentor-hours", 4.0, "mentee-hours", 2.5);
    assertThat(Texts.of(Locale.ITALY).reason(hours)).isEqualTo("Il mentor può dedicare 4,0 ore al mese, il mentee 2,5.");
    assertThat(Texts.of(Locale.ENGLISH).reason(Reason.of(ReasonCodes.SHARED_VALUE, "value", "own-value",
        "mentor-importance", 3, "mentee-importance", 5))).as("an id without a word is shown as it is")
        .contains("Both care about own-value");
  }

  @Property(tries = 25)
  void everyReasonOfRandomProgrammesRendersInBothLanguages(@ForAll @IntRange(min = 60, max = 400) int people,
      @ForAll long seed) {
    Program base = SampleOrganization.generate(people, seed);
    Random random = new Random(seed);
    Program program = withHistoryExclusionsAndPreferences(base, random);
    MatchingProblem problem = MatchingProblems.builder(program)
        .constraint(Constraints.reportingChain(1 + random.nextInt(3), true))
        .constraint(Constraints.mentorMoreJunior(random.nextInt(4)))
        .constraint(Constraints.sharedLanguage())
        .constraint(Constraints.noRepeat())
        .constraint(Constraints.exclusions())
        .constraint(Constraints.maxTimeZoneDifference(random.nextInt(8)))
        .constraint(Constraints.differentDepartment())
        .build();
    Set<String> seen = new TreeSet<>();
    for (int k = 0; k < 60 && problem.mentorCount() > 0 && problem.menteeCount() > 0; k++) {
      Explanation e = problem.explain(random.nextInt(problem.mentorCount()), random.nextInt(problem.menteeCount()));
      List<Reason> reasons = new ArrayList<>();
      e.contributions().forEach(c -> reasons.addAll(c.reasons()));
      e.verdicts().forEach(v -> v.reason().ifPresent(reasons::add));
      for (Reason r : reasons) {
        seen.add(r.code());
        assertThat(ReasonCodes.isBuiltIn(r)).as("%s is a documented code with its arguments", r).isTrue();
        for (Texts t : LANGUAGES) {
          assertThat(t.hasReason(r.code())).isTrue();
          String text = t.reason(r);
          assertThat(text).as("%s in %s", r, t).doesNotContain(r.code() + " (").doesNotContain("{")
              .doesNotContain("word.").isNotBlank();
        }
      }
    }
    assertThat(seen).isNotEmpty();
    // and the evidence of everyone left unmatched, under a minimum score that leaves some out
    MatchResult result = dev.reverso.matching.Matcher.builder().strategy("optimal")
        .minimumScore(0.5 + random.nextDouble() / 3)
        .build().match(program);
    for (var u : result.unmatched()) {
      for (Reason r : u.evidence()) {
        assertThat(ReasonCodes.isBuiltIn(r)).as("%s is a documented code with its arguments", r).isTrue();
        for (Texts t : LANGUAGES) {
          assertThat(t.reason(r)).doesNotContain(r.code() + " (").doesNotContain("{").doesNotContain("word.");
        }
      }
    }
  }

  /** Some history, exclusions and ranked preferences, so that those rules and criteria have something to say. */
  private static Program withHistoryExclusionsAndPreferences(Program p, Random random) {
    if (p.mentors().isEmpty() || p.mentees().isEmpty()) {
      return p;
    }
    List<Participant> mentors = new ArrayList<>(p.mentors());
    List<Participant> mentees = new ArrayList<>(p.mentees());
    Participant m0 = mentors.get(0);
    Participant e0 = mentees.get(0);
    mentors.set(0, m0.toBuilder().exclude(e0.id().value()).build());
    if (mentees.size() > 1) {
      Participant e1 = mentees.get(1);
      List<String> ranked = new ArrayList<>();
      for (int k = 0; k < Math.min(3, mentors.size()); k++) {
        ranked.add(mentors.get(random.nextInt(mentors.size())).id().value());
      }
      mentees.set(1, e1.toBuilder().preferences(ranked.stream().distinct().toList()).build());
    }
    Program.Builder b = Program.builder().mentors(mentors).mentees(mentees).people(p.people()).taxonomy(p.taxonomy())
        .history(p.history()).active(p.active());
    if (mentees.size() > 2) {
      b.history(MentoringPair.of(mentors.get(0).id().value(), mentees.get(2).id().value()));
    }
    return b.build();
  }

  private static Map<String, String> bundle(String language) {
    Map<String, String> out = new LinkedHashMap<>();
    java.util.Properties p = new java.util.Properties();
    try (var in = Texts.class.getResourceAsStream("reasons" + ("en".equals(language) ? "" : "_" + language)
        + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }
}
