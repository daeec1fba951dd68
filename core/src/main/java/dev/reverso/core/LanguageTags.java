package dev.reverso.core;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Checks and canonicalises the language tags of {@link Participant#languages()}.
 *
 * <p>A tag is accepted when it is a well-formed BCP 47 tag whose language subtag is a known ISO 639 code: a
 * two-letter code, or a three-letter code that has no two-letter one (BCP 47 takes the shortest, so
 * {@code eng} is refused with the suggestion {@code en}). A few common language names, in English and in
 * the language itself or Italian ({@code English}, {@code Italiano}, {@code Deutsch}...), are taken as their
 * code, since HR exports often hold names; everything else is refused with the nearest tag as a suggestion
 * when one is close. {@code English} accepted as the tag {@code english} would silently forbid every pair
 * with {@code en} speakers under the shared-language rule.
 */
final class LanguageTags {
  /** Common names (lower case, without accents) → language code. Deliberately small: the usual HR spellings. */
  private static final ImmutableMap<String, String> NAMES = names();
  /** Every two-letter ISO 639 code by its three-letter form ({@code ita} → {@code it}). */
  private static final ImmutableMap<String, String> BY_ISO3 = byIso3();
  /** Candidates for suggestions: names, English display names of the two-letter codes, their ISO 639-2 forms. */
  private static final ImmutableMap<String, String> SUGGESTIONS = suggestions();
  private static final String EXPECTED = "expected a BCP 47 language tag such as 'en' or 'pt-BR'";

  private LanguageTags() {}

  /**
   * The outcome of a check: the canonical tag, or why the input is not one.
   *
   * @param canonical the canonical tag ({@code en}, {@code pt-BR}), or {@code null} if refused
   * @param problem why the input was refused, or {@code null} if accepted
   */
  record Check(String canonical, String problem) {}

  /** How many distinct inputs {@link #check} remembers; a programme has a handful, a hostile file many. */
  private static final int REMEMBERED = 4096;
  /** Checked inputs: a 240 000-person file repeats the same few tags; a check is immutable. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Check> CHECKED =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The two-letter ISO 639 codes the JDK knows. */
  private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

  /** Checks one tag or common name (remembering the answer for inputs seen before). */
  static Check check(String input) {
    Check known = CHECKED.get(input);
    if (known != null) {
      return known;
    }
    Check c = checkOnce(input);
    if (CHECKED.size() < REMEMBERED) {
      CHECKED.putIfAbsent(input, c);
    }
    return c;
  }

  private static Check checkOnce(String input) {
    String t = input.strip();
    if (t.isEmpty()) {
      return refuse(EXPECTED + ", found an empty tag", null);
    }
    String named = NAMES.get(fold(t));
    if (named != null) {
      return new Check(named, null);
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(t).build();
    } catch (IllformedLocaleException e) {
      String suggestion = null;
      if (t.indexOf('_') >= 0) {
        Check dashed = checkOnce(t.replace('_', '-'));
        suggestion = dashed.canonical();
      }
      return refuse(EXPECTED + ", found '" + shorten(t) + "'", suggestion != null ? suggestion : nearest(t));
    }
    String language = locale.getLanguage();
    if (language.isEmpty()) {
      return refuse(EXPECTED + ", found '" + shorten(t) + "', which names no language", null);
    }
    String shorter = BY_ISO3.get(language);
    if (shorter != null) {
      String fixed = new Locale.Builder().setLocale(locale).setLanguage(shorter).build().toLanguageTag();
      return refuse(EXPECTED + ", found '" + shorten(t) + "' (BCP 47 uses the two-letter code)", fixed);
    }
    if (!isKnown(language)) {
      return refuse(EXPECTED + ", found '" + shorten(t) + "': '" + shorten(language)
          + "' is not an ISO 639 language code", nearest(t));
    }
    return new Check(locale.toLanguageTag(), null);
  }

  private static boolean isKnown(String language) {
    if (language.length() == 2) {
      return ISO_LANGUAGES.contains(language);
    }
    if (language.length() == 3) {
      // a three-letter code the JDK can name (fil, yue, haw...); an unknown one shows as its own code
      String name = new Locale(language).getDisplayLanguage(Locale.ENGLISH);
      return !name.isEmpty() && !name.equalsIgnoreCase(language);
    }
    return false; // 4 to 8 letters: reserved or registered for the future; none is in use
  }

  private static Check refuse(String message, String suggestion) {
    return new Check(null, suggestion == null ? message : message + "; did you mean '" + suggestion + "'?");
  }

  /** The code of the closest candidate name (edit distance at most 2, and less than a third of its length). */
  private static String nearest(String input) {
    String f = fold(input);
    if (f.length() < 4) {
      return null; // a short unknown code is as close to dozens of codes as to any: no useful suggestion
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : SUGGESTIONS.entrySet()) {
      int d = distance(f, e.getKey(), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = e.getValue();
      }
    }
    return bestDistance <= 2 && bestDistance * 3 < f.length() ? best : null;
  }

  /** Levenshtein distance, or any value ≥ {@code limit} once it cannot be below it. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /** Lower case (root locale) without accents, so that {@code Français} and {@code francais} are one name. */
  private static String fold(String s) {
    String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static ImmutableMap<String, String> names() {
    Map<String, String> m = new HashMap<>();
    put(m, "en", "english", "inglese", "anglais", "ingles", "englisch");
    put(m, "it", "italian", "italiano", "italien", "italienisch");
    put(m, "fr", "french", "francais", "francese", "franzosisch", "frances");
    put(m, "de", "german", "deutsch", "tedesco", "allemand", "aleman");
    put(m, "es", "spanish", "espanol", "spagnolo", "castellano", "espagnol", "spanisch");
    put(m, "pt", "portuguese", "portugues", "portoghese");
    put(m, "nl", "dutch", "nederlands", "olandese");
    put(m, "zh", "chinese", "mandarin", "cinese", "中文");
    put(m, "ja", "japanese", "giapponese", "日本語");
    put(m, "ko", "korean", "coreano", "한국어");
    put(m, "ar", "arabic", "arabo", "العربية");
    put(m, "hi", "hindi");
    put(m, "ru", "russian", "russo", "русский");
    put(m, "pl", "polish", "polacco", "polski");
    put(m, "tr", "turkish", "turco", "turkce");
    put(m, "sv", "swedish", "svedese", "svenska");
    put(m, "el", "greek", "greco", "ελληνικα");
    put(m, "ro", "romanian", "rumeno", "romana");
    return ImmutableMap.copyOf(m);
  }

  private static void put(Map<String, String> m, String code, String... names) {
    for (String n : names) {
      m.put(fold(n), code);
    }
  }

  private static ImmutableMap<String, String> byIso3() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        String three = new Locale(two).getISO3Language();
        if (three.length() == 3) {
          m.putIfAbsent(three, two);
        }
      } catch (MissingResourceException e) {
        // no three-letter form known: nothing to map
      }
    }
    return ImmutableMap.copyOf(m);
  }

  private static ImmutableMap<String, String> suggestions() {
    Map<String, String> m = new HashMap<>(NAMES);
    for (String two : Locale.getISOLanguages()) {
      String name = fold(new Locale(two).getDisplayLanguage(Locale.ENGLISH));
      if (!name.isEmpty() && !name.equals(two)) {
        m.putIfAbsent(name, two);
      }
    }
    return ImmutableMap.copyOf(m);
  }
}
