package dev.reverso.reporting.match;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.io.DirectoryLock;
import dev.reverso.matching.result.Explanation;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.MatchStatistics;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.Unmatched;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.render.Histogram;
import dev.reverso.reporting.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The programme manager's view of a {@link MatchResult}: every pair with its score, explanation and top
 * reasons ("why"), the unmatched grouped by reason ("why not"), the score distribution and the scores by
 * the mentee's department. Rendered by {@link #renderer(ReportFormat)}: JSON is the {@code matches.json}
 * file ({@link MatchesJson}), CSV is {@code pairs.csv}, HTML is {@code match-report.html}.
 *
 * <p><b>People.</b> This is an operational output: people are identified by HR ids. Display names appear
 * only when the report is built with {@link Builder#includeNames(boolean) includeNames(true)} and a
 * programme to look them up in.
 *
 * <p><b>Small groups.</b> In {@link #scoreByMenteeDepartment()}, departments with fewer than
 * {@link Builder#minGroupSize(int) minGroupSize} pairs (default 5) are merged into one row labelled
 * {@value #OTHER_GROUPS}, so a department's figure never rests on one or two people; the merged row is
 * shown whatever its size (the per-pair table of this report shows every score anyway). The aggregate
 * programme report applies the stricter suppression rules of the privacy package.
 *
 * <p>Immutable and thread-safe; building is O(pairs · criteria + unmatched).
 */
public final class MatchReport implements dev.reverso.reporting.HoldsNames {
  /** The label of the row that merges the groups smaller than the minimum group size. */
  public static final String OTHER_GROUPS = "other groups";
  /** The label of mentees without a department. */
  public static final String NO_DEPARTMENT = "no department";
  /** The number of reasons kept in {@link PairSummary#topReasons()}. */
  public static final int TOP_REASONS = 3;
  /**
   * The most pairs {@code match-report.html} shows in full: a larger result shows its {@value} weakest pairs
   * (lowest score first) and says that every pair is in {@value #PAIRS_CSV} and {@code matches.json}, so the page
   * stays small (under 5 MB at 20 000 × 20 000).
   */
  public static final int HTML_PAIRS = 250;
  /** The default number of histogram bins over [0, 1]. */
  public static final int DEFAULT_BINS = 10;
  /** The default minimum group size. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 5;
  /** File name of the CSV rendering. */
  public static final String PAIRS_CSV = "pairs.csv";
  /** File name of the HTML rendering. */
  public static final String HTML_FILE = "match-report.html";

  private final MatchResult result;
  private final Program program;
  private final boolean names;
  private final int minGroupSize;
  private final ImmutableList<String> criteria;
  private final ImmutableList<PairSummary> pairs;
  private final ImmutableMap<UnmatchedReason, ImmutableList<Unmatched>> unmatchedByReason;
  private final Histogram histogram;
  private final ImmutableList<GroupScore> byDepartment;

  private MatchReport(Builder b) {
    this.result = b.result;
    this.program = b.program;
    this.names = b.names;
    this.minGroupSize = b.minGroupSize;
    Set<String> ids = new LinkedHashSet<>();
    for (Pairing p : result.pairs()) {
      for (Explanation.Contribution c : p.explanation().contributions()) {
        ids.add(c.criterionId());
      }
    }
    this.criteria = ImmutableList.copyOf(ids);
    ImmutableList.Builder<PairSummary> ps = ImmutableList.builder();
    double[] scores = new double[result.pairs().size()];
    int k = 0;
    for (Pairing p : result.pairs()) {
      ps.add(new PairSummary(p, name(p.mentorId()), name(p.menteeId()), topReasons(p.explanation())));
      scores[k++] = p.score();
    }
    this.pairs = ps.build();
    Map<UnmatchedReason, List<Unmatched>> by = new EnumMap<>(UnmatchedReason.class);
    for (Unmatched u : result.unmatched()) {
      by.computeIfAbsent(u.reason(), r -> new ArrayList<>()).add(u);
    }
    ImmutableMap.Builder<UnmatchedReason, ImmutableList<Unmatched>> ub = ImmutableMap.builder();
    by.forEach((r, list) -> ub.put(r, ImmutableList.copyOf(list)));
    this.unmatchedByReason = ub.build();
    this.histogram = Histogram.of(0, 1, b.bins, scores);
    this.byDepartment = program == null ? ImmutableList.of() : groups();
  }

  /** A report of the result alone: no department breakdown, no names. */
  public static MatchReport of(MatchResult result) {
    return builder(result).build();
  }

  /** A report of the result with the department breakdown from {@code program}; no names. */
  public static MatchReport of(MatchResult result, Program program) {
    return builder(result).program(program).build();
  }

  /** A builder for a report of this result. */
  public static Builder builder(MatchResult result) {
    return new Builder(result);
  }

  /** The renderer of this report for a format (JSON = {@code matches.json}, CSV = {@code pairs.csv}). */
  public static ReportRenderer<MatchReport> renderer(ReportFormat format) {
    return switch (requireNonNull(format, "format")) {
      case JSON -> new MatchJsonRenderer(Locale.ROOT);
      case CSV -> new MatchCsvRenderer(Locale.ROOT);
      case MARKDOWN -> new MatchMarkdownRenderer(Locale.ROOT);
      case HTML -> new MatchHtmlRenderer(Locale.ROOT);
    };
  }

  /**
   * Writes the three files of the {@code match} command into {@code directory} (which must exist):
   * {@value MatchesJson#FILE_NAME}, {@value #PAIRS_CSV} and {@value #HTML_FILE}, numbers for people in
   * {@code locale}. Returns the paths written, in that order.
   *
   * @throws InvalidInputException naming the directory if it is not an existing directory
   * @throws dev.reverso.core.io.FileAccessException naming the file that cannot be written
   */
  public ImmutableList<Path> writeFiles(Path directory, Locale locale) {
    requireNonNull(directory, "directory");
    requireNonNull(locale, "locale");
    if (!Files.isDirectory(directory)) {
      throw InvalidInputException.of(directory.toString(), "expected an existing directory, found none");
    }
    Path json = directory.resolve(MatchesJson.FILE_NAME);
    Path csv = directory.resolve(PAIRS_CSV);
    Path html = directory.resolve(HTML_FILE);
    // the three files are one set: a concurrent writer into the same directory waits its turn
    try (DirectoryLock lock = DirectoryLock.acquire(directory)) {
      renderer(ReportFormat.JSON).withLocale(locale).write(this, json);
      renderer(ReportFormat.CSV).withLocale(locale).write(this, csv);
      renderer(ReportFormat.HTML).withLocale(locale).write(this, html);
    }
    return ImmutableList.of(json, csv, html);
  }

  private Optional<String> name(ParticipantId id) {
    return names ? program.participant(id).flatMap(Participant::displayName) : Optional.empty();
  }

  private static ImmutableList<Reason> topReasons(Explanation e) {
    List<Explanation.Contribution> order = new ArrayList<>(e.contributions());
    // Stable sort: ties keep model order.
    order.sort(Comparator.comparingDouble(Explanation.Contribution::contribution).reversed());
    ImmutableList.Builder<Reason> b = ImmutableList.builder();
    int n = 0;
    for (Explanation.Contribution c : order) {
      if (c.contribution() <= 0) {
        continue;
      }
      for (Reason r : c.reasons()) {
        if (n++ < TOP_REASONS) {
          b.add(r);
        }
      }
    }
    return b.build();
  }

  private ImmutableList<GroupScore> groups() {
    Map<String, List<Double>> by = new TreeMap<>();
    for (Pairing p : result.pairs()) {
      String dept = program.participant(p.menteeId()).flatMap(Participant::department).orElse(NO_DEPARTMENT);
      by.computeIfAbsent(dept, d -> new ArrayList<>()).add(p.score());
    }
    ImmutableList.Builder<GroupScore> b = ImmutableList.builder();
    List<Double> other = new ArrayList<>();
    for (Map.Entry<String, List<Double>> e : by.entrySet()) {
      if (e.getValue().size() < minGroupSize) {
        other.addAll(e.getValue());
      } else {
        b.add(group(e.getKey(), e.getValue()));
      }
    }
    if (!other.isEmpty()) {
      b.add(group(OTHER_GROUPS, other));
    }
    return b.build();
  }

  private static GroupScore group(String label, List<Double> scores) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      sum += s;
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double mean = Math.min(max, Math.max(min, sum / scores.size()));
    return new GroupScore(label, scores.size(), mean, min, max);
  }

  /** The result reported on. */
  public MatchResult result() {
    return result;
  }

  /** The programme used for the department breakdown and names, if one was given. */
  public Optional<Program> program() {
    return Optional.ofNullable(program);
  }

  /** Whether display names are shown (opted in). */
  @Override
  public boolean includesNames() {
    return names;
  }

  /** The minimum group size of {@link #scoreByMenteeDepartment()}. */
  public int minGroupSize() {
    return minGroupSize;
  }

  /** The result's summary numbers. */
  public MatchStatistics statistics() {
    return result.statistics();
  }

  /** The criterion ids of the explanations, in model order (empty without pairs). */
  public ImmutableList<String> criteria() {
    return criteria;
  }

  /** Every pair, in the result's order (by mentee id, then mentor id). */
  public ImmutableList<PairSummary> pairs() {
    return pairs;
  }

  /**
   * The pairs the HTML page shows in full: all of them when there are at most {@link #HTML_PAIRS}, otherwise the
   * {@value #HTML_PAIRS} with the lowest scores, lowest first (ties in the result's order).
   */
  public ImmutableList<PairSummary> pairsShownInFull() {
    if (pairs.size() <= HTML_PAIRS) {
      return pairs;
    }
    List<PairSummary> order = new ArrayList<>(pairs);
    order.sort(Comparator.comparingDouble(PairSummary::score)); // stable: ties keep the result's order
    return ImmutableList.copyOf(order.subList(0, HTML_PAIRS));
  }

  /** The unmatched participants by reason, reasons in declaration order, only reasons that occur. */
  public ImmutableMap<UnmatchedReason, ImmutableList<Unmatched>> unmatchedByReason() {
    return unmatchedByReason;
  }

  /** The pair scores in equal-width bins over [0, 1]. */
  public Histogram scoreHistogram() {
    return histogram;
  }

  /**
   * Pair scores by the mentee's department, departments in alphabetical order (by {@link String#compareTo}),
   * then {@value #OTHER_GROUPS}; empty if the report has no programme.
   */
  public ImmutableList<GroupScore> scoreByMenteeDepartment() {
    return byDepartment;
  }

  /** The display name of a participant when the report includes names; empty otherwise. */
  public Optional<String> displayName(ParticipantId id) {
    return name(requireNonNull(id, "id"));
  }

  /**
   * How a pair was kept: {@code active}, {@code pinned}, {@code active+pinned}, or empty for a new pair the
   * strategy chose.
   */
  public static String kept(Pairing p) {
    return p.active() && p.pinned() ? "active+pinned" : p.active() ? "active" : p.pinned() ? "pinned" : "";
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "MatchReport[strategy=" + result.strategy() + ", pairs=" + pairs.size() + ", unmatched="
        + result.unmatched().size() + ", names=" + names + "]";
  }

  /** Builds a {@link MatchReport}. Not thread-safe. */
  public static final class Builder {
    private final MatchResult result;
    private Program program;
    private boolean names;
    private int bins = DEFAULT_BINS;
    private int minGroupSize = DEFAULT_MIN_GROUP_SIZE;

    private Builder(MatchResult result) {
      this.result = requireNonNull(result, "result");
    }

    /** The programme the result was computed on: enables the department breakdown (and names, if opted in). */
    public Builder program(Program program) {
      this.program = requireNonNull(program, "program");
      return this;
    }

    /** Opts in to (or out of) display names; needs {@link #program(Program)}. Default: no names. */
    public Builder includeNames(boolean include) {
      this.names = include;
      return this;
    }

    /** The number of histogram bins over [0, 1], 1..100; default {@value MatchReport#DEFAULT_BINS}. */
    public Builder histogramBins(int bins) {
      if (bins < 1 || bins > 100) {
        throw new IllegalArgumentException("bins must be in 1..100, was " + bins);
      }
      this.bins = bins;
      return this;
    }

    /** Groups with fewer pairs are merged into {@value MatchReport#OTHER_GROUPS}; at least 1, default 5. */
    public Builder minGroupSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("minGroupSize must be at least 1, was " + size);
      }
      this.minGroupSize = size;
      return this;
    }

    /**
     * Builds the report.
     *
     * @throws IllegalStateException if names are requested without a programme
     */
    public MatchReport build() {
      if (names && program == null) {
        throw new IllegalStateException("includeNames(true) needs the programme to look the names up: call program(...)");
      }
      return new MatchReport(this);
    }
  }
}
