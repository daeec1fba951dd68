package dev.reverso.core.io;

/** The known columns of a participants CSV, in the order they are written. */
enum CsvColumn {
  ID("id"),
  NAME("name"),
  ROLE("role"),
  MANAGER_ID("manager_id"),
  DEPARTMENT("department"),
  DIVISION("division"),
  LOCATION("location"),
  SENIORITY("seniority"),
  TIME_ZONE("time_zone"),
  LANGUAGES("languages"),
  HOURS_PER_MONTH("hours_per_month"),
  CAPACITY("capacity"),
  SKILLS("skills"),
  GOALS("goals"),
  VALUES("values"),
  EXCLUDE("exclude"),
  PREVIOUS_MENTORS("previous_mentors"),
  CURRENT_MENTORS("current_mentors"),
  CONSENT("consent"),
  PIN("pin"),
  PREFERENCES("preferences");

  private final String header;

  CsvColumn(String header) {
    this.header = header;
  }

  /** The header name, lower case. */
  String header() {
    return header;
  }

  /** The column with this lower-case header name, or null. */
  static CsvColumn byName(String lowerCaseName) {
    for (CsvColumn c : values()) {
      if (c.header.equals(lowerCaseName)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The column holding a participant field given by its path in the domain ({@code goals[1].target},
   * {@code skills.genai}, {@code exclusions[0]}, {@code timeZone}), or null.
   */
  static CsvColumn forDomainPath(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    switch (path.substring(0, end)) {
      case "id":
        return ID;
      case "name":
      case "displayName":
        return NAME;
      case "role":
        return ROLE;
      case "managerId":
        return MANAGER_ID;
      case "department":
        return DEPARTMENT;
      case "division":
        return DIVISION;
      case "location":
        return LOCATION;
      case "seniority":
        return SENIORITY;
      case "timeZone":
        return TIME_ZONE;
      case "languages":
        return LANGUAGES;
      case "hoursPerMonth":
        return HOURS_PER_MONTH;
      case "capacity":
        return CAPACITY;
      case "skills":
        return SKILLS;
      case "goals":
        return GOALS;
      case "values":
        return VALUES;
      case "exclusions":
        return EXCLUDE;
      case "consent":
        return CONSENT;
      case "pin":
        return PIN;
      case "preferences":
        return PREFERENCES;
      default:
        return null;
    }
  }
}
