package dev.reverso.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One person: a mentor, a mentee, or someone who is only in the org chart.
 *
 * <p>Holds the person's org position (manager, department, division, location, seniority grade —
 * higher is more senior), what they can teach ({@link #skills()}: skill id → level 0..5, Dreyfus
 * scale), what they want to learn ({@link #goals()}), what they care about ({@link #values()}: value
 * id → importance 1..5), languages (BCP 47 tags), IANA time zone, hours per month they can give,
 * {@link #capacity()} (maximum concurrent partners), explicit {@link #exclusions()} and free
 * {@link #attributes()} for custom strategies and criteria.
 *
 * <p>What the person decides: {@link #consent()} (withdrawn: never matched), a {@link #pin()} (a partner
 * the programme manager fixed) and stated {@link #preferences()} (partners of the other role, best first).
 *
 * <p>Immutable and null-hostile. Skill, value and attribute maps keep the order they were given in.
 * {@link #toString()} shows the id and counts only: never the display name or the profile.
 *
 * <p>Build one with {@link #builder(String)}; {@link Builder#build()} reports every problem at once.
 *
 * <p>Longer than 600 lines on purpose: the value type and its validating builder (every field checked, every
 * problem located) belong together, and much of the file is the field-by-field Javadoc users read.
 */
public final class Participant {
  /** Lowest skill level: no knowledge. */
  public static final int MIN_LEVEL = 0;
  /** Highest skill level: expert. */
  public static final int MAX_LEVEL = 5;
  /** Lowest importance of a value. */
  public static final int MIN_IMPORTANCE = 1;
  /** Highest importance of a value. */
  public static final int MAX_IMPORTANCE = 5;
  /** Longest skill, value or attribute key accepted. */
  public static final int MAX_KEY_LENGTH = 64;

  private final ParticipantId id;
  private final Optional<String> displayName;
  private final Optional<ParticipantId> managerId;
  private final Optional<String> department;
  private final Optional<String> division;
  private final Optional<String> location;
  private final int seniority;
  private final ImmutableMap<String, Integer> skills;
  private final ImmutableList<LearningGoal> goals;
  private final ImmutableMap<String, Integer> values;
  private final ImmutableList<String> languages;
  private final Optional<ZoneId> timeZone;
  private final OptionalDouble hoursPerMonth;
  private final int capacity;
  private final ImmutableSet<ParticipantId> exclusions;
  private final ImmutableMap<String, String> attributes;
  private final Consent consent;
  private final Optional<ParticipantId> pin;
  private final ImmutableList<ParticipantId> preferences;

  private Participant(Builder b, ParticipantId id, Optional<ParticipantId> managerId,
      Optional<ZoneId> timeZone, ImmutableList<String> languages, ImmutableSet<ParticipantId> exclusions) {
    this.id = id;
    this.displayName = Optional.ofNullable(b.displayName);
    this.managerId = managerId;
    this.department = Optional.ofNullable(b.department);
    this.division = Optional.ofNullable(b.division);
    this.location = Optional.ofNullable(b.location);
    this.seniority = b.seniority;
    this.skills = ImmutableMap.copyOf(b.skills);
    this.goals = b.goals.stream().map(Builder.GoalInput::goal).collect(ImmutableList.toImmutableList());
    this.values = ImmutableMap.copyOf(b.values);
    this.languages = languages;
    this.timeZone = timeZone;
    this.hoursPerMonth = b.hoursPerMonth == null ? OptionalDouble.empty() : OptionalDouble.of(b.hoursPerMonth);
    this.capacity = b.capacity;
    this.exclusions = exclusions;
    this.attributes = ImmutableMap.copyOf(b.attributes);
    this.consent = b.consent;
    this.pin = b.pin == null ? Optional.empty() : Optional.of(ParticipantId.of(b.pin));
    this.preferences = b.preferences.stream().map(ParticipantId::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * A builder for the person with this HR id. A {@code null} id (a missing value in the source) is reported by
   * {@link Builder#build()} at {@code id}, with every other problem.
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder for the person with this HR id. */
  public static Builder builder(ParticipantId id) {
    return new Builder(requireNonNull(id, "id").value());
  }

  /** A builder holding this participant's data, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id.value());
    b.displayName = displayName.orElse(null);
    b.managerId = managerId.map(ParticipantId::value).orElse(null);
    b.department = department.orElse(null);
    b.division = division.orElse(null);
    b.location = location.orElse(null);
    b.seniority(seniority);
    b.skills.putAll(skills);
    goals.forEach(b::goal);
    b.values.putAll(values);
    b.languages.addAll(languages);
    b.timeZone = timeZone.map(ZoneId::getId).orElse(null);
    b.hoursPerMonth = hoursPerMonth.isPresent() ? hoursPerMonth.getAsDouble() : null;
    b.capacity = capacity;
    exclusions.forEach(e -> b.exclusions.add(e.value()));
    b.attributes.putAll(attributes);
    b.consent = consent;
    b.pin = pin.map(ParticipantId::value).orElse(null);
    preferences.forEach(p -> b.preferences.add(p.value()));
    return b;
  }

  /**
   * This participant without the display name: every other field is copied through {@link #toBuilder()},
   * so a field added later is never dropped. Returns this participant if it has no display name.
   *
   * @return a participant equal to this one except that {@link #displayName()} is empty
   */
  public Participant withoutDisplayName() {
    if (displayName.isEmpty()) {
      return this;
    }
    Builder b = toBuilder();
    b.displayName = null;
    return b.build();
  }

  /** The HR id. */
  public ParticipantId id() {
    return id;
  }

  /** The display name, if the HR export gave one. Never printed by the library unless asked to. */
  public Optional<String> displayName() {
    return displayName;
  }

  /** The manager's HR id; empty for the top of the organisation. */
  public Optional<ParticipantId> managerId() {
    return managerId;
  }

  /** The department, if known. */
  public Optional<String> department() {
    return department;
  }

  /** The division (a group of departments), if known. */
  public Optional<String> division() {
    return division;
  }

  /** The work location (office or city), if known. */
  public Optional<String> location() {
    return location;
  }

  /** The job grade: 0 or more, higher is more senior. */
  public int seniority() {
    return seniority;
  }

  /** What this person can teach: skill id → level 0..5, in the order given. */
  public ImmutableMap<String, Integer> skills() {
    return skills;
  }

  /** The level in a skill, 0 if the skill is not listed. */
  public int level(String skill) {
    return skills.getOrDefault(skill, 0);
  }

  /** What this person wants to learn, at most one goal per skill, in the order given. */
  public ImmutableList<LearningGoal> goals() {
    return goals;
  }

  /** What this person cares about: value id → importance 1..5. */
  public ImmutableMap<String, Integer> values() {
    return values;
  }

  /** Languages spoken, as canonical BCP 47 tags ({@code en}, {@code it}, {@code pt-BR}), most preferred first. */
  public ImmutableList<String> languages() {
    return languages;
  }

  /** The IANA time zone of the person's working hours, if known. */
  public Optional<ZoneId> timeZone() {
    return timeZone;
  }

  /** Hours per month the person can give to the programme, if known. */
  public OptionalDouble hoursPerMonth() {
    return hoursPerMonth;
  }

  /** Maximum number of concurrent partners; at least 1 (default 1). */
  public int capacity() {
    return capacity;
  }

  /** People this person must not be paired with (either direction is enough to forbid a pair). */
  public ImmutableSet<ParticipantId> exclusions() {
    return exclusions;
  }

  /** Free attributes from the HR export (unknown CSV columns), for custom strategies and criteria. */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** Whether the person takes part in matching; {@link Consent#GIVEN} unless withdrawn. */
  public Consent consent() {
    return consent;
  }

  /** Shorthand for {@code consent().isGiven()}. */
  public boolean hasConsent() {
    return consent.isGiven();
  }

  /** The partner (of the other role) the programme manager fixed for this person, if any. */
  public Optional<ParticipantId> pin() {
    return pin;
  }

  /** Partners of the other role this person would like, best first; empty if they stated none. */
  public ImmutableList<ParticipantId> preferences() {
    return preferences;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Participant)) {
      return false;
    }
    Participant p = (Participant) o;
    return id.equals(p.id)
        && displayName.equals(p.displayName)
        && managerId.equals(p.managerId)
        && department.equals(p.department)
        && division.equals(p.division)
        && location.equals(p.location)
        && seniority == p.seniority
        && skills.equals(p.skills)
        && goals.equals(p.goals)
        && values.equals(p.values)
        && languages.equals(p.languages)
        && timeZone.equals(p.timeZone)
        && hoursPerMonth.equals(p.hoursPerMonth)
        && capacity == p.capacity
        && exclusions.equals(p.exclusions)
        && attributes.equals(p.attributes)
        && consent == p.consent
        && pin.equals(p.pin)
        && preferences.equals(p.preferences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, displayName, managerId, department, division, location, seniority, skills,
        goals, values, languages, timeZone, hoursPerMonth, capacity, exclusions, attributes) * 31
        + Objects.hash(consent, pin, preferences);
  }

  /** Id, seniority and counts only: no name, no skills, no goals, no values. */
  @Override
  public String toString() {
    return "Participant[id=" + id + ", seniority=" + seniority + ", skills=" + skills.size()
        + ", goals=" + goals.size() + ", capacity=" + capacity + "]";
  }

  static void checkLevel(int level, String location, Problems problems) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      problems.error(location, "expected a skill level from " + MIN_LEVEL + " to " + MAX_LEVEL + ", found " + level);
    }
  }

  /**
   * Checks a skill, value or attribute key: 1 to 64 characters, no blanks, no control characters and
   * none of {@code ; : > , =} (they separate cells in the CSV format).
   */
  static void checkKey(String key, String location, Problems problems) {
    String why = keyProblem(key);
    if (why != null) {
      problems.error(location, why);
    }
  }

  /** Why {@code key} is not a valid skill or value id, or {@code null}. */
  public static String keyProblem(String key) {
    if (key == null || key.isEmpty()) {
      return "expected a non-empty id";
    }
    if (key.length() > MAX_KEY_LENGTH) {
      return "expected at most " + MAX_KEY_LENGTH + " characters, found " + key.length();
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || ";:>,=\"".indexOf(c) >= 0) {
        return "expected an id without blanks or any of ; : > , = \" but found '" + key + "'";
      }
    }
    return null;
  }

  /**
   * Builds a {@link Participant}. Setters never throw for bad data: {@link #build()} checks everything and
   * reports every problem at once with field locations ({@code skills.genai}, {@code goals[1].target},
   * {@code timeZone}, ...), so that a programme built from many people reports all of them
   * ({@link Program.Builder#mentor(Builder)}).
   *
   * <p><b>Missing values.</b> Setters of optional fields take {@code null} (or an empty {@link Optional}) as
   * "absent": a nullable column of an HR entity can be passed as it is. For the display name, manager,
   * department, division, location, time zone, hours per month and pin, absent clears the field; for
   * capacity it keeps the default 1; for a language, an exclusion or a preference it adds nothing; for the
   * seniority (required) it leaves the grade missing, which {@link #build()} reports. The bulk setters
   * ({@link #skills(Map)}, {@link #goals(Iterable)}, ...) take {@code null} as nothing to add. A {@code null}
   * skill, value or attribute name is reported by {@link #build()}. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private String displayName;
    private String managerId;
    private String department;
    private String division;
    private String location;
    private int seniority;
    private boolean senioritySet;
    private final Map<String, Integer> skills = new LinkedHashMap<>();
    private final List<GoalInput> goals = new ArrayList<>();
    private final Map<String, Integer> values = new LinkedHashMap<>();
    private final List<String> languages = new ArrayList<>();
    private String timeZone;
    private Double hoursPerMonth;
    private int capacity = 1;
    private final Set<String> exclusions = new LinkedHashSet<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Consent consent = Consent.GIVEN;
    private String pin;
    private final List<String> preferences = new ArrayList<>();
    /** Problems seen by setters (a null skill name...), reported by {@link #build()} with the others. */
    private final List<Problem> early = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** A goal as given: checked by {@link #build()}, not when given. */
    record GoalInput(String skill, int current, int target, Priority priority) {
      LearningGoal goal() {
        return new LearningGoal(skill, current, target, priority);
      }
    }

    /** The display name; optional, never printed by the library unless the caller asks. {@code null}: none. */
    public Builder displayName(String name) {
      this.displayName = name;
      return this;
    }

    /** The display name, if present. */
    public Builder displayName(Optional<String> name) {
      return displayName(orNull(name));
    }

    /** The manager's HR id; {@code null} (or leave unset) for the top of the organisation. */
    public Builder manager(String managerId) {
      this.managerId = managerId;
      return this;
    }

    /** The manager's HR id; {@code null} for none. */
    public Builder manager(ParticipantId managerId) {
      return manager(managerId == null ? null : managerId.value());
    }

    /** The manager's HR id, if present. */
    public Builder manager(Optional<String> managerId) {
      return manager(orNull(managerId));
    }

    /** The department; {@code null} for none. */
    public Builder department(String department) {
      this.department = department;
      return this;
    }

    /** The department, if present. */
    public Builder department(Optional<String> department) {
      return department(orNull(department));
    }

    /** The division; {@code null} for none. */
    public Builder division(String division) {
      this.division = division;
      return this;
    }

    /** The division, if present. */
    public Builder division(Optional<String> division) {
      return division(orNull(division));
    }

    /** The work location; {@code null} for none. */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** The work location, if present. */
    public Builder location(Optional<String> location) {
      return location(orNull(location));
    }

    /** The job grade, 0 or more (required); higher is more senior. */
    public Builder seniority(int grade) {
      this.seniority = grade;
      this.senioritySet = true;
      return this;
    }

    /** The job grade; {@code null} leaves it missing, which {@link #build()} reports (it is required). */
    public Builder seniority(Integer grade) {
      if (grade == null) {
        this.senioritySet = false;
        return this;
      }
      return seniority(grade.intValue());
    }

    /**
     * A skill this person can teach, level 0..5. A skill given twice keeps the last level. A {@code null}
     * skill is reported by {@link #build()}.
     */
    public Builder skill(String skill, int level) {
      if (skill == null) {
        early.add(Problem.error("skills", "expected a skill id, found none (null) with level " + level));
      } else {
        skills.put(skill, level);
      }
      return this;
    }

    /** Adds all these skills; {@code null} adds none. */
    public Builder skills(Map<String, Integer> skills) {
      if (skills != null) {
        skills.forEach((skill, level) -> {
          if (level == null) {
            early.add(Problem.error("skills." + skill, "expected a skill level from " + MIN_LEVEL + " to "
                + MAX_LEVEL + ", found none (null)"));
          } else {
            skill(skill, level);
          }
        });
      }
      return this;
    }

    /** A learning goal. */
    public Builder goal(LearningGoal goal) {
      requireNonNull(goal, "goal");
      goals.add(new GoalInput(goal.skill(), goal.current(), goal.target(), goal.priority()));
      return this;
    }

    /**
     * A learning goal from {@code current} to {@code target}; {@code null} priority is
     * {@link Priority#MEDIUM}. Checked by {@link #build()} with everything else (located as
     * {@code goals[1].target}), not here.
     */
    public Builder goal(String skill, int current, int target, Priority priority) {
      goals.add(new GoalInput(skill, current, target, priority == null ? Priority.MEDIUM : priority));
      return this;
    }

    /** Adds all these goals; {@code null} adds none. */
    public Builder goals(Iterable<LearningGoal> goals) {
      if (goals != null) {
        goals.forEach(this::goal);
      }
      return this;
    }

    /** A value and its importance 1..5. A {@code null} value is reported by {@link #build()}. */
    public Builder value(String value, int importance) {
      if (value == null) {
        early.add(Problem.error("values", "expected a value id, found none (null) with importance " + importance));
      } else {
        values.put(value, importance);
      }
      return this;
    }

    /** Adds all these values; {@code null} adds none. */
    public Builder values(Map<String, Integer> values) {
      if (values != null) {
        values.forEach((value, importance) -> {
          if (importance == null) {
            early.add(Problem.error("values." + value, "expected an importance from " + MIN_IMPORTANCE + " to "
                + MAX_IMPORTANCE + ", found none (null)"));
          } else {
            value(value, importance);
          }
        });
      }
      return this;
    }

    /**
     * A language: a BCP 47 tag ({@code en}, {@code pt-BR}) or one of a few common names ({@code English},
     * {@code Italiano}), which {@link #build()} turns into the tag; anything else is reported there, with the
     * nearest tag as a suggestion. {@code null} adds none.
     */
    public Builder language(String tag) {
      if (tag != null) {
        languages.add(tag);
      }
      return this;
    }

    /** A language as a {@link Locale} ({@code Locale.ITALIAN}, {@code Locale.forLanguageTag("pt-BR")}); {@code null} adds none. */
    public Builder language(Locale locale) {
      return locale == null ? this : language(locale.toLanguageTag());
    }

    /** Adds all these languages (tags or common names); {@code null} adds none. */
    public Builder languages(Iterable<String> tags) {
      if (tags != null) {
        tags.forEach(this::language);
      }
      return this;
    }

    /** The IANA time zone id, such as {@code Europe/Rome}; {@code null} for none. */
    public Builder timeZone(String zoneId) {
      this.timeZone = zoneId;
      return this;
    }

    /** The time zone; {@code null} for none. */
    public Builder timeZone(ZoneId zone) {
      return timeZone(zone == null ? null : zone.getId());
    }

    /** The IANA time zone id, if present. */
    public Builder timeZone(Optional<String> zoneId) {
      return timeZone(orNull(zoneId));
    }

    /** Hours per month available for the programme, 0 or more. */
    public Builder hoursPerMonth(double hours) {
      // + 0.0 turns -0.0 into 0.0, so that equal amounts of time give equal participants
      this.hoursPerMonth = hours + 0.0;
      return this;
    }

    /** Hours per month available for the programme; {@code null} for unknown. */
    public Builder hoursPerMonth(Double hours) {
      if (hours == null) {
        this.hoursPerMonth = null;
        return this;
      }
      return hoursPerMonth(hours.doubleValue());
    }

    /** Hours per month available for the programme, if known. */
    public Builder hoursPerMonth(OptionalDouble hours) {
      return hoursPerMonth(hours == null || hours.isEmpty() ? null : (Double) hours.getAsDouble());
    }

    /** Maximum concurrent partners, at least 1 (default 1). */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /** Maximum concurrent partners, at least 1; {@code null} keeps the default 1. */
    public Builder capacity(Integer capacity) {
      return capacity(capacity == null ? 1 : capacity.intValue());
    }

    /** Someone this person must not be paired with; {@code null} adds none. */
    public Builder exclude(String otherId) {
      if (otherId != null) {
        exclusions.add(otherId);
      }
      return this;
    }

    /** Someone this person must not be paired with; {@code null} adds none. */
    public Builder exclude(ParticipantId otherId) {
      return exclude(otherId == null ? null : otherId.value());
    }

    /**
     * A free attribute, kept for custom strategies and criteria; a {@code null} value adds none, a
     * {@code null} name is reported by {@link #build()}.
     */
    public Builder attribute(String key, String value) {
      if (key == null) {
        early.add(Problem.error("attributes", "expected an attribute name, found none (null)"));
      } else if (value != null) {
        attributes.put(key, value);
      }
      return this;
    }

    /** Adds all these attributes; {@code null} adds none. */
    public Builder attributes(Map<String, String> attributes) {
      if (attributes != null) {
        attributes.forEach(this::attribute);
      }
      return this;
    }

    /** Whether the person takes part in matching (default {@link Consent#GIVEN}). */
    public Builder consent(Consent consent) {
      this.consent = requireNonNull(consent, "consent");
      return this;
    }

    /** The partner the programme manager fixes for this person (replaces an earlier pin); {@code null}: none. */
    public Builder pin(String partnerId) {
      this.pin = partnerId;
      return this;
    }

    /** The partner the programme manager fixes for this person (replaces an earlier pin); {@code null}: none. */
    public Builder pin(ParticipantId partnerId) {
      return pin(partnerId == null ? null : partnerId.value());
    }

    /** Removes the pin, if any. */
    public Builder clearPin() {
      this.pin = null;
      return this;
    }

    /** Removes every stated preference. */
    public Builder clearPreferences() {
      preferences.clear();
      return this;
    }

    /** Appends a partner to the stated preferences (call best first); {@code null} adds none. */
    public Builder preference(String partnerId) {
      if (partnerId != null) {
        preferences.add(partnerId);
      }
      return this;
    }

    /** Appends partners to the stated preferences, best first; {@code null} adds none. */
    public Builder preferences(Iterable<String> partnerIds) {
      if (partnerIds != null) {
        partnerIds.forEach(this::preference);
      }
      return this;
    }

    private static String orNull(Optional<String> value) {
      return value == null ? null : value.orElse(null);
    }

    /**
     * Validates and builds.
     *
     * @throws InvalidInputException listing every problem, located by field
     */
    public Participant build() {
      Problems problems = new Problems();
      Participant p = validate(problems);
      problems.throwIfErrors();
      return p;
    }

    /** The raw id given to {@link Participant#builder(String)}, possibly invalid or {@code null}. */
    String rawId() {
      return id;
    }

    /** Checks everything, recording each problem; the participant, or {@code null} if there was an error. */
    Participant validate(Problems out) {
      Problems problems = new Problems();
      early.forEach(problems::add);
      if (id == null) {
        problems.error("id", "missing required field: expected the person's HR id, found none (null)");
      } else {
        String idProblem = ParticipantId.check(id);
        if (idProblem != null) {
          problems.error("id", idProblem);
        }
      }
      ParticipantId manager = null;
      if (managerId != null) {
        String why = ParticipantId.check(managerId);
        if (why != null) {
          problems.error("managerId", why);
        } else {
          manager = ParticipantId.of(managerId);
          if (managerId.equals(id)) {
            problems.error("managerId", "expected someone else as manager, found the person's own id");
          }
        }
      }
      checkText(department, "department", problems);
      checkText(division, "division", problems);
      checkText(location, "location", problems);
      if (!senioritySet) {
        problems.error("seniority", "missing required field: expected a job grade, 0 or more");
      } else if (seniority < 0) {
        problems.error("seniority", "expected a job grade of 0 or more, found " + seniority);
      }
      skills.forEach((skill, level) -> {
        String loc = "skills." + skill;
        checkKey(skill, loc, problems);
        checkLevel(level, loc, problems);
      });
      Set<String> goalSkills = new HashSet<>();
      for (int i = 0; i < goals.size(); i++) {
        GoalInput g = goals.get(i);
        if (g.skill() == null) {
          problems.error("goals[" + i + "].skill", "expected a skill id, found none (null)");
          continue;
        }
        Problems goalProblems = new Problems();
        LearningGoal.check(g.skill(), g.current(), g.target(), goalProblems);
        problems.addAll(goalProblems.toList(), "goals[" + i + "]");
        if (!goalSkills.add(g.skill())) {
          problems.error("goals[" + i + "].skill", "expected one goal per skill, found a second goal for '"
              + g.skill() + "'");
        }
      }
      values.forEach((value, importance) -> {
        String loc = "values." + value;
        checkKey(value, loc, problems);
        if (importance < MIN_IMPORTANCE || importance > MAX_IMPORTANCE) {
          problems.error(loc, "expected an importance from " + MIN_IMPORTANCE + " to " + MAX_IMPORTANCE
              + ", found " + importance);
        }
      });
      Set<String> canonicalLanguages = new LinkedHashSet<>(); // input order is kept
      for (int i = 0; i < languages.size(); i++) {
        String tag = languages.get(i);
        LanguageTags.Check check = LanguageTags.check(tag);
        if (check.problem() != null) {
          problems.error("languages[" + i + "]", check.problem());
        } else if (!canonicalLanguages.add(check.canonical())) {
          problems.error("languages[" + i + "]", "expected each language once, found '" + tag + "' again");
        }
      }
      ZoneId zone = null;
      if (timeZone != null) {
        try {
          zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
          problems.error("timeZone", "expected an IANA time zone such as 'Europe/Rome', found '" + timeZone + "'");
        }
      }
      if (hoursPerMonth != null && (!(hoursPerMonth >= 0) || hoursPerMonth.isInfinite())) {
        problems.error("hoursPerMonth", "expected a finite number of hours, 0 or more, found " + hoursPerMonth);
      }
      if (capacity < 1) {
        problems.error("capacity", "expected a capacity of at least 1, found " + capacity);
      }
      Set<ParticipantId> excluded = new LinkedHashSet<>();
      int i = 0;
      for (String other : exclusions) {
        String why = ParticipantId.check(other);
        if (why != null) {
          problems.error("exclusions[" + i + "]", why);
        } else if (other.equals(id)) {
          problems.error("exclusions[" + i + "]", "a person cannot exclude themself; remove '" + other + "'");
        } else {
          excluded.add(ParticipantId.of(other));
        }
        i++;
      }
      if (pin != null) {
        String why = ParticipantId.check(pin);
        if (why != null) {
          problems.error("pin", why);
        } else if (pin.equals(id)) {
          problems.error("pin", "a person cannot be pinned to themself; remove '" + pin + "'");
        }
      }
      Set<String> ranked = new HashSet<>();
      for (int r = 0; r < preferences.size(); r++) {
        String other = preferences.get(r);
        String why = ParticipantId.check(other);
        if (why != null) {
          problems.error("preferences[" + r + "]", why);
        } else if (other.equals(id)) {
          problems.error("preferences[" + r + "]", "a person cannot rank themself; remove '" + other + "'");
        } else if (!ranked.add(other)) {
          problems.error("preferences[" + r + "]", "expected each partner once, found '" + other + "' again");
        }
      }
      attributes.forEach((key, value) -> {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
          problems.error("attributes", "expected attribute names of 1 to " + MAX_KEY_LENGTH + " characters");
        }
      });
      problems.toList().forEach(out::add);
      if (problems.hasErrors()) {
        return null;
      }
      return new Participant(this, ParticipantId.of(id), Optional.ofNullable(manager), Optional.ofNullable(zone),
          ImmutableList.copyOf(canonicalLanguages), ImmutableSet.copyOf(excluded));
    }

    private static void checkText(String text, String location, Problems problems) {
      if (text != null && (text.isBlank() || text.length() > 256)) {
        problems.error(location, "expected 1 to 256 characters that are not all blank");
      }
    }
  }
}
