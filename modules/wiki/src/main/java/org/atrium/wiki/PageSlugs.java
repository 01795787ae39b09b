package org.atrium.wiki;

import java.util.regex.Pattern;

/** Page slugs: the name of a page in its space's URLs and in {@code [[page]]} links. */
public final class PageSlugs {

  /** Lower-case letters, digits and dashes, starting with a letter or digit, at most 100. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  static final String RULE = "use 1–100 lower-case letters, digits and dashes";

  private PageSlugs() {}

  public static boolean isValid(String slug) {
    return slug != null && PATTERN.matcher(slug).matches();
  }

  /** The address of a page in the web pages, which {@code [[page]]} links point to. */
  public static String path(String space, String page) {
    return "/spaces/" + space + "/pages/" + page;
  }
}
