package dev.reverso.cli;

import static dev.reverso.cli.ReversoCommandTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.cli.ReversoCommandTest.Run;
import dev.reverso.core.Consent;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Program;
import dev.reverso.core.io.ProgramFiles;
import dev.reverso.core.sample.SampleOrganization;
import dev.reverso.matching.result.MatchResult;
import dev.reverso.matching.result.Pairing;
import dev.reverso.matching.result.UnmatchedReason;
import dev.reverso.reporting.match.MatchesJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user-led round trip (shortlist, people pick, match --strategy stable), consent, pins and --rematch-active. */
class PeopleDecideCommandsTest {
  @TempDir
  Path dir;

  @Test
  void shortlistThenPicksThenStableIsTheUserLedRoundTrip() throws Exception {
    Path org = dir.resolve("org.csv");
    ProgramFiles.write(SampleOrganization.generate(400, 5), org);
    Run lists = run("shortlist", "--in", org.toString(), "--size", "3", "--out", dir.resolve("lists").toString());
    assertThat(lists.exitCode()).as(lists.err()).isZero();
    assertThat(lists.out()).contains("Shortlists of up to 3 for").contains("Wrote");
    Run italian = run("shortlist", "--in", org.toString(), "--size", "3", "--locale", "it", "--out",
        dir.resolve("lists-it").toString());
    assertThat(italian.exitCode()).as(italian.err()).isZero();
    assertThat(italian.out()).contains("Rose fino a 3 per", "suggerimenti", "Scritti in ")
        .doesNotContain("Shortlists", "Wrote");
    List<String> csv = Files.readAllLines(dir.resolve("lists").resolve("shortlists.csv"), UTF_8);
    assertThat(csv.get(0)).isEqualTo("person_id,person_role,rank,suggestion_id,score,explanation");
    assertThat(Files.readString(dir.resolve("lists").resolve("shortlists.json"), UTF_8))
        .contains("\"format\": \"reverso/shortlists@1\"");
    // every mentee picks: their suggestions, in the order shown
    Map<String, List<String>> picks = new LinkedHashMap<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] cells = line.split(",", 6);
      if (cells[1].equals("mentee")) {
        picks.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[3]);
      }
    }
    assertThat(picks).isNotEmpty();
    Program program = ProgramFiles.read(org);
    Program.Builder b = Program.builder().people(program.people()).mentors(program.mentors())
        .history(program.history()).active(program.active());
    for (Participant p : program.mentees()) {
      b.mentee(p.toBuilder().preferences(picks.getOrDefault(p.id().value(), List.of())).build());
    }
    Path picked = dir.resolve("picked.csv");
    ProgramFiles.write(b.build(), picked);
    assertThat(Files.readAllLines(picked, UTF_8).get(0)).endsWith(",consent,pin,preferences");
    Run match = run("match", "--in", picked.toString(), "--strategy", "stable", "--out", dir.resolve("m").toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    MatchResult result = MatchesJson.read(dir.resolve("m").resolve("matches.json"));
    assertThat(result.solverPath()).contains("stated preferences first");
    int gotAPick = 0;
    for (Pairing p : result.pairs()) {
      if (picks.getOrDefault(p.menteeId().value(), List.of()).contains(p.mentorId().value())) {
        gotAPick++;
      }
    }
    assertThat(gotAPick).as("mentees paired with one of their picks").isGreaterThan(result.pairs().size() / 2);
  }

  @Test
  void matchKeepsActiveAndPinnedPairsLeavesOutWithdrawnPeopleAndRematchesOnRequest() throws Exception {
    Program base = SampleOrganization.generate(200, 9);
    Participant m0 = base.mentors().get(0);
    Participant m1 = base.mentors().get(1);
    Participant m2 = base.mentors().get(2);
    Participant s0 = base.mentees().get(0);
    Participant s1 = base.mentees().get(1);
    Program.Builder b = Program.builder().people(base.people()).history(base.history());
    for (Participant p : base.mentors()) {
      b.mentor(p == m1 ? p.toBuilder().pin(s1.id()).build() : p == m2 ? p.toBuilder().consent(Consent.WITHDRAWN).build() : p);
    }
    b.mentees(base.mentees());
    b.active(MentoringPair.of(m0.id().value(), s0.id().value()));
    Path in = dir.resolve("program.json");
    ProgramFiles.write(b.build(), in);
    Run validate = run("validate", "--in", in.toString());
    assertThat(validate.out()).contains("People decide: 1 person without consent (left out of matching), 1 pinned pair");
    assertThat(validate.out()).doesNotContain(m2.id().value());
    Run match = run("match", "--in", in.toString(), "--out", dir.resolve("m").toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(match.out()).contains("(1 kept active, 1 pinned, ");
    MatchResult r = MatchesJson.read(dir.resolve("m").resolve("matches.json"));
    assertThat(r.pairs()).anyMatch(p -> p.mentorId().equals(m0.id()) && p.menteeId().equals(s0.id()) && p.active());
    assertThat(r.pairs()).anyMatch(p -> p.mentorId().equals(m1.id()) && p.menteeId().equals(s1.id()) && p.pinned());
    assertThat(r.unmatched()).anyMatch(u -> u.participantId().equals(m2.id()) && u.reason() == UnmatchedReason.NO_CONSENT);
    assertThat(r.pairs()).noneMatch(p -> p.mentorId().equals(m2.id()));
    String report = Files.readString(dir.resolve("m").resolve("match-report.html"), UTF_8);
    assertThat(report).contains("Already running, kept as it is.").contains("Fixed by the programme manager.");
    Run rematch = run("match", "--in", in.toString(), "--rematch-active", "--out", dir.resolve("r").toString());
    assertThat(rematch.exitCode()).as(rematch.err()).isZero();
    MatchResult again = MatchesJson.read(dir.resolve("r").resolve("matches.json"));
    assertThat(again.solverPath()).startsWith("rematch-active(1 active pair not kept)+kept(0 active, 1 pinned)+");
    assertThat(again.pairs()).anyMatch(p -> p.mentorId().equals(m1.id()) && p.pinned());
  }

  @Test
  void shortlistRefusesBadSizes() {
    Run r = run("shortlist", "--in", "x.csv", "--size", "0", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--size: expected at least 1 suggestion per person, found 0");
  }
}
