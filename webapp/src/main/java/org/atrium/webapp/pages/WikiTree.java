package org.atrium.webapp.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atrium.wiki.PageSummary;

/**
 * A space's pages as nested navigation: each page under its parent, in the order the wiki lists
 * them (by title), with the page being shown marked current.
 */
record WikiTree(String title, String href, boolean current, List<WikiTree> children) {

  public boolean hasChildren() {
    return !children.isEmpty();
  }

  /** The top-level pages of {@code pages}, each holding the pages below it. */
  static List<WikiTree> of(String space, List<PageSummary> pages, String currentSlug) {
    Map<String, List<PageSummary>> byParent = new HashMap<>();
    for (PageSummary page : pages) {
      byParent.computeIfAbsent(page.parent(), p -> new ArrayList<>()).add(page);
    }
    return nodes(space, byParent, null, currentSlug);
  }

  private static List<WikiTree> nodes(
      String space, Map<String, List<PageSummary>> byParent, String parent, String current) {
    return byParent.getOrDefault(parent, List.of()).stream()
        .map(
            page ->
                new WikiTree(
                    page.title(),
                    Links.wikiPage(space, page.slug(), null),
                    page.slug().equals(current),
                    nodes(space, byParent, page.slug(), current)))
        .toList();
  }
}
