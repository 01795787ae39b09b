package org.atrium.spaces;

import java.util.Locale;

/** What a space is for: a project team's work, or a community of practice. */
public enum SpaceKind {
  PROJECT,
  COMMUNITY;

  /** The lower-case name used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code; throws {@link IllegalArgumentException} for an unknown one. */
  public static SpaceKind fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
