package dev.reverso.core.io;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.Participant;
import dev.reverso.core.ParticipantId;
import dev.reverso.core.Problem;
import dev.reverso.core.Program;
import dev.reverso.core.Role;
import dev.reverso.core.SkillTaxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Program} from the records of one file and maps every problem back to its file location.
 *
 * <p>Strict mode throws if any record or the programme has an error, listing all of them. Lenient mode
 * rejects each record with an error and builds from the rest; the programme-level checks (duplicate ids,
 * manager cycles, active pairs) may reject further records, so it repeats until the programme builds —
 * at most once per record, since every round rejects at least one. A pair naming the id of a rejected
 * record is dropped: a rejected record of its own in JSON, a warning on its row in CSV.
 */
final class ProgramAssembler {
  /** A person's place: {@code mentors[3]}, then (in a programme's own locations) the id in brackets and a field. */
  private static final Pattern PERSON_PLACE = Pattern.compile("(people|mentors|mentees)\\[(\\d+)]");
  private static final Pattern QUOTED_PATH = Pattern.compile("already at (people|mentors|mentees)\\[(\\d+)]");
  private static final Pattern PAIR_PATH = Pattern.compile("(history|active)\\[(\\d+)](?:\\.(.+))?");

  private ProgramAssembler() {}

  /**
   * Assembles the programme.
   *
   * @param fileProblems problems of the file as a whole; any error there is fatal in both modes
   * @param fileLocator maps a programme-level path that names no record ({@code mentors}) to a location
   */
  static ImportResult assemble(List<ImportRecord> records, SkillTaxonomy taxonomy, List<Problem> fileProblems,
      UnaryOperator<String> fileLocator, ImportOptions options) {
    List<Problem> fileErrors = fileProblems.stream().filter(Problem::isError).toList();
    if (!fileErrors.isEmpty()) {
      List<Problem> all = new ArrayList<>(fileErrors);
      records.forEach(r -> all.addAll(r.errors));
      all.addAll(fileProblems.stream().filter(p -> !p.isError()).toList());
      throw new InvalidInputException(all);
    }
    Set<ImportRecord> rejected = new LinkedHashSet<>();
    for (ImportRecord r : records) {
      if (r.hasErrors()) {
        rejected.add(r);
      }
    }
    // an id used again by a record that has errors (or after one) is reported here: the programme's own
    // check only sees the records without errors
    Map<String, ImportRecord> firstById = new HashMap<>();
    for (ImportRecord r : records) {
      if (r.rawId == null || r.role == null) {
        continue;
      }
      ImportRecord first = firstById.putIfAbsent(r.rawId, r);
      if (first != null && (rejected.contains(first) || rejected.contains(r))) {
        r.errors.add(Problem.error(r.locator.apply("id"), "expected a unique id, found '" + r.rawId
            + "' again (first at " + first.location + ")"));
        rejected.add(r);
      }
    }
    // in strict mode the first round returns or throws; pairs naming rejected records are left out so that
    // only root causes are reported
    while (true) {
      ImportResult result = attempt(records, rejected, taxonomy, fileProblems, fileLocator, options.isLenient());
      if (result != null) {
        return result;
      }
    }
  }

