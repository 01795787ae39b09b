package org.atrium.webapp.pages;

import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.Space;
import org.atrium.wiki.PageSummary;

/**
 * What every wiki page shares: the space's header with the wiki tab current, a heading of its own,
 * and the page tree in the side rail with the page being shown marked.
 */
final class WikiFrame {

  private WikiFrame() {}

  /**
   * The model of a wiki page titled {@code heading}; {@code refused} says the page shows a form
   * that was sent back, which the browser tab's title says too.
   */
  static Map<String, Object> model(
      PageFrame frame,
      Templates t,
      Caller viewer,
      Space space,
      String heading,
      boolean refused,
      String flash) {
    String title = t.text("wiki_title", heading, space.name());
    Map<String, Object> model =
        frame.page(
            refused ? t.text("page_title_error", title) : title, PageModel.Nav.NONE, space.slug());
    frame.flash(model, flash);
    model.put("pageHeading", heading);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.WIKI, t);
    model.put("wikiIndexHref", Links.wiki(space.slug()));
    return model;
  }

  /** The page tree for the side rail, with {@code currentSlug} (or none) marked. */
  static void putTree(
      Map<String, Object> model, String space, List<PageSummary> pages, String currentSlug) {
    List<WikiTree> tree = WikiTree.of(space, pages, currentSlug);
    model.put("tree", tree);
    model.put("hasTree", !tree.isEmpty());
  }
}
