package org.atrium.webapp.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The addresses of pages, with people's and skills' names percent-encoded, so that any name makes a
 * valid link that leads to the right place.
 */
final class Links {

  static final String DIRECTORY = "/people";

  private Links() {}

  static String profile(String username) {
    return DIRECTORY + "/" + segment(username);
  }

  static String editProfile(String username) {
    return profile(username) + "/edit";
  }

  /** The address a form posts to for {@code action} (endorse, withdraw) on someone's skill. */
  static String skillAction(String username, String skill, String action) {
    return profile(username) + "/skills/" + path(skill) + "/" + action;
  }

  /** A {@code mailto:} link; the address is encoded so that it cannot add headers or a body. */
  static String mailto(String email) {
    int at = email.lastIndexOf('@');
    return "mailto:" + segment(email.substring(0, at)) + "@" + segment(email.substring(at + 1));
  }

  /** {@code value} encoded for a query parameter or a single path segment ({@code %20} spaces). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A name that may contain slashes ("CI/CD"), as several path segments: the server refuses an
   * encoded slash as ambiguous, and the skill routes take the rest of the path as the name.
   */
  private static String path(String value) {
    return Arrays.stream(value.split("/", -1)).map(Links::segment).collect(Collectors.joining("/"));
  }
}
