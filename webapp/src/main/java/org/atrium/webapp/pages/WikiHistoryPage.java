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
import org.atrium.people.DirectoryService;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.RevisionSummary;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/**
 * The history of a page: every revision with its author, time and comment, newest first, a form to
 * compare any two, and restoring an old one.
 */
@Path(Links.SPACES + "/{slug}/pages/{page}/history")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiHistoryPage {

  static final int PAGE_SIZE = 50;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private RevisionService revisions;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public String show(
      @PathParam("slug") String slug,
      @PathParam("page") String page,
      @QueryParam("cursor") String cursor,
      @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    WikiPage current = wiki.page(viewer, slug, page);
    Page<RevisionSummary> history = revisions.history(viewer, slug, page, cursor, PAGE_SIZE);
    Map<String, Object> model =
        WikiFrame.model(
            frame,
            templates,
            viewer,
            space,
            templates.text("wiki_history_heading", current.title()),
            false,
            flash);
    WikiFrame.putTree(model, slug, wiki.tree(viewer, slug), page);
    TimeView.Clock clock = TimeView.Clock.of(directory.me(viewer), templates);
    List<RevisionView> rows =
        history.items().stream()
            .map(r -> RevisionView.of(slug, page, r, current.revision(), clock, templates))
            .toList();
    model.put("revisions", rows);
    model.put("pageHref", Links.wikiPage(slug, page, null));
    model.put("diffAction", Links.wikiPage(slug, page, "diff"));
    model.put("canRestore", AccessPolicy.canContribute(viewer, space));
    if (history.nextCursor() != null) {
      model.put(
          "olderHref", Links.wikiPage(slug, page, "history") + "?cursor=" + history.nextCursor());
    }
    return templates.render("wiki/history", model);
  }
}
