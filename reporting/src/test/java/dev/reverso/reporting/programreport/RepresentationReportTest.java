package dev.reverso.reporting.programreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.matching.result.Pairing;
import dev.reverso.reporting.ReportFormat;
import dev.reverso.reporting.metrics.GroupCoverage;
import dev.reverso.reporting.metrics.GroupDimension;
import dev.reverso.reporting.metrics.GroupRepresentation;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.metrics.Representation;
import dev.reverso.reporting.metrics.ScoreDistribution;
import dev.reverso.reporting.privacy.SubtractionCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The representation funnel, any attribute as a dimension, and suppression that withstands subtraction. */
class RepresentationReportTest {
  private static final ProgramReportFixture FIXTURE = ProgramReportFixture.small();
  private static final GroupDimension BAND = GroupDimension.attribute("band");

  /** The fixture's organisation with a synthetic {@code band} attribute: a, b, c by id hash, and x for three people. */
  private static Program withBand() {
    Program p = FIXTURE.program;
    Set<String> few = new HashSet<>();
    p.everyone().stream().limit(3).forEach(x -> few.add(x.id().value()));
    Function<Participant, Participant> tag = x -> {
      int h = Math.floorMod(x.id().value().hashCode(), 3);
      String band = few.contains(x.id().value()) ? "x" : h == 0 ? "a" : h == 1 ? "b" : "c";
      return x.toBuilder().attribute("band", band).build();
    };
    return Program.builder().taxonomy(p.taxonomy()).history(p.history()).active(p.active())
        .mentors(p.mentors().stream().map(tag).toList()).mentees(p.mentees().stream().map(tag).toList())
        .people(p.people().stream().map(tag).toList()).build();
  }

  @Test
  void theFunnelCountsEachStageOfTheWholeOrganisation() {
    Program program = FIXTURE.program;
    ProgramMetrics m = ProgramMetrics.compute(program, FIXTURE.matches, FIXTURE.events, ProgramReportFixture.AS_OF,
        ProgramReportOptions.defaults().metrics());
    List<GroupRepresentation> byDept = Representation.of(program, FIXTURE.matches, m, GroupDimension.DEPARTMENT);
    assertThat(byDept.stream().mapToInt(GroupRepresentation::headcount).sum()).isEqualTo(program.everyone().size());
    assertThat(byDept.stream().mapToInt(GroupRepresentation::volunteers).sum())
        .isEqualTo(program.mentors().size() + program.mentees().size());
    Set<String> matched = new HashSet<>();
    for (Pairing p : FIXTURE.matches.pairs()) {
      matched.add(p.mentorId().value());
      matched.add(p.menteeId().value());
    }
    assertThat(byDept.stream().mapToInt(GroupRepresentation::matched).sum()).isEqualTo(matched.size());
    // coverage and the funnel agree on every department
    for (GroupRepresentation g : byDept) {
      GroupCoverage c = m.coverage(GroupDimension.DEPARTMENT).stream().filter(x -> x.group().equals(g.group()))
          .findFirst().orElseThrow();
      assertThat(g.headcount()).isEqualTo(c.headcount());
      assertThat(g.volunteers()).isEqualTo(c.mentors() + c.mentees());
      assertThat(g.matched()).isEqualTo(c.matchedMentors() + c.matchedMentees());
    }
    double voice = byDept.stream().mapToDouble(g -> g.voiceShare().orElse(0)).sum();
    assertThat(voice).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(byDept.stream().mapToInt(GroupRepresentation::mentorFeedbacks).sum())
        .isEqualTo(m.recognition().mentorFeedbacks());
  }

