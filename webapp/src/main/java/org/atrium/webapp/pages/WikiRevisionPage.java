package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonRef;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.Revision;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/** One old revision of a page as it read then, and restoring it (as a new revision). */
@Path(Links.SPACES + "/{slug}/pages/{page}/revisions/{number}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiRevisionPage {

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
      @PathParam("number") String number) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    int n = (int) PathIds.parse(number, "revision");
    Revision revision = revisions.revision(viewer, slug, page, n);
    WikiPage current = wiki.page(viewer, slug, page);
    Map<String, Object> model =
        WikiFrame.model(
            frame,
            templates,
            viewer,
            space,
            templates.text("wiki_revision_heading", revision.title(), n),
            false,
            null);
    WikiFrame.putTree(model, slug, wiki.tree(viewer, slug), page);
    model.put("html", revision.html());
    model.put(
        "editor",
        PersonView.of(
            new PersonRef(revision.author().username(), revision.author().displayName(), null)));
    model.put(
        "updated",
        TimeView.of(revision.createdAt(), TimeView.Clock.of(directory.me(viewer), templates)));
    model.put("revisionLabel", templates.text("wiki_revision", n));
    model.put("comment", revision.comment());
    model.put("pageHref", Links.wikiPage(slug, page, null));
    model.put("historyHref", Links.wikiPage(slug, page, "history"));
    model.put(
        "compareHref",
        Links.wikiPage(slug, page, "diff") + "?from=" + n + "&to=" + current.revision());
    if (n != current.revision() && AccessPolicy.canContribute(viewer, space)) {
      model.put("restoreAction", Links.wikiPage(slug, page, "revisions/" + n + "/restore"));
    }
    return templates.render("wiki/revision", model);
  }

  @POST
  @Path("restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response restore(
      @PathParam("slug") String slug,
      @PathParam("page") String page,
      @PathParam("number") String number) {
    revisions.restore(caller.get(), slug, page, (int) PathIds.parse(number, "revision"));
    return Back.to(Links.wikiPage(slug, page, null), Flash.PAGE_RESTORED);
  }
}
