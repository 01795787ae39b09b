package org.atrium.people.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import org.atrium.people.demo.Position.Tier;
import org.atrium.people.demo.UnitProfile.Department;

/**
 * Lays out the org chart: a CEO, one head per unit and, below each head, a tree whose managers have
 * between {@value #MIN_SPAN} and {@value #MAX_SPAN} reports. Positions come out breadth first, so
 * every manager precedes their reports.
 */
final class OrgShape {

  private static final int MIN_SPAN = 3;
  private static final int MAX_SPAN = 10;

  /** A manager plus the smallest team they may have; also the smallest unit, head included. */
  private static final int MIN_MANAGED_GROUP = 1 + MIN_SPAN;

  /** Spans managers of managers usually have, when there are enough people below them. */
  private static final int USUAL_SPAN_MIN = 4;

  private static final int USUAL_SPAN_MAX = 8;

  /** Below this many people, a manager of managers gets fewer, fuller teams. */
  private static final int SMALL_GROUP = 40;

  private static final int USUAL_TEAM_SIZE = 6;

  /** How far team sizes may stray from an even split, as a fraction. */
  private static final double TEAM_SIZE_SPREAD = 0.3;

  private OrgShape() {}

  static List<Position> build(List<UnitProfile> units, int people, SplittableRandom random) {
    List<Position> positions = new ArrayList<>(people);
    Queue<Opening> openings = new ArrayDeque<>();
    positions.add(new Position(-1, null, null, Tier.CEO));
    int[] unitSizes = unitSizes(units, people - 1);
    for (int u = 0; u < units.size(); u++) {
      UnitProfile unit = units.get(u);
      openings.add(
          new Opening(positions.size(), unitSizes[u] - 1, new DepartmentRotation(unit, random)));
      positions.add(new Position(0, unit, null, Tier.UNIT_HEAD));
    }
    while (!openings.isEmpty()) {
      Opening opening = openings.remove();
      Position manager = positions.get(opening.managerIndex());
      for (int subtree : split(opening.reportsBelow(), random)) {
        Department department =
            manager.department() != null ? manager.department() : opening.departments().next();
        int reportsBelow = subtree - 1;
        if (reportsBelow > 0) {
          openings.add(new Opening(positions.size(), reportsBelow, opening.departments()));
        }
        positions.add(
            new Position(
                opening.managerIndex(), manager.unit(), department, tierFor(reportsBelow)));
      }
    }
    return positions;
  }

  private static Tier tierFor(int reportsBelow) {
    if (reportsBelow == 0) {
      return Tier.INDIVIDUAL;
    }
    return reportsBelow <= MAX_SPAN ? Tier.MANAGER : Tier.SENIOR_MANAGER;
  }

  /** Headcount per unit: a minimal team each, the rest shared out by the units' weights. */
  private static int[] unitSizes(List<UnitProfile> units, int people) {
    double[] weights = units.stream().mapToDouble(UnitProfile::weight).toArray();
    return distribute(people, weights, MIN_MANAGED_GROUP);
  }

  /**
   * Sizes of the subtrees directly below a manager who has {@code reportsBelow} people under them.
   * Subtrees have one person (an individual contributor) or at least {@link #MIN_MANAGED_GROUP}, so
   * that every manager below also gets a full team.
   */
  private static int[] split(int reportsBelow, SplittableRandom random) {
    if (reportsBelow <= MAX_SPAN) {
      int[] individuals = new int[reportsBelow];
      Arrays.fill(individuals, 1);
      return individuals;
    }
    int span = random.nextInt(USUAL_SPAN_MIN, USUAL_SPAN_MAX + 1);
    if (reportsBelow < SMALL_GROUP) {
      span = Math.max(MIN_SPAN, Math.min(span, reportsBelow / USUAL_TEAM_SIZE));
    }
    // Each manager among the direct reports needs MIN_SPAN more people beneath them.
    int managers = Math.min(span, (reportsBelow - span) / MIN_SPAN);
    int individuals = span - managers;
    double[] weights = new double[managers];
    for (int i = 0; i < managers; i++) {
      weights[i] = 1 + TEAM_SIZE_SPREAD * (2 * random.nextDouble() - 1);
    }
    int[] teams = distribute(reportsBelow - individuals, weights, MIN_MANAGED_GROUP);
    int[] subtrees = Arrays.copyOf(teams, span);
    Arrays.fill(subtrees, managers, span, 1);
    return subtrees;
  }

  /**
   * Splits {@code total} in proportion to {@code weights}, giving each part at least {@code min}.
   */
  private static int[] distribute(int total, double[] weights, int min) {
    double weightSum = Arrays.stream(weights).sum();
    int spare = total - weights.length * min;
    int[] parts = new int[weights.length];
    int given = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = min + (int) (spare * weights[i] / weightSum);
      given += parts[i];
    }
    for (int i = 0; given < total; i = (i + 1) % parts.length) {
      parts[i]++;
      given++;
    }
    return parts;
  }

  /** A manager still waiting for {@code reportsBelow} people to be placed under them. */
  private record Opening(int managerIndex, int reportsBelow, DepartmentRotation departments) {}

  /** Spreads a unit's top-level teams over its departments in turn, from a random start. */
  private static final class DepartmentRotation {
    private final List<Department> departments;
    private int next;

    DepartmentRotation(UnitProfile unit, SplittableRandom random) {
      this.departments = unit.departments();
      this.next = random.nextInt(departments.size());
    }

    Department next() {
      Department department = departments.get(next);
      next = (next + 1) % departments.size();
      return department;
    }
  }
}
