package org.atrium.people;

import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Role;

/**
 * A whole organisation to load at once: the demo organisation, a benchmark tier, or a test fixture.
 * People are ordered so that every manager comes before their reports.
 */
public record OrgSeed(
    List<LocationSeed> locations,
    List<UnitSeed> units,
    List<SkillSeed> skills,
    List<PersonSeed> people,
    List<EndorsementSeed> endorsements) {

  /** An office or region people work from. */
  public record LocationSeed(String name, String country, String timeZone) {}

  /** A business unit, headed by one of the seeded people. */
  public record UnitSeed(String code, String name, String headUsername) {}

  /** A taxonomy entry with its category and the other names people use for it. */
  public record SkillSeed(String name, String category, List<String> synonyms) {}

  /**
   * One person. {@code unitCode}, {@code location} and {@code managerUsername} refer to other seeds
   * (or are null); {@code skills} maps skill names to levels 1–5, in a stable order.
   */
  public record PersonSeed(
      String username,
      String email,
      String displayName,
      String title,
      String unitCode,
      String department,
      String location,
      String managerUsername,
      String about,
      String askMeAbout,
      Role role,
      Map<String, Integer> skills) {}

  /** {@code endorserUsername} vouches for {@code personUsername}'s {@code skill}. */
  public record EndorsementSeed(String personUsername, String skill, String endorserUsername) {}
}