  /** One round: returns the result, or null after rejecting more records (lenient mode only). */
  private static ImportResult attempt(List<ImportRecord> records, Set<ImportRecord> rejected, SkillTaxonomy taxonomy,
      List<Problem> fileProblems, UnaryOperator<String> fileLocator, boolean lenient) {
    Set<String> acceptedIds = new HashSet<>();
    for (ImportRecord r : records) {
      if (!rejected.contains(r) && r.participant != null) {
        acceptedIds.add(r.participant.id().value());
      }
    }
    Set<String> rejectedIds = new HashSet<>();
    for (ImportRecord r : rejected) {
      if (r.rawId != null && !acceptedIds.contains(r.rawId)) {
        rejectedIds.add(r.rawId);
      }
    }
    Program.Builder builder = Program.builder().taxonomy(taxonomy);
    List<ImportRecord> people = new ArrayList<>();
    List<ImportRecord> mentors = new ArrayList<>();
    List<ImportRecord> mentees = new ArrayList<>();
    for (ImportRecord r : records) {
      if (rejected.contains(r) || r.participant == null) {
        continue;
      }
      if (r.role == Role.MENTOR) {
        builder.mentor(r.participant);
        mentors.add(r);
      } else if (r.role == Role.MENTEE) {
        builder.mentee(r.participant);
        mentees.add(r);
      } else {
        builder.person(r.participant);
        people.add(r);
      }
    }
    List<ImportRecord.PendingPair> history = new ArrayList<>();
    List<ImportRecord.PendingPair> active = new ArrayList<>();
    List<Problem> extraWarnings = new ArrayList<>();
    boolean rejectedMore = false;
    for (ImportRecord r : records) {
      if (rejected.contains(r)) {
        continue;
      }
      for (ImportRecord.PendingPair pp : r.pairs) {
        String gone = rejectedIds.contains(pp.pair.mentorId().value()) ? pp.pair.mentorId().value()
            : rejectedIds.contains(pp.pair.menteeId().value()) ? pp.pair.menteeId().value() : null;
        if (gone != null) {
          if (!lenient) {
            continue;
          }
          String message = "names '" + gone + "', whose record was rejected";
          if (r.participant == null) {
            r.errors.add(Problem.error(pp.locator.apply(""), message));
            rejected.add(r);
            rejectedMore = true;
          } else {
            extraWarnings.add(Problem.warning(pp.locator.apply(""), message + "; pair ignored"));
          }
          continue;
        }
        if (pp.active) {
          builder.active(pp.pair);
          active.add(pp);
        } else {
          builder.history(pp.pair);
          history.add(pp);
        }
      }
    }
    if (rejectedMore) {
      return null;
    }
    Locator locate = new Locator(records, people, mentors, mentees, history, active, fileLocator);
    Program program;
    try {
      program = builder.build();
    } catch (InvalidInputException e) {
      if (!lenient) {
        List<Problem> all = new ArrayList<>();
        records.forEach(r -> all.addAll(r.errors));
        for (Problem p : e.problems()) {
          if (p.isError()) {
            all.add(locate.relocate(p));
          }
        }
        addWarnings(all, fileProblems, e.problems(), extraWarnings, locate, rejectedIds);
        throw new InvalidInputException(all);
      }
      for (Problem p : e.errors()) {
        ImportRecord owner = locate.owner(p.location());
        if (owner == null) {
          throw new InvalidInputException(List.of(locate.relocate(p)));
        }
        owner.errors.add(locate.relocate(p));
        rejected.add(owner);
      }
      return null;
    }
    List<Problem> warnings = new ArrayList<>();
    addWarnings(warnings, fileProblems, program.warnings(), extraWarnings, locate, rejectedIds);
    if (!rejected.isEmpty() && !lenient) {
      List<Problem> all = new ArrayList<>();
      records.forEach(r -> all.addAll(r.errors));
      all.addAll(warnings);
      throw new InvalidInputException(all);
    }
    ImmutableList.Builder<ImportResult.RejectedRecord> rejections = ImmutableList.builder();
    for (ImportRecord r : records) {
      if (rejected.contains(r)) {
        rejections.add(new ImportResult.RejectedRecord(r.location, ImmutableList.copyOf(r.errors)));
      }
    }
    return new ImportResult(program, records.size() - rejected.size(), rejections.build(), ImmutableList.copyOf(warnings));
  }

  private static void addWarnings(List<Problem> out, List<Problem> fileProblems, List<Problem> programProblems,
      List<Problem> extraWarnings, Locator locate, Set<String> rejectedIds) {
    fileProblems.stream().filter(p -> !p.isError()).forEach(out::add);
    for (Problem p : programProblems) {
      if (!p.isError()) {
        Problem located = locate.relocate(p);
        out.add(new Problem(p.severity(), located.location(),
            located.message() + locate.rejectedNote(p.location(), rejectedIds)));
      }
    }
    out.addAll(extraWarnings);
  }

  /** Maps programme paths ({@code mentees[3].managerId}, {@code active[0].mentorId}) to records and file locations. */
  private static final class Locator {
    private final List<ImportRecord> people;
    private final List<ImportRecord> mentors;
    private final List<ImportRecord> mentees;
    private final List<ImportRecord.PendingPair> history;
    private final List<ImportRecord.PendingPair> active;
    private final UnaryOperator<String> fileLocator;
    private final List<ImportRecord> records;

    Locator(List<ImportRecord> records, List<ImportRecord> people, List<ImportRecord> mentors, List<ImportRecord> mentees,
        List<ImportRecord.PendingPair> history, List<ImportRecord.PendingPair> active,
        UnaryOperator<String> fileLocator) {
      this.people = people;
      this.mentors = mentors;
      this.mentees = mentees;
      this.history = history;
      this.active = active;
      this.fileLocator = fileLocator;
      this.records = records;
    }

