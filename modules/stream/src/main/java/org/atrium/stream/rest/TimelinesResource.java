package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.TimelineService;

/** Timelines, newest first, paged by max_id and min_id. */
@Path("/api/v1/timelines")
@Tag(name = "microblog")
@Produces(MediaType.APPLICATION_JSON)
public final class TimelinesResource {

  @Inject private Provider<Caller> caller;
  @Inject private TimelineService timelines;
  @Context private UriInfo uri;

  @GET
  @Path("/home")
  @Operation(summary = "Posts of people and tags you follow, of your spaces, and your own")
  public Response home(
      @QueryParam("max_id") String maxId,
      @QueryParam("min_id") String minId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TimelinePaging.ok(
        timelines.home(caller.get(), TimelinePaging.query(maxId, minId, limit)), uri);
  }

  @GET
  @Path("/tag/{tag}")
  @Operation(summary = "Posts with a hashtag that you may read")
  public Response tag(
      @PathParam("tag") String tag,
      @QueryParam("max_id") String maxId,
      @QueryParam("min_id") String minId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TimelinePaging.ok(
        timelines.tag(caller.get(), tag, TimelinePaging.query(maxId, minId, limit)), uri);
  }

  @GET
  @Path("/space/{slug}")
  @Operation(summary = "Posts in a space")
  public Response space(
      @PathParam("slug") String slug,
      @QueryParam("max_id") String maxId,
      @QueryParam("min_id") String minId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return TimelinePaging.ok(
        timelines.space(caller.get(), slug, TimelinePaging.query(maxId, minId, limit)), uri);
  }
}
