package dev.reverso.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An optional tree of skills: ids, labels, parent links and aliases.
 *
 * <p>It lets a related skill earn partial credit: {@link #relatedness(String, String)} is 1 for the
 * same skill (after resolving aliases), {@value #PARENT_CHILD} between a skill and its parent,
 * {@value #NEAR} between siblings (same parent) or between a skill and its grandparent, and 0
 * otherwise — including for any skill the taxonomy does not know. Matching never compares skill ids by
 * substring: only exact ids, aliases and these tree relations count.
 *
 * <p>Immutable and thread-safe. {@link #empty()} knows no skills, so only identical ids are related.
 */
public final class SkillTaxonomy {
  /** Relatedness of a skill and its direct parent. */
  public static final double PARENT_CHILD = 0.5;
  /** Relatedness of two siblings, or of a skill and its grandparent. */
  public static final double NEAR = 0.25;

  private static final SkillTaxonomy EMPTY = new SkillTaxonomy(ImmutableMap.of(), ImmutableMap.of());

  /**
   * One skill of the taxonomy.
   *
   * @param id the skill id used in profiles and goals
   * @param label a human-readable label
   * @param parent the parent skill id, if any
   * @param aliases other ids that mean the same skill
   */
  public record Skill(String id, String label, Optional<String> parent, ImmutableList<String> aliases) {
    /** Validates the components. */
    public Skill {
      requireNonNull(id, "id");
      requireNonNull(label, "label");
      requireNonNull(parent, "parent");
      aliases = ImmutableList.copyOf(aliases);
    }
  }

  private final ImmutableMap<String, Skill> skills;
  private final ImmutableMap<String, String> canonical;

  private SkillTaxonomy(ImmutableMap<String, Skill> skills, ImmutableMap<String, String> canonical) {
    this.skills = skills;
    this.canonical = canonical;
  }

  /** The taxonomy that knows no skills. */
  public static SkillTaxonomy empty() {
    return EMPTY;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The skills, in the order given. */
  public ImmutableList<Skill> skills() {
    return skills.values().asList();
  }

  /** Whether no skill is defined. */
  public boolean isEmpty() {
    return skills.isEmpty();
  }

  /** The skill with this id or alias. */
  public Optional<Skill> skill(String idOrAlias) {
    String id = canonical.get(idOrAlias);
    return id == null ? Optional.empty() : Optional.of(skills.get(id));
  }

  /** The canonical id for an id or alias; an unknown id is returned unchanged. */
  public String canonicalId(String idOrAlias) {
    return canonical.getOrDefault(idOrAlias, idOrAlias);
  }

  /** The label of a skill, or the id itself if the taxonomy does not know it. */
  public String label(String idOrAlias) {
    return skill(idOrAlias).map(Skill::label).orElse(idOrAlias);
  }

  /**
   * How related two skills are, in [0, 1]; symmetric. See the class documentation for the values.
   */
  public double relatedness(String a, String b) {
    String x = canonicalId(a);
    String y = canonicalId(b);
    if (x.equals(y)) {
      return 1.0;
    }
    String px = parentOf(x);
    String py = parentOf(y);
    if (y.equals(px) || x.equals(py)) {
      return PARENT_CHILD;
    }
    if (px != null && px.equals(py)) {
      return NEAR;
    }
    if ((px != null && y.equals(parentOf(px))) || (py != null && x.equals(parentOf(py)))) {
      return NEAR;
    }
    return 0.0;
  }

  private String parentOf(String id) {
    Skill s = skills.get(id);
    return s == null ? null : s.parent().orElse(null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkillTaxonomy && ((SkillTaxonomy) o).skills.equals(skills);
  }

  @Override
  public int hashCode() {
    return skills.hashCode();
  }

  @Override
  public String toString() {
    return "SkillTaxonomy[skills=" + skills.size() + "]";
  }

  /** Builds a {@link SkillTaxonomy}; {@link #build()} reports every problem at once. Not thread-safe. */
  public static final class Builder {
    private final List<Skill> skills = new ArrayList<>();

    private Builder() {}

    /** A top-level skill. */
    public Builder skill(String id, String label) {
      return skill(new Skill(id, label, Optional.empty(), ImmutableList.of()));
    }

    /** A skill under a parent. */
    public Builder skill(String id, String label, String parent, String... aliases) {
      return skill(new Skill(id, label, Optional.of(parent), ImmutableList.copyOf(aliases)));
    }

    /** A skill. */
    public Builder skill(Skill skill) {
      skills.add(requireNonNull(skill, "skill"));
      return this;
    }

    /**
     * Validates and builds: ids and aliases unique and well formed, parents known, no parent cycles.
     *
     * @throws InvalidInputException listing every problem, located as {@code skills[i].field}
     */
    public SkillTaxonomy build() {
      Problems problems = new Problems();
      Map<String, Skill> byId = new LinkedHashMap<>();
      Map<String, String> canonical = new HashMap<>();
      for (int i = 0; i < skills.size(); i++) {
        Skill s = skills.get(i);
        String loc = "skills[" + i + "]";
        Participant.checkKey(s.id(), loc + ".id", problems);
        if (s.label().isBlank()) {
          problems.error(loc + ".label", "expected a non-blank label");
        }
        if (byId.putIfAbsent(s.id(), s) != null || canonical.containsKey(s.id())) {
          problems.error(loc + ".id", "expected a unique skill id, found '" + s.id() + "' again");
        }
        canonical.put(s.id(), s.id());
      }
      for (int i = 0; i < skills.size(); i++) {
        Skill s = skills.get(i);
        for (int a = 0; a < s.aliases().size(); a++) {
          String alias = s.aliases().get(a);
          String loc = "skills[" + i + "].aliases[" + a + "]";
          Participant.checkKey(alias, loc, problems);
          if (canonical.putIfAbsent(alias, s.id()) != null) {
            problems.error(loc, "expected an alias that is not already a skill id or alias, found '" + alias + "'");
          }
        }
        s.parent().ifPresent(p -> {
          if (!byId.containsKey(p)) {
            problems.error("skills[" + skills.indexOf(s) + "].parent", "expected the id of a skill in the taxonomy, found '" + p + "'");
          }
        });
      }
      for (int i = 0; i < skills.size(); i++) {
        String start = skills.get(i).id();
        String at = start;
        for (int steps = 0; at != null && byId.containsKey(at); steps++) {
          at = byId.get(at).parent().orElse(null);
          if (start.equals(at) || steps > byId.size()) {
            problems.error("skills[" + i + "].parent", "expected a tree, found a parent cycle through '" + start + "'");
            break;
          }
        }
      }
      problems.throwIfErrors();
      return new SkillTaxonomy(ImmutableMap.copyOf(byId), ImmutableMap.copyOf(canonical));
    }
  }
}
