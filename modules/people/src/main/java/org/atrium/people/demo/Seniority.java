package org.atrium.people.demo;

import java.util.SplittableRandom;

/** How experienced someone is, which shows in their title and in how good they are at things. */
enum Seniority {
  JUNIOR("Junior ", 1, 3, 15),
  MID("", 2, 4, 40),
  SENIOR("Senior ", 3, 5, 30),
  LEAD("Lead ", 3, 5, 15);

  static final int MAX_LEVEL = 5;

  private static final Seniority[] ALL = values();
  private static final int TOTAL_SHARE = 100;

  private final String titlePrefix;
  private final int minLevel;
  private final int maxLevel;

  /** Percentage of individual contributors at this seniority. */
  private final int share;

  Seniority(String titlePrefix, int minLevel, int maxLevel, int share) {
    this.titlePrefix = titlePrefix;
    this.minLevel = minLevel;
    this.maxLevel = maxLevel;
    this.share = share;
  }

  String titlePrefix() {
    return titlePrefix;
  }

  /** A skill level, 1 to {@value #MAX_LEVEL}, typical for this seniority. */
  int skillLevel(SplittableRandom random) {
    return random.nextInt(minLevel, maxLevel + 1);
  }

  static Seniority ofIndividualContributor(SplittableRandom random) {
    int roll = random.nextInt(TOTAL_SHARE);
    for (Seniority seniority : ALL) {
      roll -= seniority.share;
      if (roll < 0) {
        return seniority;
      }
    }
    throw new AssertionError("Seniority shares do not add up to " + TOTAL_SHARE);
  }
}
