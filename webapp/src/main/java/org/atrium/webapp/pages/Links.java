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
  static final String HOME = "/home";
  static final String SPACES = "/spaces";
  static final String STATUSES = "/statuses";
  static final String TAGS = "/tags";
  static final String NOTIFICATIONS = "/notifications";

  static final String QUESTIONS = "/questions";

  private Links() {}

  /** A question's page. */
  static String question(long id) {
    return QUESTIONS + "/" + id;
  }

  /** A status in its thread. */
  static String thread(long id) {
    return STATUSES + "/" + id;
  }

  /** The address a form posts to for {@code action} (favourite, delete…) on a status. */
  static String statusAction(long id, String action) {
    return thread(id) + "/" + action;
  }

  static String tag(String tag) {
    return TAGS + "/" + segment(tag);
  }

  static String space(String slug) {
    return SPACES + "/" + segment(slug);
  }

  /** The wiki of a space: its page tree. */
  static String wiki(String space) {
    return space(space, "pages");
  }

  /** A wiki page, or {@code action} (edit, history, watch…) under it. */
  static String wikiPage(String space, String page, String action) {
    return wiki(space) + "/" + segment(page) + (action == null ? "" : "/" + action);
  }

  /** A form action on a space's whole wiki (new page, watch), beside its pages' addresses. */
  static String wikiAction(String space, String action) {
    return space(space, "wiki/" + action);
  }

  /** A page or form action under a space: members, settings, join… */
  static String space(String slug, String page) {
    return space(slug) + "/" + page;
  }

  static String spaceMember(String slug, String username, String action) {
    return space(slug, "members/" + segment(username) + "/" + action);
  }

  /** The address a form posts to for {@code action} (follow, unfollow) on a person. */
  static String personAction(String username, String action) {
    return profile(username) + "/" + action;
  }

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
