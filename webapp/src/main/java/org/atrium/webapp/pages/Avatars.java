package org.atrium.webapp.pages;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Generated avatars: initials on a colour derived from the username, for people without photos. */
final class Avatars {

  private static final int HUES = 12;

  private Avatars() {}

  static String initials(String name) {
    String letters =
        Arrays.stream(name.split("[\\s._-]+"))
            .filter(part -> !part.isEmpty())
            .limit(2)
            .map(part -> part.substring(0, 1))
            .collect(Collectors.joining());
    return letters.toUpperCase(Locale.ROOT);
  }

  /** One of a fixed set of colour classes, the same for a username every time. */
  static String colour(String username) {
    return "hue-" + Math.floorMod(username.hashCode(), HUES);
  }
}
