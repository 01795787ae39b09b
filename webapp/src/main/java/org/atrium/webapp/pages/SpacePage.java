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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceMember;
import org.atrium.spaces.SpaceService;
import org.atrium.spaces.SpaceVisibility;
import org.atrium.stream.Status;
import org.atrium.stream.StatusService;
import org.atrium.stream.TimelineService;

/**
 * A space: what it is, its posts with a composer for members, its members in the side rail, and
 * joining or leaving it. A private space shows non-members only its name and how to get in; a
 * secret one is not found at all.
 */
@Path(Links.SPACES + "/{slug}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SpacePage {

  static final String JOIN = "join";
  static final String LEAVE = "leave";

  /** Members shown in the side rail; the members page lists everyone. */
  private static final int RAIL_MEMBERS = 12;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private MembershipService memberships;
  @Inject private StatusService statuses;
  @Inject private TimelineService timelines;
  @Inject private PageFrame frame;
  @Inject private Templates templates;
  @Context private UriInfo uri;

  @GET
  public Response show(
      @PathParam("slug") String slug,
      @QueryParam("max_id") String maxId,
      @QueryParam("flash") String flash) {
    Space space = spaces.get(caller.get(), slug);
    return page(200, space, StreamView.maxId(maxId), null, flash);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(@PathParam("slug") String slug, @FormParam("status") String status) {
    String text = FormText.of(status);
    Status posted;
    try {
      posted = statuses.post(caller.get(), text, slug, null);
    } catch (InvalidInput e) {
      Space space = spaces.get(caller.get(), slug);
      return page(422, space, null, composer(space).refused(text, e.errors(), templates), null);
    }
    String here = Links.space(slug);
    return Back.to(here, here, Flash.POSTED, StatusCards.anchor(posted.id()));
  }

  @POST
  @Path(JOIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response join(@PathParam("slug") String slug) {
    memberships.join(caller.get(), slug);
    return Back.to(Links.space(slug), Flash.JOINED);
  }

  /** Leaving may hide the space (a secret one), so the person lands on the list of spaces. */
  @POST
  @Path(LEAVE)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response leave(@PathParam("slug") String slug) {
    try {
      memberships.leave(caller.get(), slug);
    } catch (Conflict e) {
      return Back.to(Links.space(slug), Flash.LAST_OWNER);
    }
    return Back.to(Links.SPACES, Flash.LEFT);
  }

  private Response page(int code, Space space, Long maxId, ComposerView refused, String flash) {
    Caller viewer = caller.get();
    Person me = directory.me(viewer);
    Map<String, Object> model =
        frame.page(
            refused == null ? space.name() : templates.text("page_title_error", space.name()),
            me,
            PageModel.Nav.NONE,
            space.slug());
    frame.flash(model, flash);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.STREAM, templates);
    putMembership(model, viewer, space);
    if (AccessPolicy.canRead(viewer, space)) {
      putContent(model, viewer, me, space, maxId);
      if (AccessPolicy.canContribute(viewer, space)) {
        model.put("composer", refused == null ? composer(space) : refused);
      }
    } else {
      model.put("closed", templates.text("space_closed"));
    }
    model.put("back", Back.of(uri));
    return Response.status(code).entity(templates.render("space", model)).build();
  }

  /** Join for public spaces the person is not in; leave for members. */
  private void putMembership(Map<String, Object> model, Caller viewer, Space space) {
    if (space.role() != null) {
      model.put("leaveAction", Links.space(space.slug(), LEAVE));
    } else if (space.visibility() == SpaceVisibility.PUBLIC
        && !space.archived()
        && !viewer.isGuest()) {
      model.put("joinAction", Links.space(space.slug(), JOIN));
    }
  }

  private void putContent(
      Map<String, Object> model, Caller viewer, Person me, Space space, Long maxId) {
    StreamView.Source source =
        new StreamView.Source(
            Links.space(space.slug()),
            null,
            space.role() == null ? null : "space:" + space.slug(),
            templates.text("space_empty"));
    model.put(
        "stream",
        StreamView.of(
            timelines.space(viewer, space.slug(), StreamView.query(maxId)),
            maxId,
            source,
            new StatusCards(viewer, me, templates)));
    List<SpaceMember> members = memberships.members(viewer, space.slug());
    model.put("readable", true);
    model.put(
        "railMembers",
        members.stream().limit(RAIL_MEMBERS).map(m -> MemberView.of(m, templates)).toList());
    model.put("allMembers", templates.text("space_all_members", members.size()));
  }

  private ComposerView composer(Space space) {
    return ComposerView.of(
        Links.space(space.slug()),
        templates.text("composer_label_space", space.name()),
        templates.text("composer_submit"),
        templates);
  }
}