    private Map<ImportRecord.PendingPair, ImportRecord> pairOwners;

    private List<ImportRecord> persons(String list) {
      return list.equals("people") ? people : list.equals("mentors") ? mentors : mentees;
    }

    /**
     * The problem at its file location; a programme path quoted in the message ("already at mentors[0]")
     * becomes a file location too.
     */
    Problem relocate(Problem p) {
      String text = p.message();
      Matcher m = QUOTED_PATH.matcher(text);
      StringBuilder message = new StringBuilder();
      int from = 0;
      while (m.find(from)) {
        ImportRecord r = persons(m.group(1)).get(Integer.parseInt(m.group(2)));
        int end = m.end();
        String id = "(" + r.participant.id().value() + ")";
        if (text.startsWith(id, end)) {
          end += id.length();
        }
        message.append(text, from, m.start()).append("already at ").append(r.locator.apply(""));
        from = end;
      }
      message.append(text.substring(from));
      return new Problem(p.severity(), location(p.location()), message.toString());
    }

    /**
     * The record and field of a person path ({@code mentors[3](E0101).skills.genai} → the record of mentor 3
     * and {@code skills.genai}); null if the path names no person. The id is matched exactly, so an id holding
     * brackets or dots cannot be mistaken for a field.
     */
    private Map.Entry<ImportRecord, String> person(String path) {
      Matcher m = PERSON_PLACE.matcher(path);
      if (!m.lookingAt()) {
        return null;
      }
      ImportRecord r = persons(m.group(1)).get(Integer.parseInt(m.group(2)));
      int at = m.end();
      String id = r.participant == null ? null : "(" + r.participant.id().value() + ")";
      if (id != null && path.startsWith(id, at)) {
        at += id.length();
      }
      if (at == path.length()) {
        return Map.entry(r, "");
      }
      return path.charAt(at) == '.' ? Map.entry(r, path.substring(at + 1)) : null;
    }

    String location(String path) {
      Map.Entry<ImportRecord, String> person = person(path);
      if (person != null) {
        return person.getKey().locator.apply(person.getValue());
      }
      Matcher m = PAIR_PATH.matcher(path);
      if (m.matches()) {
        ImportRecord.PendingPair pp = (m.group(1).equals("history") ? history : active).get(Integer.parseInt(m.group(2)));
        return pp.locator.apply(m.group(3) == null ? "" : m.group(3));
      }
      return fileLocator.apply(path);
    }

    /** The record an error belongs to, or null. */
    ImportRecord owner(String path) {
      Map.Entry<ImportRecord, String> person = person(path);
      if (person != null) {
        return person.getKey();
      }
      Matcher m = PAIR_PATH.matcher(path);
      if (m.matches()) {
        ImportRecord.PendingPair pp = (m.group(1).equals("history") ? history : active).get(Integer.parseInt(m.group(2)));
        return pairOwners().get(pp);
      }
      return null;
    }

    /** Each pending pair's record, built on first use: O(pairs) once instead of a scan per problem. */
    private Map<ImportRecord.PendingPair, ImportRecord> pairOwners() {
      if (pairOwners == null) {
        pairOwners = new IdentityHashMap<>();
        for (ImportRecord r : records) {
          for (ImportRecord.PendingPair pp : r.pairs) {
            pairOwners.putIfAbsent(pp, r);
          }
        }
      }
      return pairOwners;
    }

    /** A note for a warning about a reference to a record that was rejected, or "". */
    String rejectedNote(String path, Set<String> rejectedIds) {
      Map.Entry<ImportRecord, String> person = rejectedIds.isEmpty() ? null : person(path);
      if (person == null || person.getValue().isEmpty()) {
        return "";
      }
      Participant p = person.getKey().participant;
      String field = person.getValue();
      String named = null;
      if (field.equals("managerId")) {
        named = p.managerId().map(ParticipantId::value).orElse(null);
      } else if (field.startsWith("exclusions[")) {
        int i = Integer.parseInt(field.substring("exclusions[".length(), field.length() - 1));
        named = p.exclusions().asList().get(i).value();
      }
      return named != null && rejectedIds.contains(named) ? " (the record of '" + named + "' was rejected)" : "";
    }
  }
}
