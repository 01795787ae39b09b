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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.PreconditionFailed;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.wiki.EditConflict;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.SaveCondition;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/**
 * Editing a page. The form carries the revision the editor started from; a save based on an older
 * one than the current is not written but answered with the conflict screen (409), which keeps the
 * person's text in the editor and bases the next save on the current revision.
 */
@Path(Links.SPACES + "/{slug}/pages/{page}/edit")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiEditPage {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private WikiService wiki;
  @Inject private RevisionService revisions;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public Response form(@PathParam("slug") String slug, @PathParam("page") String page) {
    Space space = contributable(slug);
    WikiPage current = wiki.page(caller.get(), slug, page);
    WikiForm form =
        new WikiForm(
            page, current.title(), current.parent(), current.body(), "", current.revision());
    return render(200, space, page, form, WikiEditor.Extras.NONE);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("slug") String slug,
      @PathParam("page") String page,
      @FormParam(WikiForm.TITLE) String title,
      @FormParam(WikiForm.PARENT) String parent,
      @FormParam(WikiForm.BODY) String body,
      @FormParam(WikiForm.COMMENT) String comment,
      @FormParam(WikiForm.BASE) String base,
      @FormParam(WikiForm.ACTION) String action) {
    Space space = contributable(slug);
    WikiForm form = WikiForm.of(page, title, parent, body, comment, base);
    if (WikiForm.PREVIEW.equals(action)) {
      return render(200, space, page, form, WikiEditor.Extras.withPreview());
    }
    try {
      wiki.save(caller.get(), slug, page, form.draft(), new SaveCondition.AtRevision(form.base()));
    } catch (InvalidInput e) {
      FormErrors errors =
          FormErrors.of(WikiForm.messages(e.errors(), templates), "wiki_label_", templates);
      return render(422, space, page, form, WikiEditor.Extras.errors(errors));
    } catch (PreconditionFailed stale) {
      EditConflict conflict =
          revisions.conflict(caller.get(), slug, page, form.base(), form.body());
      return render(
          409,
          space,
          page,
          form.basedOn(conflict.current().revision()),
          WikiEditor.Extras.conflict(conflict));
    }
    return Back.to(Links.wikiPage(slug, page, null), Flash.PAGE_SAVED);
  }

  private Space contributable(String slug) {
    Space space = spaces.get(caller.get(), slug);
    if (!AccessPolicy.canContribute(caller.get(), space)) {
      throw new Forbidden("join '" + slug + "' to edit its pages");
    }
    return space;
  }

  private Response render(
      int status, Space space, String page, WikiForm form, WikiEditor.Extras extras) {
    Caller viewer = caller.get();
    String heading =
        templates.text(
            extras.conflict() == null ? "wiki_edit_heading" : "wiki_conflict_heading",
            form.title().isBlank() ? page : form.title());
    Map<String, Object> model =
        WikiFrame.model(frame, templates, viewer, space, heading, extras.errors().any(), null);
    model.put("cancelHref", Links.wikiPage(space.slug(), page, null));
    return WikiEditor.render(
        status,
        model,
        space.slug(),
        Links.wikiPage(space.slug(), page, "edit"),
        form,
        wiki.tree(viewer, space.slug()),
        extras,
        templates,
        TimeView.Clock.of(directory.me(viewer), templates));
  }
}
