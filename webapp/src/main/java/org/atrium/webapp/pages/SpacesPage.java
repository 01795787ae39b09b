package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;

/**
 * Every space the person can see, or only their own, searchable by name; and the form that creates
 * a space, which comes back open with what was typed when the service refuses it.
 */
@Path(Links.SPACES)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SpacesPage {

  private static final int PAGE_SIZE = 20;
  private static final String MINE = "me";

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("member") String member,
      @QueryParam("cursor") String cursor,
      @QueryParam("flash") String flash) {
    Listing listing = new Listing(text, MINE.equals(member), cursor);
    Map<String, Object> model = page(listing, SpaceForm.blank(), FormErrors.NONE);
    frame.flash(model, flash);
    return render(200, model);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @FormParam(SpaceForm.SLUG) String slug,
      @FormParam(SpaceForm.NAME) String name,
      @FormParam(SpaceForm.DESCRIPTION) String description,
      @FormParam(SpaceForm.VISIBILITY) String visibility,
      @FormParam(SpaceForm.KIND) String kind) {
    SpaceForm form = new SpaceForm(slug, name, description, visibility, kind);
    Map<String, String> errors;
    try {
      Space space = spaces.create(caller.get(), form.newSpace());
      return Back.to(Links.space(space.slug()), Flash.SPACE_CREATED);
    } catch (InvalidInput e) {
      errors = SpaceForm.messages(e.errors(), templates);
    } catch (Conflict e) {
      errors = Map.of(SpaceForm.SLUG, templates.text("space_error_slug_taken"));
    }
    Map<String, Object> model =
        page(new Listing("", false, null), form, FormErrors.of(errors, "space_label_", templates));
    return render(422, model);
  }

  /**
   * Which spaces the list shows: matching {@code text}, only the person's own when {@code mine}.
   */
  private record Listing(String text, boolean mine, String cursor) {
    Listing {
      text = text == null ? "" : text.trim();
    }

    String link(String nextCursor) {
      StringJoiner query =
          new StringJoiner("&", Links.SPACES + "?", "").setEmptyValue(Links.SPACES);
      if (mine) {
        query.add("member=" + MINE);
      }
      if (!text.isEmpty()) {
        query.add("q=" + Links.segment(text));
      }
      if (nextCursor != null) {
        query.add("cursor=" + Links.segment(nextCursor));
      }
      return query.toString();
    }
  }

  private Map<String, Object> page(Listing listing, SpaceForm form, FormErrors errors) {
    Caller viewer = caller.get();
    Page<Space> page =
        spaces.list(viewer, listing.mine(), listing.text(), listing.cursor(), PAGE_SIZE);
    String title = templates.text("spaces_title");
    Map<String, Object> model =
        frame.page(
            errors.any() ? templates.text("page_title_error", title) : title, PageModel.Nav.SPACES);
    List<SpaceView> views = page.items().stream().map(s -> SpaceView.of(s, templates)).toList();
    model.put("spaces", views);
    model.put("found", !views.isEmpty());
    model.put("mine", listing.mine());
    model.put("q", listing.text());
    model.put("allHref", new Listing(listing.text(), false, null).link(null));
    model.put("mineHref", new Listing(listing.text(), true, null).link(null));
    model.put("listHeading", templates.text(listing.mine() ? "spaces_mine" : "spaces_all"));
    if (page.nextCursor() != null) {
      model.put("nextHref", listing.link(page.nextCursor()));
    }
    if (listing.cursor() != null && !listing.cursor().isBlank()) {
      model.put("firstHref", listing.link(null));
    }
    model.put("paged", model.containsKey("nextHref") || model.containsKey("firstHref"));
    if (!viewer.isGuest()) {
      model.put("create", true);
      model.put("form", form.values());
      model.put("visibilities", form.visibilities(templates));
      model.put("kinds", form.kinds(templates));
      model.put("errors", errors);
    }
    return model;
  }

  private Response render(int status, Map<String, Object> model) {
    return Response.status(status).entity(templates.render("spaces", model)).build();
  }
}
