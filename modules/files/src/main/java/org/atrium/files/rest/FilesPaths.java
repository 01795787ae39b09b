package org.atrium.files.rest;

import org.atrium.platform.error.NotFound;

/** The API addresses of files. */
final class FilesPaths {

  private FilesPaths() {}

  static String file(long id) {
    return "/api/v1/files/" + id;
  }

  /** A path segment as an id; anything else names no file. */
  static long id(String segment) {
    try {
      return Long.parseLong(segment);
    } catch (NumberFormatException e) {
      throw new NotFound("no file '" + segment + "' is visible to you");
    }
  }
}
