package org.atrium.search;

import java.util.Locale;
import org.atrium.platform.error.BadRequest;

/**
 * Document types in the API are plural ({@code statuses}); in the index, singular ({@code status}),
 * as sources name them.
 */
final class Types {

  private Types() {}

  static String plural(String type) {
    return switch (type) {
      case "person" -> "people";
      case "status" -> "statuses";
      default -> type + "s";
    };
  }

  static String singular(String plural) {
    String type = plural.trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "people", "person" -> "person";
      case "statuses", "status" -> "status";
      default -> {
        if (!type.matches("[a-z]{2,20}")) {
          throw new BadRequest("type: unknown type '" + plural + "'");
        }
        yield type.endsWith("s") ? type.substring(0, type.length() - 1) : type;
      }
    };
  }
}
