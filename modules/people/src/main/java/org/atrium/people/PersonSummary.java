package org.atrium.people;

/**
 * A directory entry. {@code matchedSkill} is the skill a directory search filtered by, with this
 * person's level in it; null when the search named no skill.
 */
public record PersonSummary(
    String username,
    String displayName,
    String title,
    String businessUnit,
    String location,
    SkillLevel matchedSkill) {

  /** A skill name and a level 1–5. */
  public record SkillLevel(String name, int level) {}
}
