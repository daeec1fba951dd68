package dev.reverso.cli.demo;

import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Gives every person of the demo's sample organisation two synthetic, seeded attributes, as an HR export might carry
 * them, so that the demo report can show the representation funnel by them: {@value #GENDER} ({@code woman},
 * {@code man}, {@code non-binary}) and {@value #GENERATION} ({@code gen-z}, {@code millennial}, {@code gen-x},
 * {@code boomer}, from an age that grows with the job grade). They are made-up data about made-up people;
 * no matching criterion reads them. An Italian demo writes the genders as an Italian HR export would ({@code donna},
 * {@code uomo}, {@code non binario}); the generations' names are the same in both languages. Deterministic for a
 * seed and a language.
 */
public final class DemoAttributes {
  /** The gender attribute's key. */
  public static final String GENDER = "gender";
  /** The generation attribute's key. */
  public static final String GENERATION = "generation";

  private DemoAttributes() {}

  /** The programme with both attributes on everyone (mentors, mentees and org-chart-only people), in English. */
  public static Program apply(Program program, long seed) {
    return apply(program, seed, Locale.ENGLISH);
  }

  /** The programme with both attributes on everyone, the values in the locale's language (English or Italian). */
  public static Program apply(Program program, long seed, Locale locale) {
    boolean italian = "it".equals(locale.getLanguage());
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x7e0_1ce5L);
    UnaryOperator<Participant> tag = p -> p.toBuilder().attribute(GENDER, gender(rnd.nextDouble(), italian))
        .attribute(GENERATION, generation(p.seniority(), rnd.nextInt(-4, 17))).build();
    Program.Builder b = Program.builder().taxonomy(program.taxonomy()).history(program.history())
        .active(program.active());
    program.mentors().forEach(p -> b.mentor(tag.apply(p)));
    program.mentees().forEach(p -> b.mentee(tag.apply(p)));
    program.people().forEach(p -> b.person(tag.apply(p)));
    return b.build();
  }

  private static String gender(double u, boolean italian) {
    if (italian) {
      return u < 0.47 ? "donna" : u < 0.95 ? "uomo" : "non binario";
    }
    return u < 0.47 ? "woman" : u < 0.95 ? "man" : "non-binary";
  }

  /**
   * An age of 21 plus 3.5 years per grade, moved by {@code noise} years (-4 to 16: some people start late or change
   * careers), as a generation in 2026.
   */
  private static String generation(int grade, int noise) {
    int born = 2026 - (21 + (int) Math.round(3.5 * grade) + noise);
    return born >= 1997 ? "gen-z" : born >= 1981 ? "millennial" : born >= 1965 ? "gen-x" : "boomer";
  }
}
