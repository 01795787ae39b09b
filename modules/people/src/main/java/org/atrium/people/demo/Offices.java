package org.atrium.people.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** The offices an organisation has, from which people are placed by weight. */
final class Offices {

  private static final Offices STANDARD = new Offices(Office.STANDARD);
  private static final Offices ENTERPRISE =
      new Offices(
          Stream.concat(Office.STANDARD.stream(), Office.ENTERPRISE_EXTRA.stream()).toList());

  private final List<Office> all;
  private final int totalWeight;

  private Offices(List<Office> all) {
    this.all = all;
    this.totalWeight = all.stream().mapToInt(Office::weight).sum();
  }

  static Offices of(OrgBreadth breadth) {
    return switch (breadth) {
      case STANDARD -> STANDARD;
      case ENTERPRISE -> ENTERPRISE;
    };
  }

  List<Office> all() {
    return all;
  }

  Office pick(SplittableRandom random) {
    int roll = random.nextInt(totalWeight);
    for (Office office : all) {
      roll -= office.weight();
      if (roll < 0) {
        return office;
      }
    }
    throw new AssertionError("Office weights do not add up");
  }
}
