package org.atrium.people.demo;

import org.atrium.people.demo.UnitProfile.Department;

/**
 * A seat in the org chart before anyone sits in it. {@code managerIndex} points at an earlier
 * position (or is -1 for the CEO); {@code unit} and {@code department} are null where a position
 * sits above them.
 */
record Position(int managerIndex, UnitProfile unit, Department department, Tier tier) {

  /** How a position relates to the people below it. */
  enum Tier {
    CEO,
    UNIT_HEAD,
    /** Manages at least one other manager. */
    SENIOR_MANAGER,
    /** Manages a single team of individual contributors. */
    MANAGER,
    INDIVIDUAL;

    boolean managesPeople() {
      return this != INDIVIDUAL;
    }
  }
}
