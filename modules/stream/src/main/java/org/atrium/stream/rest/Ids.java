package org.atrium.stream.rest;

import org.atrium.platform.error.NotFound;

/** Status and notification ids arrive as strings; a malformed one names nothing that exists. */
final class Ids {

  private Ids() {}

  static long parse(String id, String what) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("no " + what + " '" + id + "'");
    }
  }

  static Long optional(String id, String parameter) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw org.atrium.platform.error.InvalidInput.of(parameter, "must be a status id");
    }
  }
}
