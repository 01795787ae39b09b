package org.atrium.people.demo;

/**
 * How broad a generated organisation is: how many business units, offices and skills its people are
 * drawn from. Headcount is chosen separately, so a small company can be broad and a large one
 * narrow.
 */
public enum OrgBreadth {
  /** The demo: ten business units, thirteen offices and a taxonomy of about 500 skills. */
  STANDARD,
  /**
   * A large enterprise: two more units (operations and professional services) with skill categories
   * of their own, forty offices and over 600 skills. The first ten units, thirteen offices and the
   * standard skills are the standard ones, unchanged.
   */
  ENTERPRISE
}
