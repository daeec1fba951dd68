package dev.reverso.cli;

import dev.reverso.core.InvalidInputException;
import dev.reverso.reporting.i18n.Texts;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --locale} option of every command that writes text for people (reports, explanations, summaries),
 * mixed in with picocli's {@code @Mixin}: {@code en} (the default) or {@code it}, optionally with a region
 * ({@code it-IT}). Any other language is a usage error (exit 2) naming the supported ones, found while the
 * command line is parsed, before any work.
 */
final class LocaleOption {
  @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en", converter = Converter.class,
      description = "The language of the reports and of the summary: en (English, the default) or it (Italian); "
          + "numbers and dates follow it.")
  private Locale locale;

  /** The locale given. */
  Locale locale() {
    return locale;
  }

  /** The texts of the locale given. */
  Texts texts() {
    return Texts.of(locale);
  }

  /** A supported language tag to its locale. */
  static final class Converter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        return Texts.supportedLocale(value);
      } catch (InvalidInputException e) {
        throw new TypeConversionException("expected en or it (optionally with a region, such as it-IT), found '"
            + value + "'");
      }
    }
  }
}
