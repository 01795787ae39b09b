package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.people.PersonRef;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.Watching;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/**
 * A wiki page: its sanitised HTML, who last changed it and when, the pages that link to it, the
 * page tree beside it, and the actions on it (edit, history, watch, delete).
 */
@Path(Links.SPACES + "/{slug}/pages/{page}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiPageView {

  /** Backlinks shown under a page; a page with more links in is rare and the first are enough. */
  private static final int BACKLINKS = 50;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private WatchService watches;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public Response show(
      @PathParam("slug") String slug,
      @PathParam("page") String page,
      @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    WikiPage shown = wiki.page(viewer, slug, page);
    Person me = directory.me(viewer);
    Map<String, Object> model =
        WikiFrame.model(frame, templates, viewer, space, shown.title(), false, flash);
    WikiFrame.putTree(model, slug, wiki.tree(viewer, slug), page);
    model.put("html", shown.html());
    model.put(
        "editor",
        PersonView.of(
            new PersonRef(shown.updatedBy().username(), shown.updatedBy().displayName(), null)));
    model.put("updated", TimeView.of(shown.updatedAt(), TimeView.Clock.of(me, templates)));
    model.put("revisionLabel", templates.text("wiki_revision", shown.revision()));
    model.put("historyHref", Links.wikiPage(slug, page, "history"));
    List<Map<String, String>> backlinks =
        wiki.backlinks(viewer, slug, page, null, BACKLINKS).items().stream()
            .map(p -> Map.of("title", p.title(), "href", Links.wikiPage(slug, p.slug(), null)))
            .toList();
    model.put("backlinks", backlinks);
    model.put("hasBacklinks", !backlinks.isEmpty());
    putWatch(model, watches.watching(viewer, slug, page), slug, page);
    if (AccessPolicy.canContribute(viewer, space)) {
      model.put("editHref", Links.wikiPage(slug, page, "edit"));
      model.put("newChildHref", Links.wikiAction(slug, "new") + "?parent=" + page);
      model.put("deleteAction", Links.wikiPage(slug, page, "delete"));
    }
    return Response.ok(templates.render("wiki/page", model)).build();
  }

  @POST
  @Path("delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@PathParam("slug") String slug, @PathParam("page") String page) {
    wiki.delete(caller.get(), slug, page);
    return Back.to(Links.wiki(slug), Flash.PAGE_DELETED);
  }

  @POST
  @Path("undelete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response undelete(@PathParam("slug") String slug, @PathParam("page") String page) {
    wiki.undelete(caller.get(), slug, page);
    return Back.to(Links.wikiPage(slug, page, null), Flash.PAGE_UNDELETED);
  }

  @POST
  @Path("watch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response watch(@PathParam("slug") String slug, @PathParam("page") String page) {
    watches.watchPage(caller.get(), slug, page);
    return Back.to(Links.wikiPage(slug, page, null), Flash.PAGE_WATCHED);
  }

  @POST
  @Path("unwatch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unwatch(@PathParam("slug") String slug, @PathParam("page") String page) {
    watches.unwatchPage(caller.get(), slug, page);
    return Back.to(Links.wikiPage(slug, page, null), Flash.PAGE_UNWATCHED);
  }

  private static void putWatch(
      Map<String, Object> model, Watching watching, String slug, String page) {
    model.put("watching", watching.page());
    model.put("watchAction", Links.wikiPage(slug, page, watching.page() ? "unwatch" : "watch"));
    model.put("watchingWiki", watching.wiki());
  }
}
