package org.atrium.people;

import java.util.Locale;

/** Whether a person can sign in and appears in the directory. */
public enum PersonStatus {
  ACTIVE,
  /** Left or suspended: their content stays, their sign-in and directory entry go. */
  DEACTIVATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
