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
import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceRole;
import org.atrium.spaces.SpaceService;

/**
 * Everyone in a space. Owners add people by username, change roles and remove members here; a
 * change that would leave the space without an owner is refused with a message.
 */
@Path(Links.SPACES + "/{slug}/members")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SpaceMembersPage {

  static final String USERNAME = "username";

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private MembershipService memberships;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public Response show(@PathParam("slug") String slug, @QueryParam("flash") String flash) {
    Map<String, Object> model = page(spaces.get(caller.get(), slug), "", SpaceRole.MEMBER, null);
    frame.flash(model, flash);
    return render(200, model);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(
      @PathParam("slug") String slug,
      @FormParam(USERNAME) String username,
      @FormParam(MemberView.ROLE) String role) {
    Space space = spaces.get(caller.get(), slug);
    String typed = username == null ? "" : username.trim();
    SpaceRole chosen = role(role);
    String error = templates.text("members_error_username");
    if (!typed.isEmpty()) {
      try {
        memberships.setMember(caller.get(), slug, typed, chosen);
        return Back.to(Links.space(slug, SpaceHead.MEMBERS), Flash.MEMBER_SAVED);
      } catch (NotFound e) {
        // the space was found above, so it is the person who is not
      } catch (InvalidInput e) {
        error = templates.text("members_error_guest");
      }
    }
    return render(422, page(space, typed, chosen, error));
  }

  @POST
  @Path("{username}/" + MemberView.ROLE)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeRole(
      @PathParam("slug") String slug,
      @PathParam(USERNAME) String username,
      @FormParam(MemberView.ROLE) String role) {
    try {
      memberships.setMember(caller.get(), slug, username, role(role));
    } catch (Conflict e) {
      return Back.to(Links.space(slug, SpaceHead.MEMBERS), Flash.LAST_OWNER);
    }
    return Back.to(Links.space(slug, SpaceHead.MEMBERS), Flash.MEMBER_SAVED);
  }

  @POST
  @Path("{username}/" + MemberView.REMOVE)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("slug") String slug, @PathParam(USERNAME) String username) {
    try {
      memberships.removeMember(caller.get(), slug, username);
    } catch (Conflict e) {
      return Back.to(Links.space(slug, SpaceHead.MEMBERS), Flash.LAST_OWNER);
    }
    return Back.to(Links.space(slug, SpaceHead.MEMBERS), Flash.MEMBER_REMOVED);
  }

  /** The role a form chose; the form only offers valid ones, so anything else is "member". */
  private static SpaceRole role(String code) {
    try {
      return code == null ? SpaceRole.MEMBER : SpaceRole.fromCode(code);
    } catch (IllegalArgumentException e) {
      return SpaceRole.MEMBER;
    }
  }

  private Map<String, Object> page(Space space, String username, SpaceRole role, String error) {
    Caller viewer = caller.get();
    boolean manage = AccessPolicy.canManage(viewer, space) && !space.archived();
    String heading = templates.text("members_heading", space.name());
    Map<String, Object> model =
        frame.page(
            error == null ? heading : templates.text("page_title_error", heading),
            PageModel.Nav.NONE,
            space.slug());
    model.put("pageHeading", heading);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.MEMBERS, templates);
    List<MemberView> members =
        memberships.members(viewer, space.slug()).stream()
            .map(
                m ->
                    manage
                        ? MemberView.managed(m, space.slug(), templates)
                        : MemberView.of(m, templates))
            .toList();
    model.put("memberRows", members);
    model.put("manage", manage);
    if (manage) {
      model.put("addAction", Links.space(space.slug(), SpaceHead.MEMBERS));
      model.put("username", username);
      model.put("roles", MemberView.options(role, templates));
      model.put("usernameError", error);
    }
    return model;
  }

  private Response render(int status, Map<String, Object> model) {
    return Response.status(status).entity(templates.render("space-members", model)).build();
  }
}
