package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DefaultValue;
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
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FollowService;
import org.atrium.stream.TimelineService;

/**
 * A person in the microblog: following them and reading their posts. Shares its path with the
 * people module's resource; Jersey merges resources of one path.
 */
@Path("/api/v1/people")
@Tag(name = "microblog")
@Produces(MediaType.APPLICATION_JSON)
public final class PersonStreamResource {

  @Inject private Provider<Caller> caller;
  @Inject private FollowService follows;
  @Inject private TimelineService timelines;
  @Context private UriInfo uri;

  @POST
  @Path("/{username}/follow")
  @Operation(summary = "Follow a person; their posts reach your home timeline")
  public TagsResource.Relationship follow(@PathParam("username") String username) {
    return new TagsResource.Relationship(username, follows.follow(caller.get(), username));
  }

  @POST
  @Path("/{username}/unfollow")
  @Operation(summary = "Stop following a person")
  public TagsResource.Relationship unfollow(@PathParam("username") String username) {
    return new TagsResource.Relationship(username, follows.unfollow(caller.get(), username));
  }

  @GET
  @Path("/{username}/statuses")
  @Operation(summary = "A person's posts that you may read")
  public Response person(
      @PathParam("username") String username,
      @QueryParam("max_id") String maxId,
      @QueryParam("min_id") String minId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TimelinePaging.ok(
        timelines.person(caller.get(), username, TimelinePaging.query(maxId, minId, limit)), uri);
  }
}
