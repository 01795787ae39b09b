package org.atrium.people.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.atrium.people.demo.UnitProfile.Department;

/**
 * Chooses someone's skills and levels: a few skills their department is about, often their office's
 * local language, then a mix weighted towards their unit's categories.
 */
final class SkillPicker {

  private static final int MIN_SKILLS = 5;
  private static final int MAX_SKILLS = 12;

  private static final int MIN_CORE_SKILLS = 2;
  private static final int MAX_CORE_SKILLS = 4;
  private static final int LOCAL_LANGUAGE_PERCENT = 75;

  /** Managers pick a leadership skill one time in this many. */
  private static final int LEADERSHIP_ONE_IN = 3;

  /** Generous, so duplicate picks in small categories still leave room to reach the target. */
  private static final int ATTEMPTS_PER_SKILL = 10;

  private final SplittableRandom random;

  SkillPicker(SplittableRandom random) {
    this.random = random;
  }

  /** Skill names mapped to levels, in the order they were picked. */
  Map<String, Integer> pick(
      SkillMix mix,
      Department department,
      Seniority seniority,
      boolean managesPeople,
      Office office) {
    int wanted = random.nextInt(MIN_SKILLS, MAX_SKILLS + 1);
    Map<String, Integer> skills = new LinkedHashMap<>();
    if (department != null) {
      int coreCount = random.nextInt(MIN_CORE_SKILLS, MAX_CORE_SKILLS + 1);
      for (String core : sample(department.coreSkills(), coreCount)) {
        // People are a notch better at what their job is about than at their other skills.
        skills.put(core, Math.min(Seniority.MAX_LEVEL, seniority.skillLevel(random) + 1));
      }
    }
    if (office.localLanguage() != null && random.nextInt(100) < LOCAL_LANGUAGE_PERCENT) {
      skills.put(office.localLanguage(), random.nextInt(3, Seniority.MAX_LEVEL + 1));
    }
    for (int attempt = 0;
        skills.size() < wanted && attempt < wanted * ATTEMPTS_PER_SKILL;
        attempt++) {
      String category =
          managesPeople && random.nextInt(LEADERSHIP_ONE_IN) == 0
              ? "Leadership"
              : mix.pickCategory(random);
      skills.putIfAbsent(SkillTaxonomy.pickIn(category, random), seniority.skillLevel(random));
    }
    return skills;
  }

  /** The {@code count} highest-level skills, earlier picks first among equals, comma separated. */
  static String topSkills(Map<String, Integer> skills, int count) {
    return skills.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(count)
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(", "));
  }

  private List<String> sample(List<String> from, int count) {
    List<String> shuffled = new ArrayList<>(from);
    int taken = Math.min(count, shuffled.size());
    for (int i = 0; i < taken; i++) {
      Collections.swap(shuffled, i, random.nextInt(i, shuffled.size()));
    }
    return shuffled.subList(0, taken);
  }
}
