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
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;

/**
 * A space's settings, for its owners: name, description and who may see it, and archiving it for
 * good. An archived space is read-only, so its settings page only says so.
 */
@Path(Links.SPACES + "/{slug}/settings")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SpaceSettingsPage {

  static final String ARCHIVE = "archive";

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public Response form(@PathParam("slug") String slug) {
    Space space = manageable(slug);
    return page(200, space, SpaceForm.of(space), FormErrors.NONE);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("slug") String slug,
      @FormParam(SpaceForm.NAME) String name,
      @FormParam(SpaceForm.DESCRIPTION) String description,
      @FormParam(SpaceForm.VISIBILITY) String visibility) {
    Space space = manageable(slug);
    SpaceForm form = new SpaceForm(slug, name, description, visibility, space.kind().code());
    try {
      spaces.update(caller.get(), slug, form.changes());
    } catch (InvalidInput e) {
      FormErrors errors =
          FormErrors.of(SpaceForm.messages(e.errors(), templates), "space_label_", templates);
      return page(422, space, form, errors);
    }
    return Back.to(Links.space(slug), Flash.SPACE_SAVED);
  }

  @POST
  @Path(ARCHIVE)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response archive(@PathParam("slug") String slug) {
    spaces.archive(caller.get(), slug);
    return Back.to(Links.space(slug), Flash.ARCHIVED);
  }

  /** The space, if the caller may change it; the service checks again on every change. */
  private Space manageable(String slug) {
    Space space = spaces.get(caller.get(), slug);
    if (!AccessPolicy.canManage(caller.get(), space)) {
      throw new Forbidden("only the owners of '" + slug + "' can change its settings");
    }
    return space;
  }

  private Response page(int status, Space space, SpaceForm form, FormErrors errors) {
    String heading = templates.text("settings_heading", space.name());
    Map<String, Object> model =
        frame.page(
            errors.any() ? templates.text("page_title_error", heading) : heading,
            PageModel.Nav.NONE,
            space.slug());
    model.put("pageHeading", heading);
    SpaceHead.put(model, caller.get(), space, SpaceHead.Tab.SETTINGS, templates);
    model.put("action", Links.space(space.slug(), SpaceHead.SETTINGS));
    model.put("archiveAction", Links.space(space.slug(), SpaceHead.SETTINGS + "/" + ARCHIVE));
    model.put("form", form.values());
    model.put("visibilities", form.visibilities(templates));
    model.put("errors", errors);
    return Response.status(status).entity(templates.render("space-settings", model)).build();
  }
}