  @Test
  void anAttributeIsADimensionAndTheReportOrdersGroupsByTheirDrop() throws IOException {
    Program program = withBand();
    ProgramReport report = ProgramReport.create(program, FIXTURE.matches, FIXTURE.events, ProgramReportFixture.AS_OF,
        ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
            .withGroupBy(List.of(GroupDimension.DEPARTMENT, BAND)));
    assertThat(report.representation()).extracting(GroupBreakdown::id).containsExactly("department", "band");
    GroupBreakdown<GroupRepresentation> band = report.representation().get(1);
    assertThat(band.groups()).extracting(PublishedGroup::group).containsExactlyInAnyOrder("a", "b", "c", "x");
    // x is small (three people), so it is suppressed with a complement, and listed after the published groups
    assertThat(band.suppressedCount()).isGreaterThanOrEqualTo(2);
    List<PublishedGroup<GroupRepresentation>> published = band.groups().stream().filter(g -> !g.suppressed()).toList();
    assertThat(band.groups().subList(0, published.size())).isEqualTo(published);
    long headcount = program.everyone().size();
    ProgramMetrics m = ProgramMetrics.compute(program, FIXTURE.matches, FIXTURE.events, ProgramReportFixture.AS_OF,
        ProgramReportOptions.defaults().metrics());
    long feedback = Representation.of(program, FIXTURE.matches, m, BAND).stream()
        .mapToLong(GroupRepresentation::feedback).sum();
    List<Double> drops = new ArrayList<>();
    for (PublishedGroup<GroupRepresentation> g : published) {
      drops.add(ProgramReport.drop(g.value().get(), headcount, feedback));
    }
    assertThat(drops).isSortedAccordingTo((a, b) -> Double.compare(b, a));

    JsonNode json = new ObjectMapper().readTree(report.render(ReportFormat.JSON));
    JsonNode first = json.at("/representation/1");
    assertThat(first.get("by").asText()).isEqualTo("band");
    JsonNode g = first.at("/groups/0");
    List<String> fields = new ArrayList<>();
    g.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).startsWith("group", "suppressed", "headcount", "volunteers", "consenting", "matched",
        "feedback");
    assertThat(fields).contains("voiceShare");
    String html = report.render(ReportFormat.HTML);
    assertThat(html).contains("id=\"representation-band\"", "Representation by band");
    assertThat(report.render(ReportFormat.MARKDOWN)).contains("## Who stays unheard, by band");
  }

  @Test
  void groupByIsValidated() {
    assertThatThrownBy(() -> ProgramReportOptions.defaults().withGroupBy(List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> ProgramReportOptions.defaults().withGroupBy(List.of(BAND, GroupDimension.attribute("band"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("each dimension once");
    assertThat(GroupDimension.parseList("department, location,gender,seniority", "--group-by")).containsExactly(
        GroupDimension.DEPARTMENT, GroupDimension.LOCATION, GroupDimension.attribute("gender"),
        GroupDimension.SENIORITY_BAND);
    assertThatThrownBy(() -> GroupDimension.parseList("department,,a b", "--group-by"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.location())
            .containsExactly("--group-by[1]", "--group-by[2]"));
  }

  /**
   * (a) Every coverage and representation table withstands subtraction: the solver-free check holds against the
   * true counts, for several thresholds and dimensions.
   */
  @Test
  void coverageAndRepresentationWithstandSubtraction() {
    Program program = withBand();
    for (int k : new int[] {3, 5, 8, 12}) {
      ProgramReportOptions options = ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
          .withMinGroupSize(k).withGroupBy(List.of(GroupDimension.DEPARTMENT, GroupDimension.LOCATION,
              GroupDimension.SENIORITY_BAND, BAND));
      ProgramMetrics m = ProgramMetrics.compute(program, FIXTURE.matches, FIXTURE.events, ProgramReportFixture.AS_OF,
          options.metrics());
      ProgramReport report = ProgramReport.of(m, program, FIXTURE.matches, options);
      for (GroupDimension dim : GroupDimension.values()) {
        List<GroupCoverage> truth = m.coverage(dim);
        GroupBreakdown<GroupCoverage> published = report.coverage(dim);
        check(published, truth.stream().map(GroupCoverage::headcount).toList(), List.of(
            truth.stream().map(GroupCoverage::mentors).toList(), truth.stream().map(GroupCoverage::mentees).toList(),
            truth.stream().map(GroupCoverage::matchedMentors).toList(),
            truth.stream().map(GroupCoverage::matchedMentees).toList()), truth.stream().map(GroupCoverage::group)
            .toList());
      }
      for (GroupBreakdown<GroupRepresentation> published : report.representation()) {
        List<GroupRepresentation> truth = Representation.of(program, FIXTURE.matches, m,
            options.groupBy().get(report.representation().indexOf(published)));
        check(published, truth.stream().map(GroupRepresentation::headcount).toList(), List.of(
            truth.stream().map(GroupRepresentation::volunteers).toList(),
            truth.stream().map(GroupRepresentation::consenting).toList(),
            truth.stream().map(GroupRepresentation::matched).toList(),
            truth.stream().map(GroupRepresentation::feedback).toList(),
            truth.stream().map(GroupRepresentation::learning).toList(),
            truth.stream().map(GroupRepresentation::mentorFeedbacks).toList()),
            truth.stream().map(GroupRepresentation::group).toList());
      }
    }
  }

  private static <T> void check(GroupBreakdown<T> published, List<Integer> sizes, List<List<Integer>> columns,
      List<String> labels) {
    Map<String, Boolean> suppressedByLabel = new java.util.HashMap<>();
    published.groups().forEach(g -> suppressedByLabel.put(g.group(), g.suppressed()));
    boolean[] suppressed = new boolean[sizes.size()];
    for (int i = 0; i < labels.size(); i++) {
      suppressed[i] = suppressedByLabel.get(labels.get(i));
    }
    assertThat(published.suppressedCount()).as(published.id()).isNotEqualTo(1);
    assertThat(SubtractionCheck.problems(sizes, columns, suppressed, published.totalWithheld())).as(published.id())
        .isEmpty();
  }

  /** (b) No min, median or max of a small score group, so none of them is a single pair's score. */
  @Test
  void smallScoreGroupsPublishNoSinglePairsScore() {
    for (int k : new int[] {3, 5}) {
      ProgramReport report = FIXTURE.report(ProgramReportOptions.defaults().withPseudonymKey(ProgramReportFixture.KEY)
          .withMinGroupSize(k));
      for (GroupBreakdown<ScoreDistribution> b : report.scoresByGroup()) {
        for (PublishedGroup<ScoreDistribution> g : b.groups()) {
          g.value().filter(d -> d.count() < 2 * k).ifPresent(d -> {
            assertThat(d.min()).as("%s %s", b.id(), g.group()).isEmpty();
            assertThat(d.max()).isEmpty();
            assertThat(d.median()).isEmpty();
            assertThat(d.mean()).isPresent();
          });
        }
      }
    }
  }

  /**
   * (c) Pair rows carry no match score: no field of a pair row holds its own pair's score as written in pairs.csv
   * (4 decimals) or the report (4 decimals, trailing zeros dropped).
   */
  @Test
  void pairRowsCarryNoMatchScore() throws IOException {
    ProgramReport report = FIXTURE.report();
    JsonNode json = new ObjectMapper().readTree(report.render(ReportFormat.JSON));
    Map<String, Double> scoreByPseudonym = new java.util.HashMap<>();
    dev.reverso.reporting.privacy.PairPseudonyms keyed =
        dev.reverso.reporting.privacy.PairPseudonyms.withKey(ProgramReportFixture.KEY);
    for (Pairing p : FIXTURE.matches.pairs()) {
      scoreByPseudonym.put(keyed.of(p.mentorId(), p.menteeId()), p.score());
    }
    for (JsonNode row : json.get("pairs")) {
      assertThat(row.has("matchScore")).isFalse();
      double score = scoreByPseudonym.get(row.get("pseudonym").asText());
      String csvScore = String.format(java.util.Locale.ROOT, "%.4f", score);
      String reportScore = ProgramReportJson.decimal(score);
      assertThat(row.toString()).doesNotContain(csvScore).doesNotContain(":" + reportScore + ",")
          .doesNotContain(":" + reportScore + "}");
    }
    assertThat(report.render(ReportFormat.CSV).lines().findFirst().orElseThrow()).doesNotContain("score");
  }
}
