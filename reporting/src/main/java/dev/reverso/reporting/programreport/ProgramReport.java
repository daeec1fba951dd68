package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.ReportRenderer;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.JournalEvent;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.CircleMetrics;
import dev.reverso.reporting.metrics.GoalClosure;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.GroupScores;
import dev.reverso.reporting.metrics.NetPromoterScore;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.PairMetrics;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.metrics.Reciprocity;
import dev.reverso.reporting.metrics.Recognition;
import dev.reverso.reporting.metrics.Relationship;
import dev.reverso.reporting.metrics.Representation;
import dev.reverso.reporting.metrics.ScoreDistribution;
import dev.reverso.reporting.metrics.SkillClosure;
import dev.reverso.reporting.privacy.PairPseudonyms;
import dev.reverso.reporting.privacy.SmallGroupSuppression;
import dev.reverso.reporting.render.InReportLocale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate programme report ({@value #FORMAT}) as of a date, for programme managers and sponsors: the three
 * Rs, pair health, skill-gap closure, the Net Promoter Score, coverage of departments, locations and seniority
 * bands, the representation funnel by any dimension or attribute ("which voices stay unheard",
 * {@link ProgramReportOptions#groupBy()}), the match-score distribution, and one row per pair.
 *
 * <h2>Privacy</h2>
 * <ul>
 *   <li>Pairs are named only by a keyed pseudonym ({@link PairPseudonyms}); no HR id appears anywhere in the
 *       report, and pair rows are ordered by pseudonym (not by id).</li>
 *   <li>Every group breakdown (coverage and representation, scores by group, skill closure by skill, NPS by
 *       side) goes through {@link SmallGroupSuppression} with {@link ProgramReportOptions#minGroupSize()}: a
 *       group's size is its headcount (coverage, representation), its pairs (scores), its goals (skills) or its
 *       respondents (NPS); complementary groups are chosen across every count the breakdown publishes, so no
 *       suppressed group is recovered by subtraction in any column.</li>
 *   <li>Score groups smaller than twice the minimum publish no min, median or max (each would be one pair's
 *       score); pair rows carry no match score (it is printed next to HR ids in {@code pairs.csv}).</li>
 *   <li>Comments and notes are never read; display names appear only if the caller opted in.</li>
 *   <li>Log lines carry dates and counts only.</li>
 * </ul>
 *
 * <h2>Use</h2>
 * <pre>{@code
 * ProgramReport report = ProgramReport.create(program, matches, journal.events(), LocalDate.of(2026, 6, 30),
 *     ProgramReportOptions.defaults().withPseudonymKey(secret));
 * report.write(ReportFormat.HTML, outDir);               // program-report.html
 * String json = ProgramReport.renderer(ReportFormat.JSON).renderToString(report);
 * }</pre>
 * Immutable and thread-safe; the same inputs and key give identical output in every format.
 */
public final class ProgramReport implements dev.reverso.reporting.HoldsNames {
  /** The format id written in the JSON form. */
  public static final String FORMAT = "reverso/program-report@1";
  /** The base file name of every format: {@code program-report.html}, {@code program-report.json}, .... */
  public static final String FILE_BASE = "program-report";

  private static final Logger LOG = LoggerFactory.getLogger(ProgramReport.class);

  private final LocalDate asOf;
  private final LocalDate start;
  private final String strategy;
  private final int minGroupSize;
  private final boolean randomKey;
  private final boolean namesIncluded;
  private final Locale locale;
  private final Summary summary;
  private final ImmutableMap<PairHealth, Integer> healthCounts;
  private final ImmutableMap<CloseReason, Integer> closedCounts;
  private final Reciprocity reciprocity;
  private final Recognition recognition;
  private final Relationship relationship;
  private final Optional<NetPromoterScore> nps;
  private final GroupBreakdown<NetPromoterScore> npsBySide;
  private final GroupBreakdown<SkillClosure> skillClosure;
  private final GroupBreakdown<SkillClosure> mentorSkillClosure;
  private final ImmutableList<GroupBreakdown<GroupCoverage>> coverage;
  private final ScoreDistribution scores;
  private final ImmutableList<GroupBreakdown<ScoreDistribution>> scoresByGroup;
  private final ImmutableList<PairRow> pairs;
  private final Optional<CircleSection> circles;
  private final ImmutableList<GroupBreakdown<GroupRepresentation>> representation;

  private ProgramReport(ProgramMetrics m, Program program, MatchResult matches, ProgramReportOptions options,
      Optional<CircleMetrics> circleMetrics) {
    SmallGroupSuppression suppression = SmallGroupSuppression.withMinGroupSize(options.minGroupSize());
    PairPseudonyms pseudonyms = options.pseudonyms().orElseGet(PairPseudonyms::withRandomKey);
    this.circles = circleMetrics.map(c -> CircleSection.of(c, pseudonyms));
    this.asOf = m.asOf();
    this.start = m.start();
    this.strategy = matches.strategy();
    this.minGroupSize = options.minGroupSize();
    this.randomKey = options.pseudonyms().isEmpty();
    this.namesIncluded = options.includeNames();
    this.locale = options.locale();
    this.healthCounts = m.healthCounts();
    this.closedCounts = m.closedCounts();
    this.reciprocity = m.reciprocity();
    this.recognition = m.recognition();
    this.relationship = m.relationship();
    this.scores = m.scores();

    List<NetPromoterScore> sides = List.of(m.npsBySide().get(Side.MENTOR), m.npsBySide().get(Side.MENTEE));
    this.npsBySide = breakdown("side", List.of("mentor", "mentee"), sides, NetPromoterScore::respondents,
        n -> List.of(n.promoters(), n.passives(), n.detractors()), suppression);
    this.nps = npsBySide.totalWithheld() ? Optional.empty() : Optional.of(m.nps());
    this.skillClosure = breakdown("skill", m.skillClosure().stream().map(SkillClosure::skill).toList(),
        m.skillClosure(), SkillClosure::goals, s -> List.of(s.reported(), s.closed()), suppression);
    List<SkillClosure> juniors = m.skillClosure(Side.MENTOR);
    this.mentorSkillClosure = breakdown("skill", juniors.stream().map(SkillClosure::skill).toList(), juniors,
        SkillClosure::goals, s -> List.of(s.reported(), s.closed()), suppression);
    ImmutableList.Builder<GroupBreakdown<GroupCoverage>> cov = ImmutableList.builder();
    boolean headcountWithheld = false;
    for (GroupDimension dim : GroupDimension.values()) {
      List<GroupCoverage> groups = m.coverage(dim);
      GroupBreakdown<GroupCoverage> b = breakdown(dim.id(), groups.stream().map(GroupCoverage::group).toList(),
          groups, GroupCoverage::headcount,
          c -> List.of(c.mentors(), c.mentees(), c.matchedMentors(), c.matchedMentees()), suppression);
      headcountWithheld |= b.totalWithheld();
      cov.add(b);
    }
    this.coverage = cov.build();
    ImmutableList.Builder<GroupBreakdown<ScoreDistribution>> sbg = ImmutableList.builder();
    for (Side side : Side.values()) {
      for (GroupDimension dim : GroupDimension.values()) {
        List<GroupScores> groups = m.scoresByGroup().stream()
            .filter(g -> g.side() == side && g.dimension() == dim).toList();
        // a small group's min, median and max are single pairs' scores: publish them only for larger groups
        List<ScoreDistribution> dists = groups.stream().map(GroupScores::scores)
            .map(d -> d.count() < rangeGroupSize(options.minGroupSize()) ? d.withoutExtremes() : d).toList();
        sbg.add(breakdown(side.name().toLowerCase(Locale.ROOT) + "-" + dim.id(),
            groups.stream().map(GroupScores::group).toList(), dists, ScoreDistribution::count, d -> List.of(),
            suppression));
      }
    }
    this.scoresByGroup = sbg.build();
    ImmutableList.Builder<GroupBreakdown<GroupRepresentation>> rep = ImmutableList.builder();
    for (GroupDimension dim : options.groupBy()) {
      rep.add(representation(dim, Representation.of(program, matches, m, dim), suppression));
    }
    this.representation = rep.build();

    Set<ParticipantId> matchedMentors = new HashSet<>();
    Set<ParticipantId> matchedMentees = new HashSet<>();
    for (Pairing p : matches.pairs()) {
      matchedMentors.add(p.mentorId());
      matchedMentees.add(p.menteeId());
    }
    int closed = (int) m.pairs().stream().filter(PairMetrics::isClosed).count();
    this.summary = new Summary(headcountWithheld ? OptionalInt.empty() : OptionalInt.of(program.everyone().size()),
        program.mentors().size(), program.mentees().size(), matchedMentors.size(), matchedMentees.size(),
        m.pairs().size(), m.pairs().size() - closed, closed, m.eventsOutsideMatch(), m.eventsAfterAsOf());

    List<PairRow> rows = new ArrayList<>();
    for (PairMetrics p : m.pairs()) {
      rows.add(row(p, pseudonyms.of(p.pair()), program, options.includeNames()));
    }
    rows.sort(Comparator.comparing(PairRow::pseudonym));
    this.pairs = ImmutableList.copyOf(rows);
  }

  /**
   * Computes the metrics and builds the report.
   *
   * @param program the programme (people, goals, org chart)
   * @param matches the pairs to report on
   * @param events the journal's events in recording order
   * @param asOf the report date; later events are ignored
   * @param options privacy, locale and metric settings
   */
  public static ProgramReport create(Program program, MatchResult matches, Iterable<? extends JournalEvent> events,
      LocalDate asOf, ProgramReportOptions options) {
    requireNonNull(options, "options");
    ProgramMetrics m = ProgramMetrics.compute(program, matches, events, asOf, options.metrics());
    return of(m, program, matches, options);
  }

  /**
   * Builds the report from metrics already computed for this programme and match result.
   *
   * @throws InvalidInputException if the metrics' pairs are not the match result's pairs
   */
  public static ProgramReport of(ProgramMetrics metrics, Program program, MatchResult matches,
      ProgramReportOptions options) {
    return of(metrics, program, matches, options, Optional.empty());
  }

  /**
   * Builds the report from metrics already computed, with the circles of the programme beside its pairs
   * ({@link #circles()}).
   *
   * @param circles the circles' metrics ({@link CircleMetrics#compute}), if the programme runs circles
   * @throws InvalidInputException if the metrics' pairs are not the match result's pairs
   */
  public static ProgramReport of(ProgramMetrics metrics, Program program, MatchResult matches,
      ProgramReportOptions options, Optional<CircleMetrics> circles) {
    requireNonNull(metrics, "metrics");
    requireNonNull(program, "program");
    requireNonNull(matches, "matches");
    requireNonNull(options, "options");
    requireNonNull(circles, "circles");
    Set<MentoringPair> matched = new HashSet<>();
    matches.pairs().forEach(p -> matched.add(new MentoringPair(p.mentorId(), p.menteeId())));
    if (metrics.pairs().size() != matched.size()
        || !metrics.pairs().stream().allMatch(p -> matched.contains(p.pair()))) {
      throw InvalidInputException.of("metrics",
          "expected metrics computed for the match result's pairs, found metrics of other pairs");
    }
    ProgramReport report = new ProgramReport(metrics, program, matches, options, circles);
    LOG.debug("Program report as of {}: {} pairs ({} open), {} groups suppressed, {} events outside the match, "
        + "{} events after the report date", report.asOf, report.pairs.size(), report.summary.openPairs(),
        report.suppressedGroups(), report.summary.eventsOutsideMatch(), report.summary.eventsAfterAsOf());
    return report;
  }

  /** Groups below this many pairs publish no min, median or max score: twice the smallest published group. */
  static int rangeGroupSize(int minGroupSize) {
    return 2 * minGroupSize;
  }

  /**
   * The funnel of one dimension after suppression, published groups ordered by how much their share drops from the
   * organisation's headcount to the people giving feedback (biggest drop first), then suppressed groups by label (so
   * the order says nothing about them).
   */
  private static GroupBreakdown<GroupRepresentation> representation(GroupDimension dim,
      List<GroupRepresentation> groups, SmallGroupSuppression suppression) {
    GroupBreakdown<GroupRepresentation> b = breakdown(dim.id(), groups.stream().map(GroupRepresentation::group).toList(),
        groups, GroupRepresentation::headcount, g -> List.of(g.volunteers(), g.consenting(), g.matched(), g.feedback(),
            g.learning(), g.mentorFeedbacks()), suppression);
    long headcount = groups.stream().mapToLong(GroupRepresentation::headcount).sum();
    long feedback = groups.stream().mapToLong(GroupRepresentation::feedback).sum();
    Comparator<PublishedGroup<GroupRepresentation>> order = Comparator.comparing(PublishedGroup::suppressed);
    order = order.thenComparing(Comparator.comparingDouble(
        (PublishedGroup<GroupRepresentation> g) -> g.value().map(v -> drop(v, headcount, feedback)).orElse(0.0))
        .reversed()).thenComparing(PublishedGroup::group);
    return new GroupBreakdown<>(b.id(), ImmutableList.sortedCopyOf(order, b.groups()), b.totalWithheld());
  }

  /** The group's share of the organisation minus its share of the people who gave feedback. */
  static double drop(GroupRepresentation g, long headcount, long feedback) {
    double before = headcount == 0 ? 0 : (double) g.headcount() / headcount;
    double after = feedback == 0 ? 0 : (double) g.feedback() / feedback;
    return before - after;
  }

  private static <T> GroupBreakdown<T> breakdown(String id, List<String> labels, List<T> values,
      ToIntFunction<? super T> size, Function<? super T, List<Integer>> columns, SmallGroupSuppression suppression) {
    List<List<Integer>> cols = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      List<Integer> row = columns.apply(values.get(i));
      for (int j = 0; j < row.size(); j++) {
        if (i == 0) {
          cols.add(new ArrayList<>());
        }
        cols.get(j).add(row.get(j));
      }
    }
    SmallGroupSuppression.Result r = suppression.suppress(values.stream().map(size::applyAsInt).toList(), cols);
    ImmutableList.Builder<PublishedGroup<T>> groups = ImmutableList.builder();
    for (int i = 0; i < values.size(); i++) {
      groups.add(new PublishedGroup<>(labels.get(i), r.isSuppressed(i) ? Optional.empty() : Optional.of(values.get(i))));
    }
    return new GroupBreakdown<>(id, groups.build(), r.suppressTotal());
  }

  private static PairRow row(PairMetrics p, String pseudonym, Program program, boolean names) {
    Optional<String> mentorName = names ? program.participant(p.pair().mentorId()).flatMap(Participant::displayName)
        : Optional.empty();
    Optional<String> menteeName = names ? program.participant(p.pair().menteeId()).flatMap(Participant::displayName)
        : Optional.empty();
    PairStatus status = p.health().map(PairStatus::of).orElse(PairStatus.CLOSED);
    OptionalDouble goalClosure = p.goals().isEmpty() ? OptionalDouble.empty()
        : p.goals().stream().mapToDouble(GoalClosure::closure).average();
    return new PairRow(pseudonym, mentorName, menteeName, status, p.closeReason(), p.closedOn(),
        p.healthReasons(),
        p.sessionsHeld(), p.minutesHeld(), p.cancellations(Side.MENTOR), p.cancellations(Side.MENTEE), p.lastSession(),
        p.daysSinceLastSession(), p.feedback(Side.MENTOR).latest(), p.feedback(Side.MENTEE).latest(),
        p.reciprocityIndex(), p.goals().size(), goalClosure);
  }

  /**
   * The renderer of this report type for a format. Until a locale is set on it with
   * {@link ReportRenderer#withLocale(Locale)}, it renders each report in the report's own {@link #locale()}, so
   * {@code renderer(format).renderToString(report)} is {@code report.render(format)}.
   */
  public static ReportRenderer<ProgramReport> renderer(ReportFormat format) {
    requireNonNull(format, "format");
    return InReportLocale.of(format, locale -> switch (format) {
      case JSON -> new ProgramReportJson(locale);
      case CSV -> new ProgramReportCsv(locale);
      case MARKDOWN -> new ProgramReportMarkdown(locale);
      case HTML -> new ProgramReportHtml(locale);
    }, ProgramReport::locale);
  }

  /** The report in this format, in the report's {@link #locale()}. */
  public String render(ReportFormat format) {
    return renderer(format).renderToString(this);
  }

  /**
   * Writes the report in this format and the report's {@link #locale()} to a byte stream, UTF-8 without a
   * byte-order mark (for example an HTTP response with {@link ReportFormat#contentType()}); the same bytes as
   * {@link #render(ReportFormat)}. Flushes {@code out}, does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public void render(ReportFormat format, OutputStream out) throws IOException {
    renderer(format).render(this, out);
  }

  /**
   * Writes the report in this format into {@code directory} as {@code program-report.<extension>}, UTF-8.
   *
   * @return the file written
   * @throws dev.reverso.core.io.FileAccessException naming the file if it cannot be written
   */
  public Path write(ReportFormat format, Path directory) {
    requireNonNull(directory, "directory");
    Path file = directory.resolve(format.fileName(FILE_BASE));
    renderer(format).write(this, file);
    return file;
  }

  /** The report date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The day the pairs started (see {@link ProgramMetrics#start()}). */
  public LocalDate start() {
    return start;
  }

  /** The matching strategy that made the pairs. */
  public String strategy() {
    return strategy;
  }

  /** The smallest published group. */
  public int minGroupSize() {
    return minGroupSize;
  }

  /** Whether the pseudonyms were made with a random key (they then link to no other report). */
  public boolean randomKey() {
    return randomKey;
  }

  /** Whether pair rows carry display names. */
  public boolean namesIncluded() {
    return namesIncluded;
  }

  /** Whether display names are shown: the same as {@link #namesIncluded()}. */
  @Override
  public boolean includesNames() {
    return namesIncluded();
  }

  /** The locale of numbers in Markdown and HTML. */
  public Locale locale() {
    return locale;
  }

  /** Headline counts. */
  public Summary summary() {
    return summary;
  }

  /** Open pairs by health, every health a key. */
  public ImmutableMap<PairHealth, Integer> healthCounts() {
    return healthCounts;
  }

  /** Closed pairs by reason. */
  public ImmutableMap<CloseReason, Integer> closedCounts() {
    return closedCounts;
  }

  /** Reciprocity: both sides learn. */
  public Reciprocity reciprocity() {
    return reciprocity;
  }

  /** Recognition: the junior's voice counts. */
  public Recognition recognition() {
    return recognition;
  }

  /** Relationship: the pairs keep meeting. */
  public Relationship relationship() {
    return relationship;
  }

  /** The Net Promoter Score of both sides; empty when it had to be withheld. */
  public Optional<NetPromoterScore> nps() {
    return nps;
  }

  /** The Net Promoter Score by side (groups {@code mentor}, {@code mentee}). */
  public GroupBreakdown<NetPromoterScore> npsBySide() {
    return npsBySide;
  }

  /** Skill-gap closure of the mentees' own goals by skill: what seniors learned. */
  public GroupBreakdown<SkillClosure> skillClosure() {
    return skillClosure;
  }

  /** Skill-gap closure of one side's own goals by skill: {@code MENTEE} what seniors, {@code MENTOR} what juniors learned. */
  public GroupBreakdown<SkillClosure> skillClosure(Side learner) {
    return java.util.Objects.requireNonNull(learner, "learner") == Side.MENTEE ? skillClosure : mentorSkillClosure;
  }

  /** Coverage by department, location and seniority band, in that order. */
  public ImmutableList<GroupBreakdown<GroupCoverage>> coverage() {
    return coverage;
  }

  /** The coverage breakdown of one dimension. */
  public GroupBreakdown<GroupCoverage> coverage(GroupDimension dimension) {
    int i = GroupDimension.values().indexOf(requireNonNull(dimension, "dimension"));
    if (i < 0) {
      throw new IllegalArgumentException("coverage is reported by " + GroupDimension.values() + ", not " + dimension);
    }
    return coverage.get(i);
  }

  /** The match-score distribution of all pairs. */
  public ScoreDistribution scores() {
    return scores;
  }

  /**
   * Score distributions by group: for the mentor's and then the mentee's department, location and seniority
   * band (ids such as {@code mentee-department}).
   */
  public ImmutableList<GroupBreakdown<ScoreDistribution>> scoresByGroup() {
    return scoresByGroup;
  }

  /**
   * The representation funnel by each of {@link ProgramReportOptions#groupBy()}: headcount, volunteers, consenting,
   * matched, giving feedback, rated as learning and voice share per group; published groups with the biggest drop
   * first.
   */
  public ImmutableList<GroupBreakdown<GroupRepresentation>> representation() {
    return representation;
  }

  /** One row per pair, ordered by pseudonym. */
  public ImmutableList<PairRow> pairs() {
    return pairs;
  }

  /** The circles beside the pairs, when the report was built with them. */
  public Optional<CircleSection> circles() {
    return circles;
  }

  /** Groups suppressed across all breakdowns. */
  public int suppressedGroups() {
    int n = npsBySide.suppressedCount() + skillClosure.suppressedCount() + mentorSkillClosure.suppressedCount();
    for (GroupBreakdown<?> b : coverage) {
      n += b.suppressedCount();
    }
    for (GroupBreakdown<?> b : scoresByGroup) {
      n += b.suppressedCount();
    }
    for (GroupBreakdown<?> b : representation) {
      n += b.suppressedCount();
    }
    return n;
  }

  /** Date and counts only. */
  @Override
  public String toString() {
    return "ProgramReport[asOf=" + asOf + ", pairs=" + pairs.size() + ", suppressedGroups=" + suppressedGroups() + "]";
  }
}
