package org.atrium.platform.auth;

import java.util.Locale;

/** What a person may do across Atrium; space roles are separate and live with spaces. */
public enum Role {
  EMPLOYEE,
  HR,
  MODERATOR,
  ADMIN,
  /** An external partner: sees only the spaces they belong to and those spaces' members. */
  GUEST;

  /** The lower-case name used in JSON, CSV and tokens. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a role code; throws {@link IllegalArgumentException} for an unknown one. */
  public static Role fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
