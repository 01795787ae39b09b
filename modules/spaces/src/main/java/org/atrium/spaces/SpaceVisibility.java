package org.atrium.spaces;

import java.util.Locale;

/**
 * How far a space shows beyond its members: public spaces are open to every employee, private ones
 * show their name but not their content, secret ones do not show at all.
 */
public enum SpaceVisibility {
  PUBLIC,
  PRIVATE,
  SECRET;

  /** The lower-case name used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code; throws {@link IllegalArgumentException} for an unknown one. */
  public static SpaceVisibility fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
