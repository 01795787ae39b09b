package org.atrium.people.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a business unit looks like: its relative size, the titles of its leaders, its departments
 * and which skill categories its people tend to have.
 */
record UnitProfile(
    String code,
    String name,
    int weight,
    String headTitle,
    String directorTitle,
    SkillMix skillMix,
    List<Department> departments) {

  Department department(String departmentName) {
    return departments.stream()
        .filter(d -> d.name().equals(departmentName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(departmentName + " is not in " + name));
  }

  /**
   * A team inside a unit, the titles of the people in it and the skills that define its work.
   * Individual contributors get one of {@code individualTitles}, behind a seniority prefix.
   */
  record Department(
      String name, String managerTitle, List<String> individualTitles, List<String> coreSkills) {

    String individualTitle(SplittableRandom random) {
      return individualTitles.get(random.nextInt(individualTitles.size()));
    }
  }
}
