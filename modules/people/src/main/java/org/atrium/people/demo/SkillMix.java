package org.atrium.people.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** How likely each skill category is when picking someone's skills, as relative weights. */
final class SkillMix {

  private final List<String> categories;
  private final int[] cumulativeWeights;

  private SkillMix(List<String> categories, int[] cumulativeWeights) {
    this.categories = categories;
    this.cumulativeWeights = cumulativeWeights;
  }

  /** Parses {@code Category=weight; Category=weight}. */
  static SkillMix of(String weights) {
    String[] entries = weights.split(";\\s*");
    List<String> categories = new ArrayList<>(entries.length);
    int[] cumulativeWeights = new int[entries.length];
    int total = 0;
    for (int i = 0; i < entries.length; i++) {
      String[] parts = entries[i].split("=");
      categories.add(parts[0].strip());
      total += Integer.parseInt(parts[1].strip());
      cumulativeWeights[i] = total;
    }
    return new SkillMix(List.copyOf(categories), cumulativeWeights);
  }

  List<String> categories() {
    return categories;
  }

  String pickCategory(SplittableRandom random) {
    int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
    int i = 0;
    while (cumulativeWeights[i] <= roll) {
      i++;
    }
    return categories.get(i);
  }
}
