package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problems;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.io.AtomicFiles;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.reporting.internal.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@value #FORMAT} file ({@code matches.json}): a {@link MatchResult} with every pair's score and full
 * explanation (and {@code "active": true} / {@code "pinned": true} for kept pairs), the unmatched
 * participants with reason code and detail, the statistics, the strategy, the solver path and, when there
 * are any, the {@code warnings} (kept pairs a hard rule forbids, ranked partners a rule forbids). Documented with an example in {@code docs/matches-format.md}.
 *
 * <p><b>Compact explanations.</b> The criteria (id and weight) and the hard rules are listed once at the top;
 * each pair's explanation gives one score and one list of reasons per criterion, and only the rules that forbid
 * the pair. A reason is an array {@code [code, value, ...]} whose argument names are listed once in
 * {@code reasonArgs}. A pair whose explanation does not fit the header (other criteria or weights, a contribution
 * that is not {@link Explanation#contributionOf weight × score ÷ Σ weights}) is written in full instead, so every
 * result is written exactly. The earlier format {@value #FORMAT_1} (full objects, reasons as sentences) is still
 * read; its reasons come back as {@link Reason#text(String)}. An integer argument reads back as an
 * {@link Integer} when it fits in one (else a {@link Long}); a number with a fraction or an exponent as a
 * {@link Double}.
 *
 * <p><b>Writing</b> is deterministic: fields in a fixed order, pairs and unmatched in the result's order,
 * numbers as the shortest text that reads back to the same {@code double}, two-space indentation,
 * {@code \n} line ends, UTF-8 without BOM. Only HR ids identify people. {@link #withNames(Program)} opts
 * in to display names, written in separate {@code mentorName} / {@code menteeName} fields (omitted for
 * people without a name).
 *
 * <p><b>Reading</b> gives back an equal result ({@code read(write(r)).equals(r)}) and writing it again
 * gives identical bytes. The reader is strict about structure: an unknown field, a missing field, a wrong
 * JSON type, an unknown code or an inconsistent value (a forbidding verdict without a reason, a pair listed
 * twice, a person both paired and unmatched...) is an error; every error is reported at once in an
 * {@link InvalidInputException} whose problems are located {@code file:line:column}, the message starting
 * with the JSON path ({@code pairs[3].explanation.total}). The reader ignores {@code mentorName},
 * {@code menteeName} and {@code statistics} (recomputed from the pairs). Problem messages never quote names.
 * To keep memory bounded on hostile input, a document of more than 5 000 000 JSON values (about 60 000
 * explained pairs), nested deeper than 32 levels or larger than 512 MiB is refused, and at most
 * {@value #MAX_ERRORS} errors are listed, followed by one problem that counts the others ("and N more").
 * The JSON is walked with core's {@link dev.reverso.core.io.JsonCursor}.
 *
 * <p>Immutable and thread-safe; reading and writing are linear in the size of the result.
 *
 * <p>Longer than 600 lines on purpose: the writer and the strict reader of one format stay side by side,
 * field for field, so a change to the format is made (and reviewed) in one place.
 */
public final class MatchesJson {
  /** The value of the {@code format} field this codec writes. */
  public static final String FORMAT = "reverso/matches@2";
  /** The earlier format, still read: explanations in full objects, reasons as English sentences. */
  public static final String FORMAT_1 = "reverso/matches@1";
  /** The usual file name. */
  public static final String FILE_NAME = "matches.json";

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final MatchesJson IDS_ONLY = new MatchesJson(null);

  /**
   * The most errors a read lists: a wrong file (say the matches of another programme) is reported with its
   * first {@value} located errors and one more problem that counts the rest.
   */
  public static final int MAX_ERRORS = 100;

  /** The largest file {@link #read(Path)} accepts, as {@code ImportOptions.DEFAULT_MAX_FILE_BYTES} for programmes. */
  static final int MAX_FILE_BYTES = 512 * 1024 * 1024;

  private static final Set<String> TOP = Set.of("format", "strategy", "solverPath", "statistics", "pairs", "unmatched",
      "warnings");
  private static final Set<String> TOP_2 = Set.of("format", "strategy", "solverPath", "statistics", "criteria",
      "constraints", "reasonArgs", "pairs", "unmatched", "warnings");
  private static final Set<String> CRITERION = Set.of("id", "weight");
  private static final Set<String> EXPLANATION_2 = Set.of("total", "allowed", "scores", "reasons", "contributions",
      "forbidden", "verdicts");
  private static final Set<String> REASON = Set.of("code", "args");
  private static final Set<String> PAIR = Set.of("mentor", "mentorName", "mentee", "menteeName", "active", "pinned", "score",
      "explanation");
  private static final Set<String> EXPLANATION = Set.of("total", "allowed", "contributions", "verdicts");
  private static final Set<String> CONTRIBUTION = Set.of("criterion", "weight", "score", "contribution", "reasons");
  private static final Set<String> VERDICT = Set.of("constraint", "allowed", "reason");
  private static final Set<String> UNMATCHED = Set.of("id", "role", "reason", "detail");
  private static final Set<String> UNMATCHED_2 = Set.of("id", "role", "reason", "detail", "evidence");

  private final Program names;

  private MatchesJson(Program names) {
    this.names = names;
  }

  /** The codec that writes HR ids only (the default). */
  public static MatchesJson idsOnly() {
    return IDS_ONLY;
  }

  /**
   * A copy that also writes display names, looked up in {@code program}, as {@code mentorName} and
   * {@code menteeName}. Opt in only where the reader of the file may see names.
   */
  public MatchesJson withNames(Program program) {
    return new MatchesJson(requireNonNull(program, "program"));
  }

  /** A copy that writes HR ids only. */
  public MatchesJson withoutNames() {
    return IDS_ONLY;
  }

  /** Whether display names are written. */
  public boolean includesNames() {
    return names != null;
  }

  // ---------------------------------------------------------------- writing

  /** The result as a {@value #FORMAT} document, ending with {@code \n}. */
  public String toJson(MatchResult result) {
    StringWriter out = new StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the result to a file in UTF-8, replacing it atomically (the directory must exist); owner-only when
   * it holds display names.
   *
   * @throws dev.reverso.core.io.FileAccessException naming the file if it cannot be written
   */
  public void write(MatchResult result, Path file) {
    requireNonNull(result, "result");
    ReportFiles.write(file, names == null ? AtomicFiles.Access.DEFAULT : AtomicFiles.Access.OWNER_ONLY,
        out -> write(result, out));
  }

  /**
   * Writes the result to {@code out}, ending with {@code \n}; does not close {@code out}. The caller owns the
   * stream, so its failures reach the caller as they are.
   */
  public void write(MatchResult result, Writer out) throws IOException {
    requireNonNull(result, "result");
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
      g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("strategy", result.strategy());
      g.writeStringField("solverPath", result.solverPath());
      MatchStatistics s = result.statistics();
      g.writeObjectFieldStart("statistics");
      g.writeNumberField("pairs", s.pairs());
      number(g, "totalScore", s.totalScore());
      number(g, "meanScore", s.meanScore());
      number(g, "minScore", s.minScore());
      number(g, "maxScore", s.maxScore());
      g.writeNumberField("matchedMentors", s.matchedMentors());
      g.writeNumberField("matchedMentees", s.matchedMentees());
      g.writeNumberField("unmatchedMentors", s.unmatchedMentors());
      g.writeNumberField("unmatchedMentees", s.unmatchedMentees());
      g.writeEndObject();
      Header h = Header.of(result);
      g.writeArrayFieldStart("criteria");
      for (int k = 0; k < h.criteria.size(); k++) {
        g.writeStartObject();
        g.writeStringField("id", h.criteria.get(k));
        number(g, "weight", h.weights[k]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("constraints");
      for (String c : h.constraints) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("reasonArgs");
      for (Map.Entry<String, List<String>> e : h.reasonArgs.entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (String a : e.getValue()) {
          g.writeString(a);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      // one pair (one unmatched participant) per line: the file stays readable and a third of the size
      StringWriter line = new StringWriter(1024);
      g.writeArrayFieldStart("pairs");
      for (Pairing p : result.pairs()) {
        line.getBuffer().setLength(0);
        try (JsonGenerator pg = JSON.createGenerator(line)) {
          pg.setCharacterEscapes(SurrogateEscapes.INSTANCE);
          writePair(pg, p, h);
        }
        g.writeRawValue(line.toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unmatched");
      for (Unmatched u : result.unmatched()) {
        line.getBuffer().setLength(0);
        try (JsonGenerator ug = JSON.createGenerator(line)) {
          ug.setCharacterEscapes(SurrogateEscapes.INSTANCE);
          writeUnmatched(ug, u, h);
        }
        g.writeRawValue(line.toString());
      }
      g.writeEndArray();
      if (!result.warnings().isEmpty()) {
        g.writeArrayFieldStart("warnings");
        for (String w : result.warnings()) {
          g.writeString(w);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeUnmatched(JsonGenerator g, Unmatched u, Header h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.participantId().value());
    g.writeStringField("role", u.role().id());
    g.writeStringField("reason", u.reason().name());
    g.writeStringField("detail", u.detail());
    if (!u.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (Reason r : u.evidence()) {
        writeReason(g, r, h);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writePair(JsonGenerator g, Pairing p, Header h) throws IOException {
    g.writeStartObject();
    g.writeStringField("mentor", p.mentorId().value());
    Optional<String> mentorName = name(p.mentorId());
    if (mentorName.isPresent()) {
      g.writeStringField("mentorName", mentorName.get());
    }
    g.writeStringField("mentee", p.menteeId().value());
    Optional<String> menteeName = name(p.menteeId());
    if (menteeName.isPresent()) {
      g.writeStringField("menteeName", menteeName.get());
    }
    if (p.active()) {
      g.writeBooleanField("active", true);
    }
    if (p.pinned()) {
      g.writeBooleanField("pinned", true);
    }
    number(g, "score", p.score());
    Explanation e = p.explanation();
    g.writeObjectFieldStart("explanation");
    number(g, "total", e.total());
    g.writeBooleanField("allowed", e.allowed());
    if (h.fitsCriteria(e)) {
      g.writeArrayFieldStart("scores");
      for (Explanation.Contribution c : e.contributions()) {
        number(g, c.score());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("reasons");
      for (Explanation.Contribution c : e.contributions()) {
        g.writeStartArray();
        for (Reason r : c.reasons()) {
          writeReason(g, r, h);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } else {
      g.writeArrayFieldStart("contributions");
      for (Explanation.Contribution c : e.contributions()) {
        g.writeStartObject();
        g.writeStringField("criterion", c.criterionId());
        number(g, "weight", c.weight());
        number(g, "score", c.score());
        number(g, "contribution", c.contribution());
        g.writeArrayFieldStart("reasons");
        for (Reason r : c.reasons()) {
          writeReason(g, r, h);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (h.fitsConstraints(e)) {
      if (!e.allowed()) {
        g.writeArrayFieldStart("forbidden");
        for (int k = 0; k < e.verdicts().size(); k++) {
          Explanation.Verdict v = e.verdicts().get(k);
          if (!v.allowed()) {
            g.writeStartArray();
            g.writeNumber(k);
            writeReason(g, v.reason().orElseThrow(), h);
            g.writeEndArray();
          }
        }
        g.writeEndArray();
      }
    } else {
      g.writeArrayFieldStart("verdicts");
      for (Explanation.Verdict v : e.verdicts()) {
        g.writeStartObject();
        g.writeStringField("constraint", v.constraintId());
        g.writeBooleanField("allowed", v.allowed());
        if (!v.allowed()) {
          g.writeFieldName("reason");
          writeReason(g, v.reason().orElseThrow(), h);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A reason as {@code [code, value, ...]} when its argument names are the header's for its code, else in full. */
  private static void writeReason(JsonGenerator g, Reason r, Header h) throws IOException {
    boolean compact = List.copyOf(r.args().keySet()).equals(h.reasonArgs.get(r.code()));
    if (compact) {
      g.writeStartArray();
      g.writeString(r.code());
      for (Object v : r.args().values()) {
        writeValue(g, v);
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      g.writeStringField("code", r.code());
      g.writeObjectFieldStart("args");
      for (Map.Entry<String, Object> a : r.args().entrySet()) {
        g.writeFieldName(a.getKey());
        writeValue(g, a.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String x) {
      g.writeString(x);
    } else if (v instanceof Integer x) {
      g.writeNumber(x);
    } else if (v instanceof Long x) {
      g.writeNumber(x);
    } else if (v instanceof Double x) {
      g.writeNumber(x);
    } else {
      g.writeBoolean((Boolean) v);
    }
  }

  /**
   * What the top of a {@value #FORMAT} file lists once: the criteria and weights and the hard rules of the first
   * pair's explanation, and each reason code's argument names as first met.
   */
  private static final class Header {
    final List<String> criteria = new ArrayList<>();
    double[] weights = new double[0];
    double totalWeight;
    final List<String> constraints = new ArrayList<>();
    final Map<String, List<String>> reasonArgs = new java.util.LinkedHashMap<>();

    static Header of(MatchResult result) {
      Header h = new Header();
      if (!result.pairs().isEmpty()) {
        Explanation first = result.pairs().get(0).explanation();
        h.weights = new double[first.contributions().size()];
        for (int k = 0; k < h.weights.length; k++) {
          Explanation.Contribution c = first.contributions().get(k);
          h.criteria.add(c.criterionId());
          h.weights[k] = c.weight();
          h.totalWeight += c.weight();
        }
        first.verdicts().forEach(v -> h.constraints.add(v.constraintId()));
      }
      for (Pairing p : result.pairs()) {
        for (Explanation.Contribution c : p.explanation().contributions()) {
          c.reasons().forEach(h::learn);
        }
        p.explanation().verdicts().forEach(v -> v.reason().ifPresent(h::learn));
      }
      result.unmatched().forEach(u -> u.evidence().forEach(h::learn));
      return h;
    }

    private void learn(Reason r) {
      reasonArgs.putIfAbsent(r.code(), List.copyOf(r.args().keySet()));
    }

    /** Whether the explanation has the header's criteria and weights, each contribution derived from its score. */
    boolean fitsCriteria(Explanation e) {
      if (e.contributions().size() != criteria.size()) {
        return false;
      }
      for (int k = 0; k < weights.length; k++) {
        Explanation.Contribution c = e.contributions().get(k);
        if (!c.criterionId().equals(criteria.get(k)) || Double.compare(c.weight(), weights[k]) != 0
            || Double.compare(c.contribution(), Explanation.contributionOf(weights[k], c.score(), totalWeight)) != 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether the explanation's verdicts are of the header's rules, in order. */
    boolean fitsConstraints(Explanation e) {
      if (e.verdicts().size() != constraints.size()) {
        return false;
      }
      for (int k = 0; k < constraints.size(); k++) {
        if (!e.verdicts().get(k).constraintId().equals(constraints.get(k))) {
          return false;
        }
      }
      return true;
    }
  }

  private Optional<String> name(ParticipantId id) {
    return names == null ? Optional.empty() : names.participant(id).flatMap(Participant::displayName);
  }

  private static void number(JsonGenerator g, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a score must be finite to be written as JSON, was " + value);
    }
    g.writeNumber(value);
  }

  private static void number(JsonGenerator g, String field, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite to be written as JSON, was " + value);
    }
    g.writeNumberField(field, value);
  }

  /**
   * Writes UTF-16 surrogates as {@code \\uXXXX} escapes: a lone surrogate (possible in a Java string, not
   * in UTF-8) then survives the round trip exactly, and a character outside the BMP is written as its escaped
   * pair, which every JSON reader decodes to the same character.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch)
          ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a {@value #FORMAT} file of at most 512 MiB (as programme files); problems are located
   * {@code <file name>:line:column}.
   *
   * @throws InvalidInputException listing every problem of the content, or naming the file if it is missing,
   *     a directory, unreadable or larger than the limit
   * @throws dev.reverso.core.io.FileAccessException naming the file for any other I/O failure
   */
  public static MatchResult read(Path file) {
    Path name = requireNonNull(file, "file").getFileName();
    return read(ReportFiles.readAllBytes(file, MAX_FILE_BYTES), name == null ? file.toString() : name.toString());
  }

  /**
   * Reads a {@value #FORMAT} document of at most 512 MiB from a stream (UTF-8, a BOM is tolerated); does not
   * close it.
   *
   * @param source the name used in problem locations, such as {@code matches.json}
   * @throws InvalidInputException listing every problem of the content
   * @throws IOException if the stream fails
   */
  public static MatchResult read(InputStream in, String source) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw InvalidInputException.of(source, "expected at most " + MAX_FILE_BYTES + " bytes, found more");
    }
    return read(bytes, source);
  }

  /**
   * Reads a {@value #FORMAT} document from characters; does not close the reader.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   * @throws IOException if the reader fails
   */
  public static MatchResult read(Reader in, String source) throws IOException {
    requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      text.append(buf, 0, n);
      if (text.length() > MAX_FILE_BYTES) {
        throw InvalidInputException.of(source, "expected at most " + MAX_FILE_BYTES + " characters, found more");
      }
    }
    return fromJson(text.toString(), source);
  }

  /**
   * Reads a {@value #FORMAT} document held in a string.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   */
  public static MatchResult fromJson(String json, String source) {
    requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8), requireNonNull(source, "source"));
  }

  // ---------------------------------------------------------------- fragments

  /**
   * One pair as an object of the {@code pairs} array of {@value #FORMAT}, on one line: the same writer as
   * {@link #toJson(MatchResult)} (names only if this codec {@linkplain #withNames(Program) includes them}), but
   * self-describing, as there is no file header to share: contributions, verdicts and reasons in full
   * ({@code {"code": ..., "args": {...}}}).
   */
  public String pairToJson(Pairing pair) {
    requireNonNull(pair, "pair");
    return fragment(g -> writePair(g, pair, new Header()));
  }

  /**
   * Reads one object of the {@code pairs} array of {@value #FORMAT}, as strictly as {@link #fromJson(String,
   * String)}; problem paths start with {@code $}.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   */
  public static Pairing pairFromJson(String json, String source) {
    Problems problems = new Problems();
    JsonTree.Node root = parseFragment(json, source, problems);
    Reading reading = new Reading(source, problems);
    Pairing p = reading.pair(root, "$", Reading.ReadHeader.NONE);
    reading.throwIfErrors();
    return p;
  }

  /** One object of the {@code unmatched} array of {@value #FORMAT}, on one line, its evidence in full. */
  public static String unmatchedToJson(Unmatched unmatched) {
    requireNonNull(unmatched, "unmatched");
    return IDS_ONLY.fragment(g -> writeUnmatched(g, unmatched, new Header()));
  }

  /**
   * Reads one object of the {@code unmatched} array of {@value #FORMAT}; problem paths start with {@code $}.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   */
  public static Unmatched unmatchedFromJson(String json, String source) {
    Problems problems = new Problems();
    JsonTree.Node root = parseFragment(json, source, problems);
    Reading reading = new Reading(source, problems);
    Unmatched u = reading.unmatched(root, "$", Reading.ReadHeader.NONE);
    reading.throwIfErrors();
    return u;
  }

  private interface Fragment {
    void write(JsonGenerator g) throws IOException;
  }

  private String fragment(Fragment fragment) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
      fragment.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Parses a fragment; a syntax error is thrown at once. */
  private static JsonTree.Node parseFragment(String json, String source, Problems problems) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    JsonTree.Node root = JsonTree.parse(json.getBytes(StandardCharsets.UTF_8), source, problems);
    problems.throwIfErrors();
    return root;
  }

  private static MatchResult read(byte[] bytes, String source) {
    Problems problems = new Problems();
    JsonTree.Node root = JsonTree.parse(bytes, source, problems);
    if (root == null) {
      problems.throwIfErrors();
    }
    return new Reading(source, problems).result(root);
  }

  /** One read: the source name and the problems found so far. */
  private static final class Reading {
    /** The most errors listed: bounded, so that a hostile file does not become millions of problems. */
    private static final int MAX_ERRORS = MatchesJson.MAX_ERRORS;
    private final String source;
    private final Problems problems;

    Reading(String source, Problems problems) {
      this.source = source;
      this.problems = problems;
    }

    /** Errors found so far; past {@link #MAX_ERRORS} they are counted, not listed. */
    private int errors;
    /** Where the first error not listed is. */
    private String firstUnlisted;

    void error(JsonTree.Node at, String path, String message) {
      if (++errors <= MAX_ERRORS) {
        problems.error(source + ":" + at.line + ":" + at.column, path + ": " + message);
      } else if (firstUnlisted == null) {
        firstUnlisted = source + ":" + at.line + ":" + at.column;
      }
    }

    /** Throws the problems found, with one that counts the errors not listed. */
    void throwIfErrors() {
      if (errors > MAX_ERRORS) {
        problems.error(firstUnlisted, "and " + (errors - MAX_ERRORS) + " more errors (the first " + MAX_ERRORS
            + " are listed); fix those listed first");
      }
      problems.throwIfErrors();
    }

    MatchResult result(JsonTree.Node root) {
      if (!(root instanceof JsonTree.Obj o)) {
        error(root, "$", "expected a JSON object, found " + root.kind());
        throwIfErrors();
        throw new AssertionError();
      }
      JsonTree.Node format = o.fields.get("format");
      boolean first = format instanceof JsonTree.Str f1 && f1.value.equals(FORMAT_1);
      if (format == null) {
        error(o, "format", "expected \"" + FORMAT + "\", found no format field");
      } else if (!first && !(format instanceof JsonTree.Str s && s.value.equals(FORMAT))) {
        error(format, "format", "expected \"" + FORMAT + "\" (or \"" + FORMAT_1 + "\"), found "
            + (format instanceof JsonTree.Str s ? "'" + JsonTree.shorten(s.value) + "'" : format.kind()));
      }
      fields(o, "", first ? TOP : TOP_2);
      ReadHeader header = first ? null : header(o);
      String strategy = string(o, "strategy", "strategy", true);
      if (strategy != null && strategy.isBlank()) {
        error(o.fields.get("strategy"), "strategy", "expected a strategy name, found a blank string");
        strategy = null;
      }
      String solverPath = string(o, "solverPath", "solverPath", true);
      JsonTree.Node stats = o.fields.get("statistics");
      if (stats != null && !(stats instanceof JsonTree.Obj)) {
        error(stats, "statistics", "expected an object (or no field), found " + stats.kind());
      }
      List<Pairing> pairs = new ArrayList<>();
      List<JsonTree.Node> pairNodes = new ArrayList<>();
      JsonTree.Arr pairArray = array(o, "pairs", "pairs");
      if (pairArray != null) {
        for (int k = 0; k < pairArray.items.size(); k++) {
          Pairing p = pair(pairArray.items.get(k), "pairs[" + k + "]", header);
          if (p != null) {
            pairs.add(p);
            pairNodes.add(pairArray.items.get(k));
          }
        }
      }
      List<Unmatched> unmatched = new ArrayList<>();
      List<JsonTree.Node> unmatchedNodes = new ArrayList<>();
      JsonTree.Arr unmatchedArray = array(o, "unmatched", "unmatched");
      if (unmatchedArray != null) {
        for (int k = 0; k < unmatchedArray.items.size(); k++) {
          Unmatched u = unmatched(unmatchedArray.items.get(k), "unmatched[" + k + "]", header);
          if (u != null) {
            unmatched.add(u);
            unmatchedNodes.add(unmatchedArray.items.get(k));
          }
        }
      }
      ImmutableList<String> warnings = o.fields.containsKey("warnings") ? strings(o, "warnings", "warnings") : null;
      if (warnings == null) {
        warnings = ImmutableList.of();
      }
      consistency(pairs, pairNodes, unmatched, unmatchedNodes);
      throwIfErrors();
      MatchResult.Builder b = MatchResult.builder(strategy).solverPath(solverPath);
      pairs.forEach(b::pair);
      unmatched.forEach(b::unmatched);
      warnings.forEach(b::warning);
      try {
        return b.build();
      } catch (IllegalStateException | IllegalArgumentException e) {
        // consistency(...) checks everything the builder checks; this is a safety net.
        throw InvalidInputException.of(source, "expected a consistent match result, found: " + e.getMessage());
      }
    }

    private void consistency(List<Pairing> pairs, List<JsonTree.Node> pairNodes, List<Unmatched> unmatched,
        List<JsonTree.Node> unmatchedNodes) {
      Map<List<ParticipantId>, Integer> seenPairs = new HashMap<>();
      Set<ParticipantId> mentors = new java.util.HashSet<>();
      Set<ParticipantId> mentees = new java.util.HashSet<>();
      for (int k = 0; k < pairs.size(); k++) {
        Pairing p = pairs.get(k);
        Integer first = seenPairs.putIfAbsent(List.of(p.mentorId(), p.menteeId()), k);
        if (first != null) {
          error(pairNodes.get(k), "pairs", "expected each pair once, found mentor " + p.mentorId() + " and mentee "
              + p.menteeId() + " again");
        }
        mentors.add(p.mentorId());
        mentees.add(p.menteeId());
      }
      Set<List<Object>> seenUnmatched = new java.util.HashSet<>();
      for (int k = 0; k < unmatched.size(); k++) {
        Unmatched u = unmatched.get(k);
        if (!seenUnmatched.add(List.of(u.role(), u.participantId()))) {
          error(unmatchedNodes.get(k), "unmatched", "expected each participant once, found "
              + u.role().id() + " " + u.participantId() + " again");
        }
        if ((u.role() == Role.MENTOR ? mentors : mentees).contains(u.participantId())) {
          error(unmatchedNodes.get(k), "unmatched", "expected a participant without a pair, found "
              + u.role().id() + " " + u.participantId() + ", who is in a pair");
        }
      }
    }

    /** The criteria, rules and reason arguments listed once at the top of a {@value #FORMAT} file. */
    private record ReadHeader(List<String> criteria, double[] weights, double totalWeight, List<String> constraints,
        Map<String, List<String>> reasonArgs) {
      /** The header of a lone fragment: nothing is shared, so everything is written in full. */
      static final ReadHeader NONE = new ReadHeader(List.of(), new double[0], 0, List.of(), Map.of());
    }

    private ReadHeader header(JsonTree.Obj o) {
      List<String> criteria = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      JsonTree.Arr cs = array(o, "criteria", "criteria");
      if (cs != null) {
        for (int k = 0; k < cs.items.size(); k++) {
          String path = "criteria[" + k + "]";
          if (!(cs.items.get(k) instanceof JsonTree.Obj c)) {
            error(cs.items.get(k), path, "expected a criterion object, found " + cs.items.get(k).kind());
            continue;
          }
          fields(c, path, CRITERION);
          String id = string(c, "id", path + ".id", true);
          Double w = number(c, "weight", path, 0, Double.MAX_VALUE, "a number of at least 0");
          if (id != null && w != null) {
            criteria.add(id);
            weights.add(w);
          }
        }
      }
      List<String> constraints = o.fields.containsKey("constraints") ? strings(o, "constraints", "constraints") : null;
      if (constraints == null) {
        array(o, "constraints", "constraints");
        constraints = List.of();
      }
      Map<String, List<String>> reasonArgs = new HashMap<>();
      JsonTree.Node ra = o.fields.get("reasonArgs");
      if (!(ra instanceof JsonTree.Obj args)) {
        error(ra == null ? o : ra, "reasonArgs", "expected an object of reason code to argument names, found "
            + (ra == null ? "no reasonArgs field" : ra.kind()));
      } else {
        for (String code : args.fields.keySet()) {
          ImmutableList<String> names = strings(args, code, "reasonArgs." + JsonTree.shorten(code));
          if (names != null) {
            reasonArgs.put(code, names);
          }
        }
      }
      double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
      double total = 0;
      for (double x : w) {
        total += x;
      }
      return new ReadHeader(criteria, w, total, constraints, reasonArgs);
    }

    private Pairing pair(JsonTree.Node node, String path, ReadHeader header) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected a pair object, found " + node.kind());
        return null;
      }
      fields(o, path, PAIR);
      ParticipantId mentor = id(o, "mentor", path);
      ParticipantId mentee = id(o, "mentee", path);
      Double score = unit(o, "score", path);
      Explanation explanation = null;
      JsonTree.Node e = o.fields.get("explanation");
      String ePath = path + ".explanation";
      if (e == null) {
        error(o, ePath, "expected an explanation object, found no explanation field");
      } else if (!(e instanceof JsonTree.Obj eo)) {
        error(e, ePath, "expected an explanation object, found " + e.kind());
      } else {
        explanation = header == null ? explanation(eo, ePath, mentor, mentee)
            : compactExplanation(eo, ePath, mentor, mentee, header);
      }
      if (mentor == null || mentee == null || score == null || explanation == null) {
        return null;
      }
      boolean active = o.fields.containsKey("active") && Boolean.TRUE.equals(bool(o, "active", path));
      boolean pinned = o.fields.containsKey("pinned") && Boolean.TRUE.equals(bool(o, "pinned", path));
      return new Pairing(mentor, mentee, score, explanation, active, pinned);
    }

    private Explanation explanation(JsonTree.Obj o, String path, ParticipantId mentor, ParticipantId mentee) {
      fields(o, path, EXPLANATION);
      Double total = unit(o, "total", path);
      Boolean allowed = bool(o, "allowed", path);
      boolean ok = total != null && allowed != null;
      ImmutableList.Builder<Explanation.Contribution> contributions = ImmutableList.builder();
      JsonTree.Arr cs = array(o, "contributions", path + ".contributions");
      if (cs == null) {
        ok = false;
      } else {
        for (int k = 0; k < cs.items.size(); k++) {
          Explanation.Contribution c = contribution(cs.items.get(k), path + ".contributions[" + k + "]");
          if (c == null) {
            ok = false;
          } else {
            contributions.add(c);
          }
        }
      }
      ImmutableList.Builder<Explanation.Verdict> verdicts = ImmutableList.builder();
      boolean allAllow = true;
      JsonTree.Arr vs = array(o, "verdicts", path + ".verdicts");
      if (vs == null) {
        ok = false;
      } else {
        for (int k = 0; k < vs.items.size(); k++) {
          Explanation.Verdict v = verdict(vs.items.get(k), path + ".verdicts[" + k + "]");
          if (v == null) {
            ok = false;
          } else {
            verdicts.add(v);
            allAllow &= v.allowed();
          }
        }
      }
      if (ok && allowed != allAllow) {
        error(o.fields.get("allowed"), path + ".allowed", "expected " + allAllow
            + (allAllow ? " as every verdict allows the pair" : " as a verdict forbids the pair") + ", found " + allowed);
        ok = false;
      }
      if (!ok || mentor == null || mentee == null) {
        return null;
      }
      return new Explanation(mentor, mentee, total, allowed, contributions.build(), verdicts.build());
    }

    private Explanation compactExplanation(JsonTree.Obj o, String path, ParticipantId mentor, ParticipantId mentee,
        ReadHeader h) {
      fields(o, path, EXPLANATION_2);
      Double total = unit(o, "total", path);
      Boolean allowed = bool(o, "allowed", path);
      boolean ok = total != null && allowed != null;
      ImmutableList.Builder<Explanation.Contribution> contributions = ImmutableList.builder();
      if (o.fields.containsKey("contributions")) {
        JsonTree.Arr cs = array(o, "contributions", path + ".contributions");
        ok &= cs != null;
        for (int k = 0; cs != null && k < cs.items.size(); k++) {
          Explanation.Contribution c = contribution(cs.items.get(k), path + ".contributions[" + k + "]", h);
          ok &= c != null;
          if (c != null) {
            contributions.add(c);
          }
        }
      } else {
        JsonTree.Arr scores = array(o, "scores", path + ".scores");
        JsonTree.Arr reasons = array(o, "reasons", path + ".reasons");
        ok &= scores != null && reasons != null;
        if (scores != null && scores.items.size() != h.criteria().size()) {
          error(scores, path + ".scores", "expected " + h.criteria().size() + " scores, one per criterion, found "
              + scores.items.size());
          ok = false;
        } else if (reasons != null && reasons.items.size() != h.criteria().size()) {
          error(reasons, path + ".reasons", "expected " + h.criteria().size()
              + " lists of reasons, one per criterion, found " + reasons.items.size());
          ok = false;
        } else if (ok) {
          for (int k = 0; k < h.criteria().size(); k++) {
            JsonTree.Node sn = scores.items.get(k);
            String sp = path + ".scores[" + k + "]";
            Double score = sn instanceof JsonTree.Num n && n.value >= 0 && n.value <= 1 ? n.value : null;
            if (score == null) {
              error(sn, sp, "expected a number from 0 to 1, found " + sn.kind());
            }
            List<Reason> rs = reasonList(reasons.items.get(k), path + ".reasons[" + k + "]", h);
            if (score == null || rs == null) {
              ok = false;
              continue;
            }
            double w = h.weights()[k];
            contributions.add(new Explanation.Contribution(h.criteria().get(k), w, score,
                Explanation.contributionOf(w, score, h.totalWeight()), rs));
          }
        }
      }
      ImmutableList.Builder<Explanation.Verdict> verdicts = ImmutableList.builder();
      boolean allAllow = true;
      if (o.fields.containsKey("verdicts")) {
        JsonTree.Arr vs = array(o, "verdicts", path + ".verdicts");
        ok &= vs != null;
        for (int k = 0; vs != null && k < vs.items.size(); k++) {
          Explanation.Verdict v = verdict(vs.items.get(k), path + ".verdicts[" + k + "]", h);
          ok &= v != null;
          if (v != null) {
            verdicts.add(v);
            allAllow &= v.allowed();
          }
        }
      } else {
        Reason[] forbidden = new Reason[h.constraints().size()];
        if (o.fields.containsKey("forbidden")) {
          JsonTree.Arr fs = array(o, "forbidden", path + ".forbidden");
          ok &= fs != null;
          for (int k = 0; fs != null && k < fs.items.size(); k++) {
            String fp = path + ".forbidden[" + k + "]";
            JsonTree.Node f = fs.items.get(k);
            if (!(f instanceof JsonTree.Arr fa && fa.items.size() == 2 && fa.items.get(0) instanceof JsonTree.Num n
                && n.text.matches("\\d+") && n.value < forbidden.length && forbidden[(int) n.value] == null)) {
              error(f, fp, "expected [index of a rule in constraints, listed once, in 0.." + (forbidden.length - 1)
                  + "; reason], found " + f.kind());
              ok = false;
              continue;
            }
            Reason r = reason(fa.items.get(1), fp + "[1]", h);
            ok &= r != null;
            if (r != null) {
              forbidden[(int) n.value] = r;
            }
          }
        }
        for (int k = 0; k < forbidden.length; k++) {
          verdicts.add(forbidden[k] == null ? Explanation.Verdict.allow(h.constraints().get(k))
              : Explanation.Verdict.forbid(h.constraints().get(k), forbidden[k]));
          allAllow &= forbidden[k] == null;
        }
      }
      if (ok && allowed != allAllow) {
        error(o.fields.get("allowed"), path + ".allowed", "expected " + allAllow
            + (allAllow ? " as every rule allows the pair" : " as a rule forbids the pair") + ", found " + allowed);
        ok = false;
      }
      if (!ok || mentor == null || mentee == null) {
        return null;
      }
      return new Explanation(mentor, mentee, total, allowed, contributions.build(), verdicts.build());
    }

    /** A JSON array of reasons. */
    private List<Reason> reasonList(JsonTree.Node node, String path, ReadHeader h) {
      if (!(node instanceof JsonTree.Arr a)) {
        error(node, path, "expected an array of reasons, found " + node.kind());
        return null;
      }
      List<Reason> out = new ArrayList<>(a.items.size());
      boolean ok = true;
      for (int k = 0; k < a.items.size(); k++) {
        Reason r = reason(a.items.get(k), path + "[" + k + "]", h);
        ok &= r != null;
        if (r != null) {
          out.add(r);
        }
      }
      return ok ? out : null;
    }

    /**
     * One reason: {@code [code, value, ...]} with the argument names of {@code reasonArgs}, or {@code {"code", "args"}};
     * in a {@value #FORMAT_1} file ({@code h} null), a sentence.
     */
    private Reason reason(JsonTree.Node node, String path, ReadHeader h) {
      if (h == null) {
        if (node instanceof JsonTree.Str s && !s.value.isEmpty()) {
          return Reason.text(s.value);
        }
        error(node, path, "expected a reason as a non-empty string, found " + node.kind());
        return null;
      }
      String code;
      Map<String, Object> args = new java.util.LinkedHashMap<>();
      if (node instanceof JsonTree.Arr a && !a.items.isEmpty() && a.items.get(0) instanceof JsonTree.Str c) {
        code = c.value;
        List<String> names = h.reasonArgs().get(code);
        if (names == null || names.size() != a.items.size() - 1) {
          error(node, path, names == null ? "expected a reason code listed in reasonArgs, found '"
              + JsonTree.shorten(code) + "'" : "expected " + names.size() + " arguments for '" + JsonTree.shorten(code)
              + "' (" + String.join(", ", names) + "), found " + (a.items.size() - 1));
          return null;
        }
        for (int k = 0; k < names.size(); k++) {
          Object v = value(a.items.get(k + 1), path + "[" + (k + 1) + "]");
          if (v == null) {
            return null;
          }
          args.put(names.get(k), v);
        }
      } else if (node instanceof JsonTree.Obj o) {
        fields(o, path, REASON);
        code = string(o, "code", path + ".code", true);
        JsonTree.Node an = o.fields.get("args");
        if (!(an instanceof JsonTree.Obj ao)) {
          error(an == null ? o : an, path + ".args", "expected an object of arguments, found "
              + (an == null ? "no args field" : an.kind()));
          return null;
        }
        for (Map.Entry<String, JsonTree.Node> e : ao.fields.entrySet()) {
          Object v = value(e.getValue(), path + ".args." + JsonTree.shorten(e.getKey()));
          if (v == null) {
            return null;
          }
          args.put(e.getKey(), v);
        }
        if (code == null) {
          return null;
        }
      } else {
        error(node, path, "expected a reason: [code, arguments...] or {\"code\", \"args\"}, found " + node.kind());
        return null;
      }
      try {
        return new Reason(code, args);
      } catch (InvalidInputException e) {
        error(node, path, "expected a valid reason: " + e.problems().get(0).message());
        return null;
      }
    }

    /** A reason argument: a string, an integer (Integer when it fits, else Long), another number (Double), a boolean. */
    private Object value(JsonTree.Node node, String path) {
      if (node instanceof JsonTree.Str s) {
        return s.value;
      }
      if (node instanceof JsonTree.Bool b) {
        return b.value;
      }
      if (node instanceof JsonTree.Num n) {
        if (n.text.matches("-?\\d+")) {
          try {
            long l = Long.parseLong(n.text);
            return l == (int) l ? (Object) (int) l : (Object) l;
          } catch (NumberFormatException e) {
            error(node, path, "expected an integer that fits in 64 bits, found " + node.kind());
            return null;
          }
        }
        if (Double.isFinite(n.value)) {
          return n.value;
        }
      }
      error(node, path, "expected a string, a finite number or a boolean, found " + node.kind());
      return null;
    }

    private Explanation.Contribution contribution(JsonTree.Node node, String path) {
      return contribution(node, path, null);
    }

    private Explanation.Contribution contribution(JsonTree.Node node, String path, ReadHeader h) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected a contribution object, found " + node.kind());
        return null;
      }
      fields(o, path, CONTRIBUTION);
      String criterion = string(o, "criterion", path + ".criterion", true);
      Double weight = number(o, "weight", path, 0, Double.MAX_VALUE, "a number of at least 0");
      Double score = unit(o, "score", path);
      Double contribution = unit(o, "contribution", path);
      JsonTree.Arr ra = array(o, "reasons", path + ".reasons");
      List<Reason> reasons = ra == null ? null : reasonList(ra, path + ".reasons", h);
      if (criterion == null || weight == null || score == null || contribution == null || reasons == null) {
        return null;
      }
      return new Explanation.Contribution(criterion, weight, score, contribution, reasons);
    }

    private Explanation.Verdict verdict(JsonTree.Node node, String path) {
      return verdict(node, path, null);
    }

    private Explanation.Verdict verdict(JsonTree.Node node, String path, ReadHeader h) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected a verdict object, found " + node.kind());
        return null;
      }
      fields(o, path, VERDICT);
      String constraint = string(o, "constraint", path + ".constraint", true);
      Boolean allowed = bool(o, "allowed", path);
      JsonTree.Node rn = o.fields.get("reason");
      if (allowed == null || constraint == null) {
        return null;
      }
      if (allowed && rn != null) {
        error(rn, path + ".reason", "expected no reason for an allowing verdict, found one");
        return null;
      }
      if (!allowed && (rn == null || rn instanceof JsonTree.Str s && s.value.isEmpty())) {
        error(rn == null ? o : rn, path + ".reason", "expected a non-empty reason for a forbidding verdict, found "
            + (rn == null ? "no reason field" : "an empty string"));
        return null;
      }
      if (allowed) {
        return Explanation.Verdict.allow(constraint);
      }
      Reason reason = reason(rn, path + ".reason", h);
      return reason == null ? null : Explanation.Verdict.forbid(constraint, reason);
    }

    private Unmatched unmatched(JsonTree.Node node, String path, ReadHeader header) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected an unmatched-participant object, found " + node.kind());
        return null;
      }
      fields(o, path, header == null ? UNMATCHED : UNMATCHED_2);
      List<Reason> evidence = List.of();
      if (o.fields.containsKey("evidence")) {
        evidence = reasonList(o.fields.get("evidence"), path + ".evidence", header);
        if (evidence == null) {
          return null;
        }
      }
      ParticipantId id = id(o, "id", path);
      Role role = null;
      String roleText = string(o, "role", path + ".role", true);
      if (roleText != null) {
        if (roleText.equals(Role.MENTOR.id())) {
          role = Role.MENTOR;
        } else if (roleText.equals(Role.MENTEE.id())) {
          role = Role.MENTEE;
        } else {
          error(o.fields.get("role"), path + ".role", "expected \"mentor\" or \"mentee\", found '"
              + JsonTree.shorten(roleText) + "'");
        }
      }
      UnmatchedReason reason = null;
      String reasonText = string(o, "reason", path + ".reason", true);
      if (reasonText != null) {
        reason = Arrays.stream(UnmatchedReason.values()).filter(r -> r.name().equals(reasonText)).findFirst()
            .orElse(null);
        if (reason == null) {
          error(o.fields.get("reason"), path + ".reason", "expected one of " + Arrays.toString(UnmatchedReason.values())
              + ", found '" + JsonTree.shorten(reasonText) + "'");
        }
      }
      String detail = string(o, "detail", path + ".detail", true);
      if (id == null || role == null || reason == null || detail == null) {
        return null;
      }
      return new Unmatched(id, role, reason, detail, evidence);
    }

    // ---------------------------------------------------------------- field helpers

    private void fields(JsonTree.Obj o, String path, Set<String> allowed) {
      for (Map.Entry<String, JsonTree.Node> f : o.fields.entrySet()) {
        if (!allowed.contains(f.getKey())) {
          error(f.getValue(), path.isEmpty() ? JsonTree.shorten(f.getKey()) : path + "." + JsonTree.shorten(f.getKey()),
              "expected no such field (allowed: " + allowed.stream().sorted().toList() + ")");
        }
      }
    }

    private String string(JsonTree.Obj o, String field, String path, boolean required) {
      JsonTree.Node v = o.fields.get(field);
      if (v instanceof JsonTree.Str s) {
        return s.value;
      }
      if (v == null && !required) {
        return null;
      }
      error(v == null ? o : v, path, "expected a string, found " + (v == null ? "no " + field + " field" : v.kind()));
      return null;
    }

    private ImmutableList<String> strings(JsonTree.Obj o, String field, String path) {
      JsonTree.Arr a = array(o, field, path);
      if (a == null) {
        return null;
      }
      ImmutableList.Builder<String> b = ImmutableList.builder();
      boolean ok = true;
      for (int k = 0; k < a.items.size(); k++) {
        JsonTree.Node n = a.items.get(k);
        if (n instanceof JsonTree.Str s) {
          b.add(s.value);
        } else {
          error(n, path + "[" + k + "]", "expected a string, found " + n.kind());
          ok = false;
        }
      }
      return ok ? b.build() : null;
    }

    private JsonTree.Arr array(JsonTree.Obj o, String field, String path) {
      JsonTree.Node v = o.fields.get(field);
      if (v instanceof JsonTree.Arr a) {
        return a;
      }
      error(v == null ? o : v, path, "expected an array, found " + (v == null ? "no " + field + " field" : v.kind()));
      return null;
    }

    private Boolean bool(JsonTree.Obj o, String field, String path) {
      JsonTree.Node v = o.fields.get(field);
      if (v instanceof JsonTree.Bool b) {
        return b.value;
      }
      error(v == null ? o : v, path + "." + field, "expected true or false, found "
          + (v == null ? "no " + field + " field" : v.kind()));
      return null;
    }

    private ParticipantId id(JsonTree.Obj o, String field, String path) {
      String s = string(o, field, path + "." + field, true);
      if (s == null) {
        return null;
      }
      String problem = ParticipantId.check(s);
      if (problem != null) {
        error(o.fields.get(field), path + "." + field, "expected an HR id: " + problem);
        return null;
      }
      return ParticipantId.of(s);
    }

    private Double unit(JsonTree.Obj o, String field, String path) {
      return number(o, field, path, 0, 1, "a number from 0 to 1");
    }

    private Double number(JsonTree.Obj o, String field, String path, double min, double max, String expected) {
      JsonTree.Node v = o.fields.get(field);
      if (v instanceof JsonTree.Num n && n.value >= min && n.value <= max) {
        return n.value;
      }
      error(v == null ? o : v, path + "." + field, "expected " + expected + ", found "
          + (v == null ? "no " + field + " field" : v.kind()));
      return null;
    }
  }
}
