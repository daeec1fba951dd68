package dev.reverso.reporting.i18n;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.reporting.render.LocalizedNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every text a person reads in a report or on the command line, in one supported language.
 *
 * <p>Texts come from the UTF-8 bundles {@code dev/reverso/reporting/i18n/messages*.properties}
 * (reports and command line), {@code match*.properties} (the match report and the {@code explain} output; read by
 * {@link #get} like messages) and {@code reasons*.properties} (the evidence of explanations, one key per
 * {@link Reason#code()}, prefixed {@code reason.}, and the words templates use, prefixed {@code word.}). English is the base bundle, Italian is
 * {@code _it}; a test checks that both have the same keys. The JVM's default locale is never consulted:
 * what a report says depends only on the locale it was given. The bundles are read as resources of this
 * module, so they work on the class path and on the module path alike.
 *
 * <p>Templates name their arguments: {@code "{mentor} can teach {skill}"}. A placeholder may give a format
 * after a comma: {@code {n,int}} (grouped integer), {@code {x,dec0}} to {@code {x,dec3}} (decimals),
 * {@code {share,pct}} (percentage, no decimals), {@code {share,pct1}}, {@code {day,date}} (a
 * {@link LocalDate} in the locale's medium style), {@code {x,word.level}} (the word {@code word.level.<x>} of the
 * reasons bundle, such as "novice (1)"; the value itself when there is no such word). Without a format, numbers are shown with the locale's
 * separators (integers grouped, other numbers with two decimals) and anything else with {@code toString}.
 * {@code '{'} and {@code '}'} are written {@code {{} and {@code {}}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {
  /** The languages with complete bundles. */
  public static final ImmutableList<Locale> SUPPORTED = ImmutableList.of(Locale.ENGLISH, Locale.ITALIAN);

  private static final ImmutableMap<String, String> MESSAGES_EN = merge(load("messages.properties"),
      load("match.properties"));
  private static final ImmutableMap<String, String> MESSAGES_IT = merge(MESSAGES_EN,
      merge(load("messages_it.properties"), load("match_it.properties")));
  private static final ImmutableMap<String, String> REASONS_EN = load("reasons.properties");
  private static final ImmutableMap<String, String> REASONS_IT = merge(REASONS_EN, load("reasons_it.properties"));

  private final Locale locale;
  private final ImmutableMap<String, String> messages;
  private final ImmutableMap<String, String> reasons;
  private final LocalizedNumbers numbers;
  private final DateTimeFormatter dates;

  private Texts(Locale locale) {
    this.locale = locale;
    boolean italian = "it".equals(locale.getLanguage());
    this.messages = italian ? MESSAGES_IT : MESSAGES_EN;
    this.reasons = italian ? REASONS_IT : REASONS_EN;
    this.numbers = LocalizedNumbers.of(locale);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  /**
   * The texts for this locale's language: Italian for any {@code it} locale, English otherwise (including
   * {@link Locale#ROOT}). Numbers and dates follow the given locale itself (so {@code en-GB} and {@code en-US}
   * share words but not date order).
   */
  public static Texts of(Locale locale) {
    requireNonNull(locale, "locale");
    return new Texts(locale);
  }

  /**
   * The supported locale for a tag given by a person, such as {@code it}, {@code it-IT} or {@code en}.
   *
   * @throws InvalidInputException naming the supported languages when the tag's language has no bundle
   */
  public static Locale supportedLocale(String tag) {
    requireNonNull(tag, "tag");
    Locale l = Locale.forLanguageTag(tag.trim().replace('_', '-'));
    for (Locale s : SUPPORTED) {
      if (s.getLanguage().equals(l.getLanguage())) {
        return l;
      }
    }
    throw InvalidInputException.of("locale", "expected one of en, it (optionally with a region, such as it-IT), found '"
        + tag + "'");
  }

  /** The locale numbers and dates follow. */
  public Locale locale() {
    return locale;
  }

  /** Numbers in this locale. */
  public LocalizedNumbers numbers() {
    return numbers;
  }

  /** A date in the locale's medium style ({@code 5 Dec 2026}, {@code 5 dic 2026}). */
  public String date(LocalDate date) {
    return dates.format(requireNonNull(date, "date"));
  }

  /**
   * The message with this key, its placeholders filled from name, value pairs.
   *
   * @throws MissingResourceException if no bundle has the key (a bug: the bundle test checks every key)
   */
  public String get(String key, Object... namesAndValues) {
    String template = messages.get(key);
    if (template == null) {
      throw new MissingResourceException("no message '" + key + "'", Texts.class.getName(), key);
    }
    return fill(template, namesAndValues);
  }

  /** Whether the messages bundle has this key (for optional texts, such as one per enum constant). */
  public boolean has(String key) {
    return messages.containsKey(key);
  }

  /**
   * The reason as a sentence of this language. A code without a template (a user criterion's own code) is
   * shown as the code followed by its arguments; {@link Reason#text(String)} is shown as it is.
   */
  public String reason(Reason reason) {
    requireNonNull(reason, "reason");
    if (Reason.TEXT_CODE.equals(reason.code())) {
      return String.valueOf(reason.arg("text"));
    }
    String key = "reason." + reason.code();
    if (!reasons.containsKey(key)) {
      StringBuilder sb = new StringBuilder(reason.code());
      String sep = " (";
      for (Map.Entry<String, Object> e : reason.args().entrySet()) {
        sb.append(sep).append(e.getKey()).append(' ').append(value(e.getValue(), null));
        sep = ", ";
      }
      return reason.args().isEmpty() ? sb.toString() : sb.append(')').toString();
    }
    return fill(reasons.get(key), reason.args());
  }

  /**
   * Why a participant is unmatched (or in no circle), in sentences of this language: the structured evidence
   * when there is some, else the text detail (from an older file or a strategy of one's own).
   */
  public String unmatched(Unmatched u) {
    requireNonNull(u, "u");
    if (u.evidence().isEmpty()) {
      return u.detail();
    }
    StringBuilder sb = new StringBuilder();
    for (Reason r : u.evidence()) {
      sb.append(sb.length() == 0 ? "" : " ").append(reason(r));
    }
    return sb.toString();
  }

  /** Whether the reasons bundle has a template for this code (a built-in code, or one a user added). */
  public boolean hasReason(String code) {
    return reasons.containsKey("reason." + requireNonNull(code, "code"));
  }

  /** The keys of a bundle of one language ({@code messages}, {@code match} or {@code reasons}), for the bundle tests. */
  static ImmutableSet<String> keys(String bundle, String language) {
    return load(bundle + ("en".equals(language) ? "" : "_" + language) + ".properties").keySet();
  }

  private static ImmutableMap<String, String> load(String file) {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the bundle " + file + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle " + file, e);
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
    return ImmutableMap.copyOf(sorted);
  }

  private static ImmutableMap<String, String> merge(ImmutableMap<String, String> base, ImmutableMap<String, String> over) {
    TreeMap<String, String> m = new TreeMap<>(base);
    m.putAll(over);
    return ImmutableMap.copyOf(m);
  }

  private String fill(String template, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fill(template, args);
  }

  private String fill(String template, Map<String, Object> args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && template.startsWith("{{}", i)) {
        out.append('{');
        i += 3;
      } else if (c == '{' && template.startsWith("{}}", i)) {
        out.append('}');
        i += 3;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed placeholder in template: " + template);
        }
        String spec = template.substring(i + 1, end);
        int comma = spec.indexOf(',');
        String name = comma < 0 ? spec : spec.substring(0, comma);
        String format = comma < 0 ? null : spec.substring(comma + 1);
        if (!args.containsKey(name)) {
          throw new IllegalArgumentException("no argument '" + name + "' for template: " + template);
        }
        out.append(value(args.get(name), format));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String value(Object v, String format) {
    if (format == null) {
      if (v instanceof Integer || v instanceof Long) {
        return numbers.integer(((Number) v).longValue());
      }
      if (v instanceof Double || v instanceof Float) {
        return numbers.decimal(((Number) v).doubleValue(), 2);
      }
      if (v instanceof LocalDate d) {
        return date(d);
      }
      return String.valueOf(v);
    }
    double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
    return switch (format) {
      case "int" -> numbers.integer(Math.round(d));
      case "dec0" -> numbers.decimal(d, 0);
      case "dec1" -> numbers.decimal(d, 1);
      case "dec2" -> numbers.decimal(d, 2);
      case "dec3" -> numbers.decimal(d, 3);
      case "pct" -> numbers.percent(d, 0);
      case "pct1" -> numbers.percent(d, 1);
      case "date" -> date((LocalDate) v);
      default -> {
        if (format.startsWith("word.")) {
          String word = reasons.get(format + "." + v);
          yield word != null ? word : String.valueOf(v);
        }
        throw new IllegalArgumentException("unknown placeholder format '" + format + "'");
      }
    };
  }

  /** The locale tag only. */
  @Override
  public String toString() {
    return "Texts[" + locale.toLanguageTag() + "]";
  }
}
