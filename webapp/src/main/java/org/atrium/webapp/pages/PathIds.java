package org.atrium.webapp.pages;

import org.atrium.platform.error.NotFound;

/** Numeric ids in page addresses; anything else is a page that does not exist. */
final class PathIds {

  private PathIds() {}

  static long parse(String value, String what) {
    if (value == null || !value.matches("\\d{1,18}")) {
      throw new NotFound("no " + what + " '" + value + "'");
    }
    return Long.parseLong(value);
  }
}
