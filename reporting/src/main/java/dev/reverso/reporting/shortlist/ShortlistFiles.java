package dev.reverso.reporting.shortlist;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.shortlist.Shortlist;
import dev.reverso.matching.shortlist.Shortlists;
import dev.reverso.matching.shortlist.Suggestion;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.AbstractReportRenderer;
import dev.reverso.reporting.render.CsvWriter;
import dev.reverso.reporting.render.LocalizedNumbers;
import dev.reverso.reporting.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The two files of {@code reverso shortlist}, documented in {@code docs/formats.md}:
 * <ul>
 *   <li>{@value #JSON_FILE} ({@code "format": "reverso/shortlists@1"}): the size k, the exposure factor,
 *       how many lists are short of k, and one list per person ({@code id}, {@code role},
 *       {@code suggestions}: {@code rank}, {@code id}, {@code score}, {@code explanation} — the top reasons
 *       as {@code "criterion +0.318: reason"});
 *   <li>{@value #CSV_FILE}: a header row, then one row per person and suggestion: {@code person_id},
 *       {@code person_role}, {@code rank}, {@code suggestion_id}, {@code score}, {@code explanation}.
 * </ul>
 * Operational outputs for the programme manager: HR ids only, never names. Deterministic: lists in
 * {@link Shortlists#all()} order, numbers with 4 decimals and {@code .}, {@code \n} line ends, UTF-8.
 * Stateless and thread-safe.
 */
public final class ShortlistFiles {
  /** The value of the JSON {@code format} field. */
  public static final String FORMAT = "reverso/shortlists@1";
  /** The JSON file name. */
  public static final String JSON_FILE = "shortlists.json";
  /** The CSV file name. */
  public static final String CSV_FILE = "shortlists.csv";
  /** Reasons kept per suggestion. */
  public static final int TOP_REASONS = 3;
  private static final int DIGITS = 4;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ShortlistFiles() {}

  /** The renderer of {@value #JSON_FILE}. */
  public static ReportRenderer<Shortlists> json() {
    return new JsonRenderer(Locale.ROOT);
  }

  /** The renderer of {@value #CSV_FILE}. */
  public static ReportRenderer<Shortlists> csv() {
    return new CsvRenderer(Locale.ROOT);
  }

  /**
   * Writes both files into {@code directory} (which must exist), each through a temporary file moved into
   * place; returns the paths, JSON first.
   *
   * @throws InvalidInputException naming the directory if it is not an existing directory
   */
  public static ImmutableList<Path> writeFiles(Shortlists lists, Path directory) {
    requireNonNull(lists, "lists");
    requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw InvalidInputException.of(directory.toString(), "expected an existing directory, found none");
    }
    Path json = directory.resolve(JSON_FILE);
    Path csv = directory.resolve(CSV_FILE);
    json().write(lists, json);
    csv().write(lists, csv);
    return ImmutableList.of(json, csv);
  }

  private static final dev.reverso.reporting.i18n.Texts ENGLISH = dev.reverso.reporting.i18n.Texts.of(Locale.ENGLISH);

  /**
   * The top reasons of an explanation, as {@code "criterion +0.318: reason"} (the reason as an English sentence),
   * biggest contribution first.
   */
  public static ImmutableList<String> reasons(Explanation e) {
    List<Explanation.Contribution> order = new ArrayList<>(e.contributions());
    order.sort(Comparator.comparingDouble(Explanation.Contribution::contribution).reversed());
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int n = 0;
    for (Explanation.Contribution c : order) {
      if (c.contribution() <= 0 || c.reasons().isEmpty() || n == TOP_REASONS) {
        continue;
      }
      out.add(c.criterionId() + " +" + LocalizedNumbers.plain(c.contribution(), 3) + ": "
          + ENGLISH.reason(c.reasons().get(0)));
      n++;
    }
    return out.build();
  }

  private static final class JsonRenderer extends AbstractReportRenderer<Shortlists> {
    JsonRenderer(Locale locale) {
      super(ReportFormat.JSON, locale, JsonRenderer::new);
    }

    @Override
    public void render(Shortlists lists, Writer out) throws IOException {
      requireNonNull(lists, "lists");
      requireNonNull(out, "out");
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""));
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      pretty.indentObjectsWith(indenter);
      pretty.indentArraysWith(indenter);
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(pretty);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("size", lists.size());
        g.writeNumberField("exposure", lists.exposure());
        g.writeNumberField("shortOfK", lists.shortOfK().size());
        g.writeArrayFieldStart("lists");
        for (Shortlist l : lists.all()) {
          g.writeStartObject();
          g.writeStringField("id", l.personId().value());
          g.writeStringField("role", l.role().id());
          g.writeArrayFieldStart("suggestions");
          for (Suggestion s : l.suggestions()) {
            g.writeStartObject();
            g.writeNumberField("rank", s.rank());
            g.writeStringField("id", s.partnerId().value());
            g.writeFieldName("score");
            g.writeNumber(LocalizedNumbers.plain(s.score(), DIGITS));
            g.writeArrayFieldStart("explanation");
            for (String r : reasons(s.explanation())) {
              g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.write('\n');
      out.flush();
    }
  }

  private static final class CsvRenderer extends AbstractReportRenderer<Shortlists> {
    CsvRenderer(Locale locale) {
      super(ReportFormat.CSV, locale, CsvRenderer::new);
    }

    @Override
    public void render(Shortlists lists, Writer out) throws IOException {
      requireNonNull(lists, "lists");
      requireNonNull(out, "out");
      CsvWriter csv = new CsvWriter(out);
      csv.row("person_id", "person_role", "rank", "suggestion_id", "score", "explanation");
      for (Shortlist l : lists.all()) {
        for (Suggestion s : l.suggestions()) {
          csv.row(l.personId().value(), l.role().id(), Integer.toString(s.rank()), s.partnerId().value(),
              LocalizedNumbers.plain(s.score(), DIGITS), String.join("; ", reasons(s.explanation())));
        }
      }
      csv.flush();
    }
  }
}
