package dev.reverso.reporting.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Problems;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.EventConflictException;
import dev.reverso.reporting.journal.EventDates;
import dev.reverso.reporting.journal.EventRejectedException;
import dev.reverso.reporting.journal.Feedback;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.JournalHistory;
import dev.reverso.reporting.journal.EventRetracted;
import dev.reverso.reporting.journal.Retractions;
import dev.reverso.reporting.journal.JournalRules;
import dev.reverso.reporting.journal.PairClosed;
import dev.reverso.reporting.journal.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a survey tool's CSV export into a {@link Journal} as {@link Feedback} events, one per answer row,
 * through a {@link SurveyMapping}.
 *
 * <p><b>Per row.</b> The respondent and the partner cells become HR ids ({@link SurveyMapping#hrId}); they must
 * form a pair of the journal's roster, in either order, which also says the respondent's side (the mentor of
 * the pair answers as {@link Side#MENTOR}). The date is the day of the answer's timestamp (the mapping's
 * patterns first, then ISO date, date-time or offset date-time). Likert cells are numbers or labels of the
 * survey's scale, mapped onto 1..5; the Net Promoter cell is 0..10 or empty; each progress column holds the
 * respondent's new self-rated level (0..5) in the column's skill, or is empty. Every problem is located
 * {@code file:line:column name} ({@code file:line} for the row as a whole).
 *
 * <p><b>Idempotent.</b> An event's id is {@code svy-} and 24 hex digits of the SHA-256 of the row's cells, so
 * importing the same export twice (or an export that grew) adds only the new rows. A row repeated within one
 * file is a problem ("duplicate of line N"). Re-importing a row after changing the mapping gives other event
 * content under the same id: a conflict, reported at the row.
 *
 * <p><b>Strict or lenient.</b> Every row is checked first, including the journal's rules (closed pairs,
 * implausible dates by {@link EventDates}), against the journal as it is plus the earlier rows. The journal is
 * read once, as a stream ({@link Journal#forEach}), keeping only per pair its close and latest date and the
 * recorded events whose ids the rows carry: memory grows with the export and the pairs, not with the journal. Strict: if any
 * row has a problem, nothing is imported and an {@link InvalidInputException} lists every problem. Lenient:
 * the good rows are imported and {@link Result#rejected()} lists the others with their problems. Problems with
 * the file as a whole (missing columns, broken quoting, not UTF-8) throw in both modes.
 *
 * <p>Stateless; thread-safe as far as the journal is.
 */
public final class SurveyImport {
  /** The largest export read. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The most rejected rows reported; reading stops after them. */
  public static final int MAX_BAD_ROWS = 1_000;

  private SurveyImport() {}

  /** A row that was refused, with its problems (locations name the file, line and column). */
  public record Rejected(int line, ImmutableList<Problem> problems) {
    /** Validates and copies. */
    public Rejected {
      problems = ImmutableList.copyOf(problems);
    }
  }

  /**
   * The outcome of an import.
   *
   * @param rows answer rows read (blank lines not counted)
   * @param appended events new to the journal
   * @param alreadyPresent rows whose event the journal already held (an earlier import)
   * @param rejected rows refused (lenient mode only; empty in strict mode)
   */
  public record Result(int rows, int appended, int alreadyPresent, ImmutableList<Rejected> rejected) {
    /** Validates and copies. */
    public Result {
      rejected = ImmutableList.copyOf(rejected);
    }

    /**
     * Writes the rejected rows as CSV: {@code line,location,problem}, one row per problem (cells a spreadsheet
     * would run as a formula are guarded).
     */
    public void writeRejectedCsv(java.io.Writer out) throws IOException {
      dev.reverso.reporting.render.CsvWriter csv = new dev.reverso.reporting.render.CsvWriter(requireNonNull(out, "out"));
      csv.row("line", "location", "problem");
      for (Rejected r : rejected) {
        for (Problem p : r.problems()) {
          csv.row(Integer.toString(r.line()), p.location(), p.message());
        }
      }
      csv.flush();
    }
  }

  /**
   * Imports the answers of {@code csv} into {@code journal}.
   *
   * @param csv the survey export (UTF-8, a byte order mark and CRLF line ends tolerated)
   * @param mapping how its columns map onto feedback
   * @param journal the journal; its roster says which pairs exist
   * @param dates the date rule for the dry run (use the journal's own)
   * @param lenient import the good rows and return the others, instead of importing nothing on any problem
   * @throws InvalidInputException listing every problem (strict mode), or a problem of the file as a whole
   */
  public static Result run(Path csv, SurveyMapping mapping, Journal journal, EventDates dates, boolean lenient) {
    requireNonNull(csv, "csv");
    requireNonNull(mapping, "mapping");
    requireNonNull(journal, "journal");
    requireNonNull(dates, "dates");
    String file = String.valueOf(csv.getFileName());
    String text = readText(csv, file);
    Problems fileProblems = new Problems();
    List<SurveyCsv.Row> rows = SurveyCsv.rows(text, file, fileProblems);
    fileProblems.throwIfErrors();
    int first = 0;
    while (first < rows.size() && rows.get(first).isBlank()) {
      first++;
    }
    if (first == rows.size()) {
      throw InvalidInputException.of(file, "expected a header row and answer rows, found an empty file");
    }
    List<String> header = rows.get(first).cells().stream().map(String::strip).toList();
    int headerLine = rows.get(first).line();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (index.putIfAbsent(header.get(i), i) != null) {
        fileProblems.error(file + ":" + headerLine + ":" + header.get(i), "expected each column name once, found a repeat");
      }
    }
    Columns columns = new Columns(mapping, index, file, headerLine, fileProblems);
    fileProblems.throwIfErrors();

    // the rows' events first, so that the journal is then streamed once, keeping only what the rules need
    List<SurveyCsv.Row> answers = new ArrayList<>();
    List<Problems> rowProblems = new ArrayList<>();
    List<Optional<Feedback>> rowEvents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int r = first + 1; r < rows.size(); r++) {
      SurveyCsv.Row row = rows.get(r);
      if (row.isBlank()) {
        continue;
      }
      Problems p = new Problems();
      Optional<Feedback> event = toEvent(row, header, columns, mapping, journal.roster(), file, p);
      event.ifPresent(e -> ids.add(e.id()));
      answers.add(row);
      rowProblems.add(p);
      rowEvents.add(event);
    }
    // two passes: a retraction comes after the event it takes back, and retracted events count in no rule
    Retractions.Collector retractions = Retractions.collector();
    journal.forEach(retractions);
    ImportHistory history = new ImportHistory(retractions.retractions());
    journal.forEach(e -> history.record(e, ids.contains(e.id())));

    List<Feedback> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int count = 0;
    int already = 0;
    for (int k = 0; k < answers.size(); k++) {
      SurveyCsv.Row row = answers.get(k);
      count++;
      Problems p = rowProblems.get(k);
      Optional<Feedback> event = rowEvents.get(k);
      if (event.isPresent()) {
        Feedback e = event.get();
        Integer earlier = seen.putIfAbsent(e.id(), row.line());
        if (earlier != null) {
          p.error(file + ":" + row.line(), "expected each answer once, found a duplicate of line " + earlier);
        } else {
          try {
            if (JournalRules.check(e, journal.roster(), history, dates) == AppendResult.ALREADY_PRESENT) {
              already++;
            } else {
              accepted.add(e);
              history.record(e, true); // later rows see it, as the journal will
            }
          } catch (EventRejectedException | EventConflictException ex) {
            p.error(file + ":" + row.line(), ex.getMessage());
          }
        }
      }
      if (p.hasErrors()) {
        rejected.add(new Rejected(row.line(), p.toList()));
        if (rejected.size() == MAX_BAD_ROWS) {
          rejected.add(new Rejected(row.line(), ImmutableList.of(Problem.error(file + ":" + row.line(),
              "stopped reading after " + MAX_BAD_ROWS + " bad rows: fix those listed first"))));
          break;
        }
      }
    }
    if (!lenient && !rejected.isEmpty()) {
      List<Problem> all = new ArrayList<>();
      rejected.forEach(x -> all.addAll(x.problems()));
      throw new InvalidInputException(all);
    }
    for (Feedback e : accepted) {
      journal.append(e);
    }
    return new Result(count, accepted.size(), already, ImmutableList.copyOf(rejected));
  }

  /**
   * What the journal's rules need of the recorded events: per pair its close and latest date (of the events that
   * count), and the events under the ids the import may repeat. Not thread-safe.
   */
  private static final class ImportHistory implements JournalHistory {
    private final Retractions retractions;
    private final Map<String, JournalEvent> byId = new HashMap<>();
    private final Map<String, EventRetracted> retractionsById = new HashMap<>();
    private final Map<MentoringPair, PairClosed> closes = new HashMap<>();
    private final Map<MentoringPair, LocalDate> latest = new HashMap<>();

    ImportHistory(Retractions retractions) {
      this.retractions = retractions;
    }

    /** Takes in a recorded event; its content is kept only when {@code keep} (an id the import uses). */
    void record(JournalEvent e, boolean keep) {
      if (keep) {
        byId.putIfAbsent(e.id(), e);
      }
      if (e instanceof EventRetracted r) {
        retractionsById.put(r.retracts(), r);
      }
      if (!retractions.counts(e)) {
        return;
      }
      if (e instanceof PairClosed c) {
        closes.putIfAbsent(c.pair(), c);
      }
      latest.merge(e.pair(), e.date(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public Optional<JournalEvent> eventWithId(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<PairClosed> closeOf(MentoringPair pair) {
      return Optional.ofNullable(closes.get(pair));
    }

    @Override
    public Optional<LocalDate> latestDateOf(MentoringPair pair) {
      return Optional.ofNullable(latest.get(pair));
    }

    @Override
    public Optional<EventRetracted> retractionOf(String eventId) {
      return Optional.ofNullable(retractionsById.get(eventId));
    }
  }

  private static String readText(Path csv, String file) {
    try {
      if (!Files.isRegularFile(csv)) {
        throw InvalidInputException.of(file, "expected a survey export (CSV), found "
            + (Files.exists(csv) ? "something that is not a regular file" : "no such file"));
      }
      long size = Files.size(csv);
      if (size > MAX_BYTES) {
        throw InvalidInputException.of(file, "expected at most " + MAX_BYTES + " bytes, found " + size);
      }
      byte[] bytes = Files.readAllBytes(csv);
      return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(file, "expected UTF-8 text (export the survey as CSV UTF-8), found other bytes");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The mapped columns' positions, checked against the header. */
  private static final class Columns {
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final Map<String, Integer> progress = new LinkedHashMap<>();

    Columns(SurveyMapping mapping, Map<String, Integer> index, String file, int headerLine, Problems problems) {
      for (String role : List.of("date", "respondent", "partner", "relationship", "learning", "recognition", "nps",
          "comment")) {
        mapping.column(role).ifPresent(name -> find(name, "columns." + role, index, file, headerLine, problems)
            .ifPresent(i -> roles.put(role, i)));
      }
      mapping.progressColumns().forEach((name, skill) -> find(name, "progress", index, file, headerLine, problems)
          .ifPresent(i -> progress.put(skill, i)));
    }

    private static Optional<Integer> find(String name, String field, Map<String, Integer> index, String file,
        int headerLine, Problems problems) {
      Integer i = index.get(name.strip());
      if (i == null) {
        problems.error(file + ":" + headerLine, "expected a column '" + name + "' (the mapping's " + field
            + "), found none among " + index.size() + " columns");
      }
      return Optional.ofNullable(i);
    }
  }

  private static Optional<Feedback> toEvent(SurveyCsv.Row row, List<String> header, Columns columns,
      SurveyMapping mapping, Set<MentoringPair> roster, String file, Problems p) {
    String at = file + ":" + row.line();
    List<String> cells = row.cells();
    if (cells.size() != header.size()) {
      p.error(at, "expected " + header.size() + " cells as in the header, found " + cells.size());
      return Optional.empty();
    }
    java.util.function.Function<String, String> cell = role -> cells.get(columns.roles.get(role)).strip();
    java.util.function.Function<String, String> loc = role -> at + ":" + header.get(columns.roles.get(role));

    LocalDate date = date(cell.apply("date"), mapping, loc.apply("date"), p);
    String respondentCell = cell.apply("respondent");
    String partnerCell = cell.apply("partner");
    MentoringPair pair = null;
    Side side = null;
    if (respondentCell.isEmpty()) {
      p.error(loc.apply("respondent"), "expected the respondent's id or e-mail address, found an empty cell");
    }
    if (partnerCell.isEmpty()) {
      p.error(loc.apply("partner"), "expected the partner's id or e-mail address, found an empty cell");
    }
    if (!respondentCell.isEmpty() && !partnerCell.isEmpty()) {
      String respondent = mapping.hrId(respondentCell);
      String partner = mapping.hrId(partnerCell);
      String why = ParticipantId.check(respondent);
      String whyPartner = ParticipantId.check(partner);
      if (why != null) {
        p.error(loc.apply("respondent"), why);
      } else if (whyPartner != null) {
        p.error(loc.apply("partner"), whyPartner);
      } else {
        MentoringPair asMentor = MentoringPair.of(respondent, partner);
        MentoringPair asMentee = MentoringPair.of(partner, respondent);
        if (roster.contains(asMentor)) {
          pair = asMentor;
          side = Side.MENTOR;
        } else if (roster.contains(asMentee)) {
          pair = asMentee;
          side = Side.MENTEE;
        } else {
          p.error(loc.apply("respondent"), "expected a respondent and partner who form a pair of the matches, "
              + "found '" + respondent + "' and '" + partner + "'" + (respondent.equals(respondentCell)
                  && !mapping.column("respondent").isEmpty() && respondentCell.contains("@")
                  ? " (an e-mail address not in the mapping's ids)" : ""));
        }
      }
    }
    int relationship = likert(cell.apply("relationship"), mapping, loc.apply("relationship"), p);
    int learning = likert(cell.apply("learning"), mapping, loc.apply("learning"), p);
    int recognition = likert(cell.apply("recognition"), mapping, loc.apply("recognition"), p);
    Integer nps = null;
    if (columns.roles.containsKey("nps") && !cell.apply("nps").isEmpty()) {
      nps = integer(cell.apply("nps"), Feedback.MIN_NPS, Feedback.MAX_NPS, "a Net Promoter answer",
          loc.apply("nps"), p);
    }
    Map<String, Integer> progress = new LinkedHashMap<>();
    columns.progress.forEach((skill, i) -> {
      String v = cells.get(i).strip();
      if (!v.isEmpty()) {
        Integer level = integer(v, 0, 5, "a self-rated level", at + ":" + header.get(i), p);
        if (level != null) {
          progress.put(skill, level);
        }
      }
    });
    String comment = columns.roles.containsKey("comment") ? cell.apply("comment") : "";
    if (p.hasErrors() || pair == null) {
      return Optional.empty();
    }
    String id = "svy-" + Hashing.sha256().hashString(String.join("\u001f", cells), UTF_8).toString().substring(0, 24);
    try {
      Feedback.Builder b = Feedback.builder(id, pair, date, side).ratings(relationship, learning, recognition);
      if (nps != null) {
        b.nps(nps);
      }
      progress.forEach(b::progress);
      if (!comment.isEmpty()) {
        b.comment(comment);
      }
      return Optional.of(b.build());
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        String role = problem.location().startsWith("progress") ? null : problem.location();
        String where = role != null && columns.roles.containsKey(role) ? loc.apply(role) : at;
        p.add(problem.at(where));
      }
      return Optional.empty();
    }
  }

  private static LocalDate date(String v, SurveyMapping mapping, String where, Problems p) {
    for (DateTimeFormatter f : mapping.dateFormats()) {
      try {
        return f.parseBest(v, LocalDateTime::from, LocalDate::from) instanceof LocalDateTime t ? t.toLocalDate()
            : LocalDate.from(f.parse(v));
      } catch (java.time.DateTimeException e) {
        // try the next form
      }
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      p.error(where, "expected a date such as 2026-03-31 or 2026-03-31T14:05:00" + (mapping.datePatterns().isEmpty()
          ? "" : " or one of the mapping's dateFormats " + mapping.datePatterns()) + ", found '" + v + "'");
      return LocalDate.EPOCH;
    }
  }

  private static int likert(String v, SurveyMapping mapping, String where, Problems p) {
    Optional<Integer> label = mapping.likertLabel(v);
    if (label.isPresent()) {
      return mapping.toLikert(label.get());
    }
    Integer n = integer(v, mapping.likertMin(), mapping.likertMax(), "a Likert answer", where, p);
    return n == null ? Feedback.MIN_LIKERT : mapping.toLikert(n);
  }

  private static Integer integer(String v, int min, int max, String what, String where, Problems p) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    p.error(where, "expected " + what + " from " + min + " to " + max + (what.equals("a Likert answer")
        ? " or one of the mapping's labels" : "") + ", found '" + v + "'");
    return null;
  }
}
