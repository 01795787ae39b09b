package org.atrium.people.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.platform.auth.Role;

/**
 * The well-known demo accounts for trying out each role: an administrator, an HR manager and an
 * external partner. They sit outside the generated headcount.
 */
final class SpecialAccounts {

  private SpecialAccounts() {}

  /** The three accounts, given the username of each unit's head by unit code. */
  static List<PersonSeed> create(Map<String, String> headsByUnit, SkillPicker skillPicker) {
    return List.of(
        staff(
            "admin",
            "Ada Admin",
            "Atrium Administrator",
            "IT",
            "Workplace Technology",
            "Looks after Atrium for everyone: accounts, settings and moderation.",
            Role.ADMIN,
            headsByUnit,
            skillPicker),
        staff(
            "hr",
            "Harper Reyes",
            "HR Manager",
            "HR",
            "People Operations",
            "HR Manager in People Operations, keeping people data and policies up to date.",
            Role.HR,
            headsByUnit,
            skillPicker),
        new PersonSeed(
            "partner",
            Usernames.email("partner"),
            "Pat Partner",
            "External partner",
            null,
            null,
            null,
            null,
            "External partner with guest access to the spaces we share.",
            null,
            Role.GUEST,
            new LinkedHashMap<>()));
  }

  private static PersonSeed staff(
      String username,
      String displayName,
      String title,
      String unitCode,
      String departmentName,
      String about,
      Role role,
      Map<String, String> headsByUnit,
      SkillPicker skillPicker) {
    UnitProfile unit = UnitCatalog.unit(unitCode);
    Map<String, Integer> skills =
        skillPicker.pick(
            unit.skillMix(),
            unit.department(departmentName),
            Seniority.SENIOR,
            false,
            Office.HEADQUARTERS);
    return new PersonSeed(
        username,
        Usernames.email(username),
        displayName,
        title,
        unitCode,
        departmentName,
        Office.HEADQUARTERS.name(),
        headsByUnit.get(unitCode),
        about,
        SkillPicker.topSkills(skills, 3),
        role,
        skills);
  }
}
