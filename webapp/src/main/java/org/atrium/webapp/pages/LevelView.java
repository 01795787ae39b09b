package org.atrium.webapp.pages;

/**
 * A skill level 1–5 for the level meter: the meter is drawn from {@code level} and hidden from
 * screen readers, which read {@code label} ("Level 4 of 5") instead.
 */
record LevelView(String name, int level, String label) {

  static final int MAX = 5;

  static LevelView of(String name, int level, Templates t) {
    return new LevelView(name, level, t.text("skill_level", level, MAX));
  }
}
