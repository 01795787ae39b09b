package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.PageDiff;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/**
 * What changed between any two revisions of a page, line by line with the changed words marked;
 * each line says in words and a symbol whether it was added, removed or changed.
 */
@Path(Links.SPACES + "/{slug}/pages/{page}/diff")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiDiffPage {

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private RevisionService revisions;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public String show(
      @PathParam("slug") String slug,
      @PathParam("page") String page,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    WikiPage current = wiki.page(viewer, slug, page);
    PageDiff diff = revisions.diff(viewer, slug, page, number(from), number(to));
    Map<String, Object> model =
        WikiFrame.model(
            frame,
            templates,
            viewer,
            space,
            templates.text("wiki_diff_heading", current.title()),
            false,
            null);
    WikiFrame.putTree(model, slug, wiki.tree(viewer, slug), page);
    model.put("caption", templates.text("wiki_diff_caption", diff.from(), diff.to()));
    model.put("fromLabel", templates.text("wiki_revision", diff.from()));
    model.put("toLabel", templates.text("wiki_revision", diff.to()));
    model.put("rows", DiffView.of(diff.lines(), templates));
    model.put("unchanged", !DiffView.anyChange(diff.lines()));
    model.put("pageHref", Links.wikiPage(slug, page, null));
    model.put("historyHref", Links.wikiPage(slug, page, "history"));
    return templates.render("wiki/diff", model);
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("\\d{1,9}")) {
      throw new BadRequest("revisions are numbers, such as 3");
    }
    return Integer.parseInt(value.strip());
  }
}
