package dev.reverso.core.sample;

import com.google.common.collect.ImmutableList;

/**
 * The fixed lists the sample organisation draws from: departments and divisions, offices, skills,
 * values and the pieces of the (fictional) display names. Arrays are never handed out, only read by
 * {@link SampleGenerator}.
 */
final class SampleCatalogue {
  private SampleCatalogue() {}

  /** Skills juniors are strong in and seniors want to learn. */
  static final ImmutableList<String> DIGITAL_SKILLS = ImmutableList.of(
      "genai", "data-literacy", "social-media", "hybrid-collaboration", "inclusive-language",
      "digital-ethics", "cybersecurity", "no-code-automation", "content-creation");

  /** How popular each digital skill is (relative weight when drawing skills and goals), parallel to the list. */
  static final int[] DIGITAL_POPULARITY = {6, 4, 2, 3, 2, 2, 2, 2, 1};

  /** Skills seniors are strong in and juniors want to learn. */
  static final ImmutableList<String> STRATEGIC_SKILLS = ImmutableList.of(
      "strategy", "negotiation", "stakeholder-management", "finance", "leadership", "public-speaking",
      "networking", "decision-making", "career-planning");

  /** How popular each strategic skill is, parallel to {@link #STRATEGIC_SKILLS}. */
  static final int[] STRATEGIC_POPULARITY = {4, 3, 3, 2, 4, 3, 2, 2, 1};

  /** Values people care about; the first three matter a little more to juniors, the last three to seniors. */
  static final ImmutableList<String> VALUES = ImmutableList.of(
      "inclusion", "sustainability", "wellbeing", "transparency", "learning", "innovation",
      "customer-focus", "integrity");

  /** Index of the department of the CEO, which belongs to the corporate division. */
  static final int EXECUTIVE_OFFICE = 0;

  /** Department names; index 0 is the CEO's office. */
  static final ImmutableList<String> DEPARTMENTS = ImmutableList.of(
      "Executive Office",
      "Engineering", "Product", "Data",
      "Sales", "Marketing", "Customer Success",
      "Finance", "People & Culture", "Legal", "Operations");

  /** Division names. */
  static final ImmutableList<String> DIVISIONS = ImmutableList.of("Technology", "Commercial", "Corporate");

  /** Division index of each department, parallel to {@link #DEPARTMENTS}. */
  static final int[] DIVISION_OF_DEPARTMENT = {2, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2};

  /** Department indexes of each division, parallel to {@link #DIVISIONS}. */
  static final int[][] DEPARTMENTS_OF_DIVISION = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9, 10}};

  /** An office: its IANA zone, its local language (or {@code null}) and how likely a local speaks it. */
  static final class Office {
    final String name;
    final String zone;
    final String localLanguage;
    final double localShare;
    final boolean localFirst;
    final int weight;

    Office(String name, String zone, String localLanguage, double localShare, boolean localFirst, int weight) {
      this.name = name;
      this.zone = zone;
      this.localLanguage = localLanguage;
      this.localShare = localShare;
      this.localFirst = localFirst;
      this.weight = weight;
    }
  }

  /** Offices; index 0 (Milan) is the headquarters, where the CEO works. */
  static final ImmutableList<Office> OFFICES = ImmutableList.of(
      new Office("Milan", "Europe/Rome", "it", 0.95, true, 3),
      new Office("London", "Europe/London", null, 0.0, false, 3),
      new Office("New York", "America/New_York", "es", 0.15, false, 3),
      new Office("São Paulo", "America/Sao_Paulo", "pt-BR", 0.95, true, 2),
      new Office("Berlin", "Europe/Berlin", "de", 0.9, true, 2),
      new Office("Singapore", "Asia/Singapore", "zh", 0.4, false, 2),
      new Office("Bangalore", "Asia/Kolkata", "hi", 0.6, false, 3));

  /** Languages a few people speak in addition to English and the local one. */
  static final ImmutableList<String> EXTRA_LANGUAGES = ImmutableList.of("fr", "es", "de", "it");

  /** Given names from several languages. */
  static final ImmutableList<String> GIVEN_NAMES = ImmutableList.of(
      "Giulia", "Marco", "Chiara", "Luca", "Amara", "Tomás", "Beatriz", "Rafael", "Ingrid", "Jonas",
      "Lena", "Felix", "Mei", "Wei", "Arjun", "Priya", "Ananya", "Rohan", "Olivia", "Noah", "Zainab",
      "Kwame", "Sofia", "Mateo", "Elif", "Yusuf", "Hana", "Kenji", "Aisha", "Diego", "Freya", "Nils",
      "Camille", "Hugo", "Leila", "Omar", "Ines", "Paolo", "Sunita", "Theo");

  /** First halves of the invented surnames. */
  static final ImmutableList<String> SURNAME_STARTS = ImmutableList.of(
      "Ash", "Birch", "Cobble", "Dun", "Fern", "Gale", "Hollow", "Ivory", "Juniper", "Kestrel", "Larch",
      "Marsh", "Nettle", "Oak", "Pebble", "Quill", "Rook", "Sorrel", "Thistle", "Umber", "Vale", "Willow",
      "Yarrow", "Zephyr");

  /** Second halves of the invented surnames. */
  static final ImmutableList<String> SURNAME_ENDS = ImmutableList.of(
      "brook", "field", "more", "wick", "stone", "ridge", "dale", "wood", "gate", "ford", "hill", "mere");
}
