package org.atrium.communities.rest;

import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;

/** Question and answer ids arrive as strings; a malformed one names nothing that exists. */
final class Ids {

  private Ids() {}

  static long parse(String id, String what) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("no " + what + " '" + id + "'");
    }
  }

  /** An id in a request body: malformed is bad input, not a missing thing. */
  static Long field(String id, String field) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.of(field, "must be an id");
    }
  }
}
