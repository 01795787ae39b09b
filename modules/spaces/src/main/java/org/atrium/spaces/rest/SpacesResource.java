package org.atrium.spaces.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.rest.PageLinks;
import org.atrium.spaces.MembershipService;
import org.atrium.spaces.NewSpace;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceChanges;
import org.atrium.spaces.SpaceRole;
import org.atrium.spaces.SpaceService;

/** Project spaces and communities, their members, joining and leaving. */
@Path("/api/v1/spaces")
@Tag(name = "spaces")
@Produces(MediaType.APPLICATION_JSON)
public final class SpacesResource {

  private static final int MAX_LIMIT = 100;

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private MembershipService memberships;
  @Context private UriInfo uri;

  /** A space to create. */
  public record NewSpaceRequest(
      String slug, String name, String description, String visibility, String kind) {}

  /** Fields of a space to change. */
  public record SpacePatch(String name, String description, String visibility) {}

  /** A role to give a member. */
  public record RoleRequest(String role) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a space; you become its owner")
  public Response create(NewSpaceRequest request) {
    if (request == null) {
      throw new BadRequest("send the new space as a JSON object");
    }
    Space space =
        spaces.create(
            caller.get(),
            new NewSpace(
                request.slug(),
                request.name(),
                request.description(),
                request.visibility(),
                request.kind()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/spaces/{s}").build(space.slug()))
        .entity(SpaceJson.of(space))
        .build();
  }

  @GET
  @Operation(summary = "Spaces you can see; member=me for your own, q to match names")
  public Response list(
      @QueryParam("member") String member,
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (member != null && !member.equals("me")) {
      throw InvalidInput.of("member", "only member=me is supported");
    }
    Page<Space> page =
        spaces.list(caller.get(), member != null, q, cursor, Math.clamp(limit, 1, MAX_LIMIT));
    Response.ResponseBuilder response =
        Response.ok(page.items().stream().map(SpaceJson::of).toList());
    if (page.nextCursor() != null) {
      response.links(PageLinks.to(uri, "next", "cursor", page.nextCursor()));
    }
    return response.build();
  }

  @GET
  @Path("/{slug}")
  @Operation(summary = "A space; secret spaces are 404 to non-members")
  public SpaceJson get(@PathParam("slug") String slug) {
    return SpaceJson.of(spaces.get(caller.get(), slug));
  }

  @PATCH
  @Path("/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a space's name, description or visibility (owners)")
  public SpaceJson update(@PathParam("slug") String slug, SpacePatch patch) {
    if (patch == null) {
      throw new BadRequest("send a JSON object with the fields to change");
    }
    return SpaceJson.of(
        spaces.update(
            caller.get(),
            slug,
            new SpaceChanges(patch.name(), patch.description(), patch.visibility())));
  }

  @POST
  @Path("/{slug}/archive")
  @Operation(summary = "Archive a space: read-only from then on (owners)")
  public SpaceJson archive(@PathParam("slug") String slug) {
    return SpaceJson.of(spaces.archive(caller.get(), slug));
  }

  @GET
  @Path("/{slug}/members")
  @Operation(summary = "The members of a space, owners first")
  public List<SpaceJson.MemberJson> members(@PathParam("slug") String slug) {
    return memberships.members(caller.get(), slug).stream().map(SpaceJson.MemberJson::of).toList();
  }

  @PUT
  @Path("/{slug}/members/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a member or change their role: owner, member, guest, or expert in a community (owners)")
  public SpaceJson.MemberJson setMember(
      @PathParam("slug") String slug, @PathParam("username") String username, RoleRequest request) {
    if (request == null || request.role() == null) {
      throw InvalidInput.of("role", "is required");
    }
    SpaceRole role;
    try {
      role = SpaceRole.fromCode(request.role());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("role", "must be owner, member, guest or expert");
    }
    return SpaceJson.MemberJson.of(memberships.setMember(caller.get(), slug, username, role));
  }

  @DELETE
  @Path("/{slug}/members/{username}")
  @Operation(summary = "Remove a member (owners), or yourself; the last owner cannot go")
  public void removeMember(@PathParam("slug") String slug, @PathParam("username") String username) {
    memberships.removeMember(caller.get(), slug, username);
  }

  @POST
  @Path("/{slug}/join")
  @Operation(summary = "Join a public space")
  public SpaceJson join(@PathParam("slug") String slug) {
    return SpaceJson.of(memberships.join(caller.get(), slug));
  }

  @POST
  @Path("/{slug}/leave")
  @Operation(summary = "Leave a space; the last owner cannot")
  public void leave(@PathParam("slug") String slug) {
    memberships.leave(caller.get(), slug);
  }
}
