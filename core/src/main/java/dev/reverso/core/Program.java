package dev.reverso.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A reverse-mentoring cohort: the mentors (juniors), the mentees (seniors), everyone else in the org
 * chart above or beside them ({@link #people()}), an optional skill taxonomy, the history of earlier
 * pairings (which must not repeat) and the pairs already active (locked when re-matching).
 *
 * <p>{@link Builder#build()} rejects, listing every problem: an id used twice (including one person in
 * both roles), a manager cycle, an active pair that does not join a mentor to a mentee, more active pairs
 * than a person's capacity; a {@linkplain Participant#pin() pin} to an unknown id, to someone of the same
 * role or without consent, a pin the partner contradicts by pinning someone else, more active and pinned
 * partners than a person's capacity; {@linkplain Participant#preferences() preferences} naming an unknown
 * id or someone of the same role. It accepts with a {@linkplain #warnings() warning}: a manager not in the
 * chart (treated as the top of a line), an exclusion or a history pair naming an unknown id, a programme
 * without mentors or without mentees.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows counts only.
 */
public final class Program {
  static {
    // an older Guava fails here, with a message naming the minimum, rather than deep inside a match
    GuavaRequirement.check();
  }

  private final ImmutableList<Participant> mentors;
  private final ImmutableList<Participant> mentees;
  private final ImmutableList<Participant> people;
  private final SkillTaxonomy taxonomy;
  private final ImmutableList<MentoringPair> history;
  private final ImmutableList<MentoringPair> active;
  private final java.util.Optional<String> cohort;
  private final ImmutableMap<ParticipantId, Participant> byId;
  private final ImmutableMap<ParticipantId, Role> roles;
  private final OrgChart orgChart;
  private final ImmutableList<Problem> warnings;
  private final ImmutableList<MentoringPair> pinned;

  private Program(Builder b, Builder.Placement placed, ImmutableMap<ParticipantId, Participant> byId,
      ImmutableMap<ParticipantId, Role> roles, OrgChart orgChart, ImmutableList<Problem> warnings,
      ImmutableList<MentoringPair> pinned) {
    this.pinned = pinned;
    this.people = ImmutableList.copyOf(placed.lists.get(0));
    this.mentors = ImmutableList.copyOf(placed.lists.get(1));
    this.mentees = ImmutableList.copyOf(placed.lists.get(2));
    this.taxonomy = b.taxonomy;
    this.history = ImmutableList.copyOf(b.history);
    this.active = ImmutableList.copyOf(b.active);
    this.cohort = java.util.Optional.ofNullable(b.cohort);
    this.byId = byId;
    this.roles = roles;
    this.orgChart = orgChart;
    this.warnings = warnings;
  }

  private Program(Program base, ImmutableList<MentoringPair> active, java.util.Optional<String> cohort) {
    this.mentors = base.mentors;
    this.mentees = base.mentees;
    this.people = base.people;
    this.taxonomy = base.taxonomy;
    this.history = base.history;
    this.active = active;
    this.cohort = cohort;
    this.byId = base.byId;
    this.roles = base.roles;
    this.pinned = base.pinned;
    this.orgChart = base.orgChart;
    this.warnings = base.warnings;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this programme's data, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    mentors.forEach(b::mentor);
    mentees.forEach(b::mentee);
    people.forEach(b::person);
    b.taxonomy = taxonomy;
    b.history.addAll(history);
    b.active.addAll(active);
    b.cohort = cohort.orElse(null);
    return b;
  }

  /**
   * The cohort label ({@code 2026-H1}, {@code cohort-2}), if given: the programme's round, so that reports over
   * a journal that spans several cohorts can tell them apart.
   */
  public java.util.Optional<String> cohort() {
    return cohort;
  }

  /**
   * This programme with another cohort label and everything else shared: O(1), where a rebuild is
   * O(people + history + active pairs). The label is checked as {@link Builder#cohort(String)} says.
   *
   * @param label the new label, or {@code null} for none
   * @return a programme equal to {@code toBuilder().cohort(label).build()}
   * @throws InvalidInputException located at {@code cohort} if the label is not a valid one
   */
  public Program withCohort(String label) {
    Problems problems = new Problems();
    checkCohort(label, problems);
    problems.throwIfErrors();
    java.util.Optional<String> next = java.util.Optional.ofNullable(label);
    return next.equals(cohort) ? this : new Program(this, active, next);
  }

  private static void checkCohort(String label, Problems problems) {
    if (label != null) {
      String why = ParticipantId.check(label);
      if (why != null || label.length() > 64) {
        problems.error("cohort", why != null ? why.replace(" id", " label") : "expected at most 64 characters, found "
            + label.length());
      }
    }
  }

  /**
   * This programme with other active pairs and everything else unchanged: what an HR system calls when pairs
   * start or end during a running programme. Only the new pairs are checked, with the rules of
   * {@link Builder#build()} (each joins a mentor to a mentee of this programme, appears once, and no one is in
   * more active pairs than their capacity); the people, the org chart, the history and the
   * {@linkplain #warnings() warnings} (none of which depend on the active pairs) are shared, not validated
   * again. O(active pairs) expected time, where a rebuild is O(people + history + active pairs).
   *
   * @param pairs the active pairs, in order
   * @return a programme equal to {@code toBuilder()} with these active pairs, built
   * @throws InvalidInputException listing every problem of the pairs, located as {@code active[3].menteeId}
   */
  public Program withActive(Iterable<MentoringPair> pairs) {
    ImmutableList<MentoringPair> list = ImmutableList.copyOf(requireNonNull(pairs, "pairs"));
    if (list.equals(active)) {
      return this;
    }
    Problems problems = new Problems();
    checkActive(list, roles, byId, Set.of(), problems);
    problems.throwIfErrors();
    return new Program(this, list, cohort);
  }

  /**
   * This programme with every participant's display name removed ({@link Participant#withoutDisplayName()}
   * for mentors, mentees and org-chart people), for files and exports that must not carry names. Everything
   * else is copied through {@link #toBuilder()}, so a field added later is never dropped.
   *
   * @return a programme equal to this one except that no participant has a display name
   */
  public Program withoutNames() {
    Builder b = toBuilder();
    b.mentors.replaceAll(e -> e.map(Participant::withoutDisplayName));
    b.mentees.replaceAll(e -> e.map(Participant::withoutDisplayName));
    b.people.replaceAll(e -> e.map(Participant::withoutDisplayName));
    return b.build();
  }

  /** The mentors (juniors who teach), in input order. */
  public ImmutableList<Participant> mentors() {
    return mentors;
  }

  /** The mentees (seniors who learn), in input order. */
  public ImmutableList<Participant> mentees() {
    return mentees;
  }

  /** People in the org chart who are neither mentor nor mentee, in input order. */
  public ImmutableList<Participant> people() {
    return people;
  }

  /** Everyone: people, then mentors, then mentees. */
  public ImmutableList<Participant> everyone() {
    return byId.values().asList();
  }

  /** The person with this id, whatever their role. */
  public Optional<Participant> participant(ParticipantId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The role of a person in this programme, if they are in it. */
  public Optional<Role> role(ParticipantId id) {
    return Optional.ofNullable(roles.get(id));
  }

  /** The skill taxonomy; {@link SkillTaxonomy#empty()} if none was given. */
  public SkillTaxonomy taxonomy() {
    return taxonomy;
  }

  /** Earlier pairings, which the default constraints do not repeat. */
  public ImmutableList<MentoringPair> history() {
    return history;
  }

  /** Pairs already active, kept as they are when re-matching incrementally. */
  public ImmutableList<MentoringPair> active() {
    return active;
  }

  /**
   * The pairs the programme manager fixed with {@link Participant#pin()}, each once (whichever side, or
   * both, named the other), in the order of {@link #mentors()} and then {@link #mentees()}. Every strategy
   * keeps them.
   */
  public ImmutableList<MentoringPair> pinned() {
    return pinned;
  }

  /** The org chart of everyone in the programme. */
  public OrgChart orgChart() {
    return orgChart;
  }

  /** Warnings found when the programme was built; the programme is usable despite them. */
  public ImmutableList<Problem> warnings() {
    return warnings;
  }

  /** Equal when every list, the taxonomy, the history and the active pairs are equal (warnings follow). */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Program)) {
      return false;
    }
    Program p = (Program) o;
    return mentors.equals(p.mentors) && mentees.equals(p.mentees) && people.equals(p.people)
        && taxonomy.equals(p.taxonomy) && history.equals(p.history) && active.equals(p.active)
        && cohort.equals(p.cohort);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mentors, mentees, people, taxonomy, history, active, cohort);
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "Program[mentors=" + mentors.size() + ", mentees=" + mentees.size() + ", people=" + people.size()
        + ", history=" + history.size() + ", active=" + active.size() + "]";
  }

  /**
   * Builds a {@link Program}; {@link #build()} reports every problem at once. Not thread-safe.
   *
   * <p><b>From objects.</b> Participants may be given built ({@link #mentor(Participant)}) or as builders
   * ({@link #mentor(Participant.Builder)}, {@link #mentors(Iterable, Function)}): a builder is checked when it
   * is given, and its problems are reported by {@link #build()} together with every other participant's and
   * the programme's, each located by list, index and id: {@code mentors[3](E0101).skills.genai}.
   *
   * <p><b>The whole organisation at once.</b> An HR export holds everyone; give them all with
   * {@link #people(Iterable)} and name the mentors and mentees by id ({@link #mentorIds(Iterable)},
   * {@link #menteeIds(Iterable)}) or by a function of the person ({@link #roles(Function)}). Named people
   * leave the org-chart-only list and join the mentors (or mentees) after those given directly, in the order
   * of the people list; their problems stay located where they were given ({@code people[17](E0101)}).
   */
  public static final class Builder {
    private final List<Entry> mentors = new ArrayList<>();
    private final List<Entry> mentees = new ArrayList<>();
    private final List<Entry> people = new ArrayList<>();
    private final List<String> mentorIds = new ArrayList<>();
    private final List<String> menteeIds = new ArrayList<>();
    private Function<? super Participant, Role> roleOf;
    private SkillTaxonomy taxonomy = SkillTaxonomy.empty();
    private String cohort;
    private final List<MentoringPair> history = new ArrayList<>();
    private final List<MentoringPair> active = new ArrayList<>();

    private Builder() {}

    /**
     * A participant as given: built, or the problems of its builder (then {@code participant} is null).
     *
     * @param participant the participant, or {@code null} if its builder had errors
     * @param rawId the id given to the builder, as given (may be invalid or null)
     * @param problems the builder's problems, located inside the participant ({@code skills.genai})
     */
    private record Entry(Participant participant, String rawId, ImmutableList<Problem> problems) {
      static Entry of(Participant p) {
        return new Entry(p, p.id().value(), ImmutableList.of());
      }

      static Entry of(Participant.Builder b) {
        Problems problems = new Problems();
        Participant p = b.validate(problems);
        return new Entry(p, b.rawId(), problems.toList());
      }

      Entry map(java.util.function.UnaryOperator<Participant> f) {
        return participant == null ? this : new Entry(f.apply(participant), rawId, problems);
      }
    }

    /** Adds a mentor. */
    public Builder mentor(Participant p) {
      mentors.add(Entry.of(requireNonNull(p, "mentor")));
      return this;
    }

    /**
     * Adds a mentor from a builder, checked now: its problems are reported by {@link #build()} with all
     * others, located as {@code mentors[3](E0101).skills.genai}. Later changes to the builder are not seen.
     */
    public Builder mentor(Participant.Builder b) {
      mentors.add(Entry.of(requireNonNull(b, "mentor")));
      return this;
    }

    /** Adds mentors. */
    public Builder mentors(Iterable<Participant> ps) {
      ps.forEach(this::mentor);
      return this;
    }

    /**
     * Adds a mentor for each source object, mapped to a participant builder ({@code employee ->
     * Participant.builder(employee.id()).seniority(...)...}); see {@link #mentor(Participant.Builder)}.
     */
    public <T> Builder mentors(Iterable<T> source, Function<? super T, Participant.Builder> toParticipant) {
      addMapped(mentors, "mentors", source, toParticipant);
      return this;
    }

    /** Adds a mentee. */
    public Builder mentee(Participant p) {
      mentees.add(Entry.of(requireNonNull(p, "mentee")));
      return this;
    }

    /** Adds a mentee from a builder, checked now; see {@link #mentor(Participant.Builder)}. */
    public Builder mentee(Participant.Builder b) {
      mentees.add(Entry.of(requireNonNull(b, "mentee")));
      return this;
    }

    /** Adds mentees. */
    public Builder mentees(Iterable<Participant> ps) {
      ps.forEach(this::mentee);
      return this;
    }

    /** Adds a mentee for each source object; see {@link #mentors(Iterable, Function)}. */
    public <T> Builder mentees(Iterable<T> source, Function<? super T, Participant.Builder> toParticipant) {
      addMapped(mentees, "mentees", source, toParticipant);
      return this;
    }

    /** Adds someone who is in the org chart only (unless named a mentor or mentee later, by id or role). */
    public Builder person(Participant p) {
      people.add(Entry.of(requireNonNull(p, "person")));
      return this;
    }

    /** Adds someone from a builder, checked now; see {@link #mentor(Participant.Builder)}. */
    public Builder person(Participant.Builder b) {
      people.add(Entry.of(requireNonNull(b, "person")));
      return this;
    }

    /** Adds people who are in the org chart only (unless named mentors or mentees, by id or role). */
    public Builder people(Iterable<Participant> ps) {
      ps.forEach(this::person);
      return this;
    }

    /**
     * Adds a person for each source object, the whole organisation at once; name the mentors and mentees
     * with {@link #mentorIds(Iterable)}, {@link #menteeIds(Iterable)} or {@link #roles(Function)}.
     */
    public <T> Builder people(Iterable<T> source, Function<? super T, Participant.Builder> toParticipant) {
      addMapped(people, "people", source, toParticipant);
      return this;
    }

    private static <T> void addMapped(List<Entry> list, String name, Iterable<T> source,
        Function<? super T, Participant.Builder> toParticipant) {
      requireNonNull(source, "source");
      requireNonNull(toParticipant, "toParticipant");
      for (T t : source) {
        Participant.Builder b = toParticipant.apply(t);
        if (b == null) {
          throw new NullPointerException("the function mapping " + name + "[" + list.size()
              + "] to a participant builder returned null");
        }
        list.add(Entry.of(b));
      }
    }

    /**
     * Names mentors among the {@linkplain #people(Iterable) people} by HR id. {@link #build()} reports an id
     * that names nobody given ({@code mentorIds[2]}) and a person named both mentor and mentee.
     */
    public Builder mentorIds(Iterable<String> ids) {
      ids.forEach(id -> mentorIds.add(requireNonNull(id, "mentor id")));
      return this;
    }

    /** Names mentors among the people by HR id; see {@link #mentorIds(Iterable)}. */
    public Builder mentorIds(String... ids) {
      return mentorIds(Arrays.asList(ids));
    }

    /** Names mentees among the people by HR id; see {@link #mentorIds(Iterable)}. */
    public Builder menteeIds(Iterable<String> ids) {
      ids.forEach(id -> menteeIds.add(requireNonNull(id, "mentee id")));
      return this;
    }

    /** Names mentees among the people by HR id; see {@link #mentorIds(Iterable)}. */
    public Builder menteeIds(String... ids) {
      return menteeIds(Arrays.asList(ids));
    }

    /**
     * Gives each of the {@linkplain #people(Iterable) people} a role ({@code null} or {@link Role#NONE}: org
     * chart only), as an HR export's role column does; called once per person by {@link #build()}. A role that
     * contradicts {@link #mentorIds(Iterable)} or {@link #menteeIds(Iterable)} is reported there.
     */
    public Builder roles(Function<? super Participant, Role> roleOf) {
      this.roleOf = requireNonNull(roleOf, "roleOf");
      return this;
    }

    /** Sets the skill taxonomy. */
    public Builder taxonomy(SkillTaxonomy taxonomy) {
      this.taxonomy = requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /** Adds an earlier pairing. */
    public Builder history(MentoringPair pair) {
      history.add(requireNonNull(pair, "history pair"));
      return this;
    }

    /** Adds earlier pairings. */
    public Builder history(Iterable<MentoringPair> pairs) {
      pairs.forEach(this::history);
      return this;
    }

    /**
     * The cohort label: 1 to 64 characters, no control characters, no leading or trailing blanks (checked by
     * {@link #build()}); {@code null} removes it.
     */
    public Builder cohort(String label) {
      this.cohort = label;
      return this;
    }

    /** Adds an active pair. */
    public Builder active(MentoringPair pair) {
      active.add(requireNonNull(pair, "active pair"));
      return this;
    }

    /** Adds active pairs. */
    public Builder active(Iterable<MentoringPair> pairs) {
      pairs.forEach(this::active);
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws InvalidInputException listing every problem (and the warnings found with them): every
     *     participant's, located as {@code mentors[3](E0101).skills.genai}, and the programme's, as
     *     {@code mentors[2](E7).id}, {@code mentorIds[1]}, {@code active[0].menteeId}, ...
     */
    public Program build() {
      Problems problems = new Problems();
      checkCohort(cohort, problems);
      Set<ParticipantId> failed = new HashSet<>();
      List<List<Entry>> given = List.of(people, mentors, mentees);
      for (int list = 0; list < given.size(); list++) {
        List<Entry> entries = given.get(list);
        if (entries.size() >= 1 << INDEX_BITS) {
          throw new IllegalArgumentException("expected fewer than " + (1 << INDEX_BITS) + " " + LIST_NAMES[list]);
        }
        for (int i = 0; i < entries.size(); i++) {
          Entry e = entries.get(i);
          if (!e.problems().isEmpty()) {
            problems.addAll(e.problems(), label(code(list, i), e.rawId()));
          }
          if (e.participant() == null && e.rawId() != null && ParticipantId.check(e.rawId()) == null) {
            failed.add(ParticipantId.of(e.rawId()));
          }
        }
      }
      Placement pl = place(failed, problems);
      List<Participant> people = pl.lists.get(PEOPLE);
      List<Participant> mentors = pl.lists.get(MENTORS);
      List<Participant> mentees = pl.lists.get(MENTEES);
      // first place of each id, as a compact code (list and index): location strings are made only for problems
      Map<ParticipantId, Integer> where = new HashMap<>((people.size() + mentors.size() + mentees.size()) * 4 / 3 + 1);
      ImmutableMap.Builder<ParticipantId, Participant> byIdBuilder =
          ImmutableMap.builderWithExpectedSize(people.size() + mentors.size() + mentees.size());
      ImmutableMap.Builder<ParticipantId, Role> rolesBuilder =
          ImmutableMap.builderWithExpectedSize(people.size() + mentors.size() + mentees.size());
      index(pl, PEOPLE, Role.NONE, byIdBuilder, rolesBuilder, where, problems);
      index(pl, MENTORS, Role.MENTOR, byIdBuilder, rolesBuilder, where, problems);
      index(pl, MENTEES, Role.MENTEE, byIdBuilder, rolesBuilder, where, problems);
      ImmutableMap<ParticipantId, Participant> byId = byIdBuilder.buildOrThrow();
      ImmutableMap<ParticipantId, Role> roles = rolesBuilder.buildOrThrow();
      if (mentors.isEmpty() && failed.isEmpty()) {
        problems.warning("mentors", "the programme has no mentors; nobody can be matched");
      }
      if (mentees.isEmpty() && failed.isEmpty()) {
        problems.warning("mentees", "the programme has no mentees; nobody can be matched");
      }
      // in input order (people, mentors, mentees), so that warnings are deterministic
      for (int list = 0; list < pl.lists.size(); list++) {
        List<Participant> ps = pl.lists.get(list);
        for (int k = 0; k < ps.size(); k++) {
          Participant p = ps.get(k);
          if (p.exclusions().isEmpty() || where.get(p.id()) != code(list, k)) {
            continue; // nothing to check, or a duplicate id (reported above)
          }
          int i = 0;
          for (ParticipantId other : p.exclusions()) {
            if (!byId.containsKey(other) && !failed.contains(other)) {
              problems.warning(pl.location(code(list, k)) + ".exclusions[" + i + "]", "excludes '" + other
                  + "', who is not in the programme; ignored");
            }
            i++;
          }
        }
      }
      for (int i = 0; i < history.size(); i++) {
        MentoringPair pair = history.get(i);
        for (ParticipantId id : List.of(pair.mentorId(), pair.menteeId())) {
          if (!byId.containsKey(id) && !failed.contains(id)) {
            problems.warning("history[" + i + "]", "names '" + id + "', who is not in the programme; ignored");
          }
        }
      }
      Map<ParticipantId, Integer> load = checkActive(active, roles, byId, failed, problems);
      ImmutableList<MentoringPair> pinned = checkPins(pl, byId, roles, where, load, failed, problems);
      checkPreferences(pl, byId, roles, where, failed, problems);
      for (int i = 0; i < active.size(); i++) {
        MentoringPair pair = active.get(i);
        Participant mentor = byId.get(pair.mentorId());
        Participant mentee = byId.get(pair.menteeId());
        if (mentor != null && mentee != null && (!mentor.hasConsent() || !mentee.hasConsent())) {
          problems.warning("active[" + i + "]", "one of the two has withdrawn consent: the pair is not kept");
        }
      }
      // byId holds each id once, so the chart can always be built: a cycle is reported together with
      // every other error instead of only once those are fixed
      OrgChart chart = null;
      try {
        chart = OrgChart.fromManagers(Maps.transformValues(byId, Participant::managerId));
        for (Problem w : chart.warnings()) {
          ParticipantId id = ParticipantId.of(w.location().substring(0, w.location().length() - ".managerId".length()));
          Participant p = byId.get(id);
          if (p.managerId().isPresent() && failed.contains(p.managerId().get())) {
            continue; // the manager was given, with errors reported above
          }
          problems.add(w.at(pl.location(where.get(id)) + ".managerId"));
        }
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          String loc = p.location();
          ParticipantId id = ParticipantId.of(loc.substring(0, loc.length() - ".managerId".length()));
          problems.add(p.at(pl.location(where.get(id)) + ".managerId"));
        }
      }
      problems.throwIfErrors();
      return new Program(this, pl, byId, roles, chart, problems.warnings(), pinned);
    }

    /**
     * The final lists: the people named mentors or mentees (by id or by {@link #roles(Function)}) move from
     * the people to the end of the mentors or mentees; participants whose builders had errors are left out.
     */
    private Placement place(Set<ParticipantId> failed, Problems problems) {
      // named role of each id, and where it was named first
      Map<String, Role> named = new HashMap<>();
      Map<String, String> namedAt = new HashMap<>();
      Set<String> given = new HashSet<>();
      Map<String, Role> givenRole = new HashMap<>();
      for (int list = 0; list < 3; list++) {
        for (Entry e : List.of(people, mentors, mentees).get(list)) {
          if (e.rawId() != null) {
            given.add(e.rawId());
            if (list != PEOPLE) {
              givenRole.putIfAbsent(e.rawId(), list == MENTORS ? Role.MENTOR : Role.MENTEE);
            }
          }
        }
      }
      for (Role role : List.of(Role.MENTOR, Role.MENTEE)) {
        List<String> ids = role == Role.MENTOR ? mentorIds : menteeIds;
        String listName = role == Role.MENTOR ? "mentorIds" : "menteeIds";
        for (int k = 0; k < ids.size(); k++) {
          String id = ids.get(k);
          String loc = listName + "[" + k + "]";
          String why = ParticipantId.check(id);
          if (why != null) {
            problems.error(loc, why);
            continue;
          }
          if (!given.contains(id)) {
            problems.error(loc, "expected the id of someone given with people(...), found '" + id
                + "' (not in the organisation)");
            continue;
          }
          Role earlier = named.putIfAbsent(id, role);
          Role direct = givenRole.get(id);
          if (earlier != null && earlier != role) {
            problems.error(loc, "'" + id + "' is named a " + role.id() + " here and a " + earlier.id() + " at "
                + namedAt.get(id) + ": one person cannot have two roles");
          } else if (direct != null && direct != role) {
            problems.error(loc, "'" + id + "' is named a " + role.id() + " here but was given as a " + direct.id()
                + ": one person cannot have two roles");
          } else if (earlier == null) {
            namedAt.put(id, loc);
          }
        }
      }
      Placement pl = new Placement();
      List<List<Entry>> lists = List.of(people, mentors, mentees);
      for (int list = MENTORS; list <= MENTEES; list++) {
        List<Entry> entries = lists.get(list);
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i).participant() != null) {
            pl.add(list, entries.get(i).participant(), code(list, i));
          }
        }
      }
      for (int i = 0; i < people.size(); i++) {
        Participant p = people.get(i).participant();
        if (p == null) {
          continue;
        }
        String id = p.id().value();
        Role byName = named.get(id);
        Role byFunction = roleOf == null ? null : roleOf.apply(p);
        if (byFunction == Role.NONE) {
          byFunction = null;
        }
        String at = label(code(PEOPLE, i), id);
        if (byName != null && byFunction != null && byName != byFunction) {
          problems.error(at, "'" + id + "' is named a " + byName.id() + " at " + namedAt.get(id)
              + " but the roles function makes them a " + byFunction.id() + ": one person cannot have two roles");
          continue;
        }
        Role role = byName != null ? byName : byFunction;
        if (role != null && givenRole.containsKey(id) && givenRole.get(id) != role) {
          problems.error(at, "'" + id + "' is given as a " + givenRole.get(id).id() + " but the roles function makes"
              + " them a " + role.id() + ": one person cannot have two roles");
          continue;
        }
        if (role != null && givenRole.get(id) == role) {
          continue; // given directly in that role too: kept there, once
        }
        pl.add(role == null ? PEOPLE : role == Role.MENTOR ? MENTORS : MENTEES, p, code(PEOPLE, i));
      }
      return pl;
    }

    /** Checks every pin and returns the pinned pairs; {@code load} holds the active pairs per person. */
    private ImmutableList<MentoringPair> checkPins(Placement pl, Map<ParticipantId, Participant> byId,
        Map<ParticipantId, Role> roles, Map<ParticipantId, Integer> where, Map<ParticipantId, Integer> activeLoad,
        Set<ParticipantId> failed, Problems problems) {
      java.util.LinkedHashSet<MentoringPair> pairs = new java.util.LinkedHashSet<>();
      List<String> pairWhere = new ArrayList<>();
      for (Map.Entry<Integer, Participant> e : firstPlaces(pl, byId, where)) {
        Participant p = e.getValue();
        if (p.pin().isEmpty()) {
          continue;
        }
        String loc = pl.location(e.getKey()) + ".pin";
        ParticipantId other = p.pin().get();
        Role role = roleOf(p, roles);
        Participant q = byId.get(other);
        if (role == Role.NONE) {
          problems.error(loc, "expected no pin: only mentors and mentees can be pinned, found '" + other + "'");
          continue;
        }
        if (q == null) {
          if (!failed.contains(other)) {
            problems.error(loc, "expected the id of a " + (role == Role.MENTOR ? "mentee" : "mentor")
                + ", found '" + other + "' (not in the programme)");
          }
          continue;
        }
        Role otherRole = roleOf(q, roles);
        if (otherRole != partner(role)) {
          problems.error(loc, "expected the id of a " + partner(role).id() + ", found '" + other + "', who is "
              + (otherRole == Role.NONE ? "in the org chart only" : "a " + otherRole.id() + " too"));
          continue;
        }
        if (!p.hasConsent() || !q.hasConsent()) {
          problems.error(loc, "a pinned pair needs the consent of both, but "
              + (p.hasConsent() ? "the partner" : "this person") + " has withdrawn it");
          continue;
        }
        if (q.pin().isPresent() && !q.pin().get().equals(p.id())) {
          // reported once, on the side read first
          if (where.get(p.id()) < where.get(q.id())) {
            problems.error(loc, "'" + p.id() + "' pins '" + other + "', who pins '" + q.pin().get()
                + "' instead: expected both sides to name each other");
          }
          continue;
        }
        MentoringPair pair = role == Role.MENTOR ? new MentoringPair(p.id(), other) : new MentoringPair(other, p.id());
        if (pairs.add(pair)) {
          pairWhere.add(loc);
        }
      }
      Map<ParticipantId, Integer> load = new HashMap<>();
      Set<MentoringPair> activeSet = new HashSet<>(active);
      int k = 0;
      for (MentoringPair pair : pairs) {
        String loc = pairWhere.get(k++);
        if (activeSet.contains(pair)) {
          continue; // already counted as an active pair
        }
        for (ParticipantId id : List.of(pair.mentorId(), pair.menteeId())) {
          int n = load.merge(id, 1, Integer::sum) + activeLoad.getOrDefault(id, 0);
          Participant p = byId.get(id);
          if (n == p.capacity() + 1) {
            problems.error(loc, "'" + id + "' has more active and pinned partners than its capacity " + p.capacity());
          }
        }
      }
      return ImmutableList.copyOf(pairs);
    }

    private void checkPreferences(Placement pl, Map<ParticipantId, Participant> byId, Map<ParticipantId, Role> roles,
        Map<ParticipantId, Integer> where, Set<ParticipantId> failed, Problems problems) {
      for (Map.Entry<Integer, Participant> e : firstPlaces(pl, byId, where)) {
        Participant p = e.getValue();
        Role role = roleOf(p, roles);
        for (int r = 0; r < p.preferences().size(); r++) {
          String loc = pl.location(e.getKey()) + ".preferences[" + r + "]";
          ParticipantId other = p.preferences().get(r);
          if (role == Role.NONE) {
            problems.error(loc, "expected no preferences: only mentors and mentees rank partners, found '"
                + other + "'");
            break;
          }
          Participant q = byId.get(other);
          if (q == null) {
            if (!failed.contains(other)) {
              problems.error(loc, "expected the id of a " + partner(role).id() + ", found '" + other
                  + "' (not in the programme)");
            }
          } else if (roleOf(q, roles) != partner(role)) {
            problems.error(loc, "expected the id of a " + partner(role).id() + ", found '" + other + "', who is "
                + (roleOf(q, roles) == Role.NONE ? "in the org chart only" : "a " + role.id() + " too"));
          }
        }
      }
    }

    /** The role of an indexed person. */
    private static Role roleOf(Participant p, Map<ParticipantId, Role> roles) {
      return roles.get(p.id());
    }

    /** Each indexed person at the first place its id was found, in input order (people, mentors, mentees). */
    private static List<Map.Entry<Integer, Participant>> firstPlaces(Placement pl, Map<ParticipantId, Participant> byId,
        Map<ParticipantId, Integer> where) {
      List<Map.Entry<Integer, Participant>> out = new ArrayList<>(byId.size());
      for (int list = 0; list < pl.lists.size(); list++) {
        List<Participant> ps = pl.lists.get(list);
        for (int k = 0; k < ps.size(); k++) {
          Participant p = ps.get(k);
          Integer first = where.get(p.id());
          if (first != null && first == code(list, k)) {
            out.add(Map.entry(first, byId.get(p.id())));
          }
        }
      }
      return out;
    }

    private static Role partner(Role role) {
      return role == Role.MENTOR ? Role.MENTEE : Role.MENTOR;
    }

    private static final int PEOPLE = 0;
    private static final int MENTORS = 1;
    private static final int MENTEES = 2;
    private static final String[] LIST_NAMES = {"people", "mentors", "mentees"};
    private static final int INDEX_BITS = 29;

    /** A place in a list as one int: the list in the top bits, the index below (lists hold < 2^29 people). */
    private static int code(int list, int index) {
      return list << INDEX_BITS | index;
    }

    /** {@code mentors[3](E0101)}, or {@code mentors[3]} when the id is missing or invalid. */
    private static String label(int code, String id) {
      String place = LIST_NAMES[code >>> INDEX_BITS] + "[" + (code & ((1 << INDEX_BITS) - 1)) + "]";
      return id == null || ParticipantId.check(id) != null ? place : place + "(" + id + ")";
    }

    /**
     * The final people, mentors and mentees, and for each the place it was given at (a code of the given
     * lists): someone named a mentor among the people is {@code mentors[k]} in the programme but is located
     * where the caller gave them, {@code people[17](E0101)}.
     */
    private static final class Placement {
      final List<List<Participant>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      private final List<List<Integer>> origins = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

      void add(int list, Participant p, int origin) {
        lists.get(list).add(p);
        origins.get(list).add(origin);
      }

      /** Where the person at this final place was given, with their id. */
      String location(int code) {
        int list = code >>> INDEX_BITS;
        int index = code & ((1 << INDEX_BITS) - 1);
        return label(origins.get(list).get(index), lists.get(list).get(index).id().value());
      }
    }

    private static void index(Placement pl, int listCode, Role role,
        ImmutableMap.Builder<ParticipantId, Participant> byId, ImmutableMap.Builder<ParticipantId, Role> roles,
        Map<ParticipantId, Integer> where, Problems problems) {
      List<Participant> list = pl.lists.get(listCode);
      for (int i = 0; i < list.size(); i++) {
        Participant p = list.get(i);
        int code = code(listCode, i);
        Integer earlier = where.putIfAbsent(p.id(), code);
        if (earlier != null) {
          String loc = pl.location(code);
          problems.error(loc + ".id", "expected a unique id, found '" + p.id() + "' already at "
              + pl.location(earlier) + ((earlier >>> INDEX_BITS) == listCode ? ""
                  : " (one person cannot have two roles)"));
        } else {
          byId.put(p.id(), p);
          roles.put(p.id(), role);
        }
      }
    }
  }

  /**
   * Checks active pairs against the people of a programme: each joins a mentor to a mentee, appears once, and
   * no one is in more active pairs than their capacity. O(active pairs) expected time: hash look-ups only
   * ({@code roles} gives the role of each indexed id, {@code byId} the participant).
   */
  private static Map<ParticipantId, Integer> checkActive(List<MentoringPair> active, Map<ParticipantId, Role> roles,
      Map<ParticipantId, Participant> byId, Set<ParticipantId> failed, Problems problems) {
    Map<ParticipantId, Integer> load = new HashMap<>();
    Set<MentoringPair> seen = new HashSet<>(active.size() * 2);
    for (int i = 0; i < active.size(); i++) {
      MentoringPair pair = active.get(i);
      if (!failed.contains(pair.mentorId())) {
        checkRole(pair.mentorId(), Role.MENTOR, "active[" + i + "].mentorId", "mentor", roles, problems);
      }
      if (!failed.contains(pair.menteeId())) {
        checkRole(pair.menteeId(), Role.MENTEE, "active[" + i + "].menteeId", "mentee", roles, problems);
      }
      if (!seen.add(pair)) {
        problems.error("active[" + i + "]", "expected each active pair once, found " + pair + " again");
      }
      for (ParticipantId id : List.of(pair.mentorId(), pair.menteeId())) {
        int n = load.merge(id, 1, Integer::sum);
        Participant p = byId.get(id);
        if (p != null && n == p.capacity() + 1) {
          problems.error("active[" + i + "]", "'" + id + "' has more active pairs than its capacity " + p.capacity());
        }
      }
    }
    return load;
  }

  private static void checkRole(ParticipantId id, Role expected, String loc, String roleName,
      Map<ParticipantId, Role> roles, Problems problems) {
    Role role = roles.get(id);
    if (role != expected) {
      problems.error(loc, "expected the id of a " + roleName + ", found '" + id + "'"
          + (role == null ? " (not in the programme)" : ""));
    }
  }
}
