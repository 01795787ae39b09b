package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.PageSlugs;
import org.atrium.wiki.SaveCondition;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.WikiService;

/**
 * What concerns a space's whole wiki rather than one page: creating a page (its address, title and
 * place in the tree; 422 for an invalid address, 409 when it is taken) and watching the wiki. These
 * live under {@code /wiki}, beside the pages, so that no page address can clash with them.
 */
@Path(Links.SPACES + "/{slug}/wiki")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiActions {

  static final String NEW = "new";

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private WatchService watches;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  @Path(NEW)
  public Response form(@PathParam("slug") String slug, @QueryParam("parent") String parent) {
    Space space = contributable(slug);
    String under = PageSlugs.isValid(parent) ? parent : null;
    return render(200, space, new WikiForm("", "", under, "", "", 0), WikiEditor.Extras.NONE);
  }

  @POST
  @Path(NEW)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @PathParam("slug") String slug,
      @FormParam(WikiForm.SLUG) String page,
      @FormParam(WikiForm.TITLE) String title,
      @FormParam(WikiForm.PARENT) String parent,
      @FormParam(WikiForm.BODY) String body,
      @FormParam(WikiForm.COMMENT) String comment,
      @FormParam(WikiForm.ACTION) String action) {
    Space space = contributable(slug);
    WikiForm form = WikiForm.of(page, title, parent, body, comment, null);
    if (WikiForm.PREVIEW.equals(action)) {
      return render(200, space, form, WikiEditor.Extras.withPreview());
    }
    try {
      wiki.save(caller.get(), slug, form.slug(), form.draft(), new SaveCondition.NewPage());
    } catch (InvalidInput e) {
      return refused(422, space, form, WikiForm.messages(e.errors(), templates));
    } catch (Conflict taken) {
      return refused(
          409, space, form, Map.of(WikiForm.SLUG, templates.text("wiki_error_slug_taken")));
    }
    return Back.to(Links.wikiPage(slug, form.slug(), null), Flash.PAGE_CREATED);
  }

  @POST
  @Path("watch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response watch(@PathParam("slug") String slug) {
    watches.watchWiki(caller.get(), slug);
    return Back.to(Links.wiki(slug), Flash.WIKI_WATCHED);
  }

  @POST
  @Path("unwatch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unwatch(@PathParam("slug") String slug) {
    watches.unwatchWiki(caller.get(), slug);
    return Back.to(Links.wiki(slug), Flash.WIKI_UNWATCHED);
  }

  private Space contributable(String slug) {
    Space space = spaces.get(caller.get(), slug);
    if (!AccessPolicy.canContribute(caller.get(), space)) {
      throw new Forbidden("join '" + slug + "' to add pages to it");
    }
    return space;
  }

  private Response refused(int status, Space space, WikiForm form, Map<String, String> messages) {
    return render(
        status,
        space,
        form,
        WikiEditor.Extras.errors(FormErrors.of(messages, "wiki_label_", templates)));
  }

  private Response render(int status, Space space, WikiForm form, WikiEditor.Extras extras) {
    Caller viewer = caller.get();
    Map<String, Object> model =
        WikiFrame.model(
            frame,
            templates,
            viewer,
            space,
            templates.text("wiki_new_heading"),
            extras.errors().any(),
            null);
    model.put("cancelHref", Links.wiki(space.slug()));
    return WikiEditor.render(
        status,
        model,
        space.slug(),
        Links.wikiAction(space.slug(), NEW),
        form,
        wiki.tree(viewer, space.slug()),
        extras,
        templates,
        TimeView.Clock.of(directory.me(viewer), templates));
  }
}
