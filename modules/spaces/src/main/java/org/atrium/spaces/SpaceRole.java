package org.atrium.spaces;

import java.util.Locale;

/**
 * A person's role in one space. Owners manage it; members and guests read and contribute; external
 * partners are always guests. Experts are members of a community whom it trusts to verify answers.
 */
public enum SpaceRole {
  OWNER,
  MEMBER,
  GUEST,
  EXPERT;

  /** The lower-case name used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code; throws {@link IllegalArgumentException} for an unknown one. */
  public static SpaceRole fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
