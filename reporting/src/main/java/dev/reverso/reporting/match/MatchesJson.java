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
  /** The value of the {@code format} field. */
  public static final String FORMAT = "reverso/matches@1";
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
  private static final Set<String> PAIR = Set.of("mentor", "mentorName", "mentee", "menteeName", "active", "pinned", "score",
      "explanation");
  private static final Set<String> EXPLANATION = Set.of("total", "allowed", "contributions", "verdicts");
  private static final Set<String> CONTRIBUTION = Set.of("criterion", "weight", "score", "contribution", "reasons");
  private static final Set<String> VERDICT = Set.of("constraint", "allowed", "reason");
  private static final Set<String> UNMATCHED = Set.of("id", "role", "reason", "detail");

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
      g.writeArrayFieldStart("pairs");
      for (Pairing p : result.pairs()) {
        writePair(g, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unmatched");
      for (Unmatched u : result.unmatched()) {
        writeUnmatched(g, u);
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

  private static void writeUnmatched(JsonGenerator g, Unmatched u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.participantId().value());
    g.writeStringField("role", u.role().id());
    g.writeStringField("reason", u.reason().name());
    g.writeStringField("detail", u.detail());
    g.writeEndObject();
  }

  private void writePair(JsonGenerator g, Pairing p) throws IOException {
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
    g.writeArrayFieldStart("contributions");
    for (Explanation.Contribution c : e.contributions()) {
      g.writeStartObject();
      g.writeStringField("criterion", c.criterionId());
      number(g, "weight", c.weight());
      number(g, "score", c.score());
      number(g, "contribution", c.contribution());
      g.writeArrayFieldStart("reasons");
      for (String r : c.reasons()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("verdicts");
    for (Explanation.Verdict v : e.verdicts()) {
      g.writeStartObject();
      g.writeStringField("constraint", v.constraintId());
      g.writeBooleanField("allowed", v.allowed());
      if (!v.allowed()) {
        g.writeStringField("reason", v.reason());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private Optional<String> name(ParticipantId id) {
    return names == null ? Optional.empty() : names.participant(id).flatMap(Participant::displayName);
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
   * {@link #toJson(MatchResult)} (names only if this codec {@linkplain #withNames(Program) includes them}).
   */
  public String pairToJson(Pairing pair) {
    requireNonNull(pair, "pair");
    return fragment(g -> writePair(g, pair));
  }

  /**
   * Reads one object of the {@code pairs} array of {@value #FORMAT}, as strictly as {@link #fromJson(String,
   * String)}; problem paths start with {@code $}.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   */
  public static Pairing pairFromJson(String json, String source) {
    Reading reading = reading(json, source);
    Pairing p = reading.pair(reading.root, "$");
    reading.throwIfErrors();
    return p;
  }

  /** One object of the {@code unmatched} array of {@value #FORMAT}, on one line. */
  public static String unmatchedToJson(Unmatched unmatched) {
    requireNonNull(unmatched, "unmatched");
    return IDS_ONLY.fragment(g -> writeUnmatched(g, unmatched));
  }

  /**
   * Reads one object of the {@code unmatched} array of {@value #FORMAT}; problem paths start with {@code $}.
   *
   * @param source the name used in problem locations
   * @throws InvalidInputException listing every problem of the content
   */
  public static Unmatched unmatchedFromJson(String json, String source) {
    Reading reading = reading(json, source);
    Unmatched u = reading.unmatched(reading.root, "$");
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
  private static Reading reading(String json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    Problems problems = new Problems();
    JsonTree.Node root = JsonTree.parse(json.getBytes(StandardCharsets.UTF_8), source, problems);
    problems.throwIfErrors();
    Reading reading = new Reading(source, problems);
    reading.root = root;
    return reading;
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
    /** The parsed fragment, for the fragment readers. */
    private JsonTree.Node root;

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
      fields(o, "", TOP);
      JsonTree.Node format = o.fields.get("format");
      if (format == null) {
        error(o, "format", "expected \"" + FORMAT + "\", found no format field");
      } else if (!(format instanceof JsonTree.Str s && s.value.equals(FORMAT))) {
        error(format, "format", "expected \"" + FORMAT + "\", found "
            + (format instanceof JsonTree.Str s ? "'" + JsonTree.shorten(s.value) + "'" : format.kind()));
      }
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
          Pairing p = pair(pairArray.items.get(k), "pairs[" + k + "]");
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
          Unmatched u = unmatched(unmatchedArray.items.get(k), "unmatched[" + k + "]");
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

    private Pairing pair(JsonTree.Node node, String path) {
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
        explanation = explanation(eo, ePath, mentor, mentee);
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

    private Explanation.Contribution contribution(JsonTree.Node node, String path) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected a contribution object, found " + node.kind());
        return null;
      }
      fields(o, path, CONTRIBUTION);
      String criterion = string(o, "criterion", path + ".criterion", true);
      Double weight = number(o, "weight", path, 0, Double.MAX_VALUE, "a number of at least 0");
      Double score = unit(o, "score", path);
      Double contribution = unit(o, "contribution", path);
      ImmutableList<String> reasons = strings(o, "reasons", path + ".reasons");
      if (criterion == null || weight == null || score == null || contribution == null || reasons == null) {
        return null;
      }
      return new Explanation.Contribution(criterion, weight, score, contribution, reasons);
    }

    private Explanation.Verdict verdict(JsonTree.Node node, String path) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected a verdict object, found " + node.kind());
        return null;
      }
      fields(o, path, VERDICT);
      String constraint = string(o, "constraint", path + ".constraint", true);
      Boolean allowed = bool(o, "allowed", path);
      String reason = o.fields.containsKey("reason") ? string(o, "reason", path + ".reason", true) : "";
      if (allowed == null || reason == null || constraint == null) {
        return null;
      }
      if (allowed && !reason.isEmpty()) {
        error(o.fields.get("reason"), path + ".reason", "expected no reason for an allowing verdict, found one");
        return null;
      }
      if (!allowed && reason.isEmpty()) {
        error(o.fields.getOrDefault("reason", o), path + ".reason",
            "expected a non-empty reason for a forbidding verdict, found " + (o.fields.containsKey("reason")
                ? "an empty string" : "no reason field"));
        return null;
      }
      return allowed ? Explanation.Verdict.allow(constraint) : Explanation.Verdict.forbid(constraint, reason);
    }

    private Unmatched unmatched(JsonTree.Node node, String path) {
      if (!(node instanceof JsonTree.Obj o)) {
        error(node, path, "expected an unmatched-participant object, found " + node.kind());
        return null;
      }
      fields(o, path, UNMATCHED);
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
      return new Unmatched(id, role, reason, detail);
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
