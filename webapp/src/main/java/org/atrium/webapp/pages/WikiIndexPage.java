package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.PageSummary;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.WikiService;

/**
 * A space's wiki: every page in its tree, a way to add one, to watch the whole wiki, and to bring
 * back deleted pages.
 */
@Path(Links.SPACES + "/{slug}/pages")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiIndexPage {

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private WatchService watches;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public String show(@PathParam("slug") String slug, @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    List<PageSummary> pages = wiki.tree(viewer, slug);
    Map<String, Object> model =
        WikiFrame.model(
            frame, templates, viewer, space, templates.text("wiki_heading"), false, flash);
    WikiFrame.putTree(model, slug, pages, null);
    boolean watching = watches.watching(viewer, slug, null).wiki();
    model.put("watchingWiki", watching);
    model.put("watchWikiAction", Links.wikiAction(slug, watching ? "unwatch" : "watch"));
    if (AccessPolicy.canContribute(viewer, space)) {
      model.put("newHref", Links.wikiAction(slug, WikiActions.NEW));
      List<Map<String, String>> deleted =
          wiki.deleted(viewer, slug).stream()
              .map(
                  p ->
                      Map.of(
                          "title", p.title(), "action", Links.wikiPage(slug, p.slug(), "undelete")))
              .toList();
      model.put("deleted", deleted);
      model.put("hasDeleted", !deleted.isEmpty());
    }
    return templates.render("wiki/index", model);
  }
}
