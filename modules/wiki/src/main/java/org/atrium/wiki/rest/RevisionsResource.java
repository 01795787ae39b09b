package org.atrium.wiki.rest;

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
import org.atrium.platform.error.NotFound;
import org.atrium.wiki.RevisionService;
import org.atrium.wiki.WikiPage;

/** The history of a page: its revisions, one revision, and restoring one. */
@Path("/api/v1/spaces/{slug}/pages/{page}/revisions")
@Tag(name = "wiki")
@Produces(MediaType.APPLICATION_JSON)
public final class RevisionsResource {

  @Inject private Provider<Caller> caller;
  @Inject private RevisionService revisions;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The revisions of a page, newest first: number, author, time, comment")
  public Response history(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Paging.ok(
        revisions.history(caller.get(), space, page, cursor, Paging.limit(limit)),
        RevisionJson.SummaryJson::of,
        uri);
  }

  @GET
  @Path("/{number}")
  @Operation(summary = "One revision of a page, with its source and HTML")
  public RevisionJson revision(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @PathParam("number") String number) {
    return RevisionJson.of(revisions.revision(caller.get(), space, page, number(page, number)));
  }

  @POST
  @Path("/{number}/restore")
  @Operation(summary = "Make an old revision current again, as a new revision")
  public Response restore(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @PathParam("number") String number) {
    WikiPage restored = revisions.restore(caller.get(), space, page, number(page, number));
    return Response.ok(PageJson.of(restored)).tag(Preconditions.etag(restored.revision())).build();
  }

  /** Revision numbers arrive as path segments; one that is not a number names no revision. */
  private static int number(String page, String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new NotFound("'" + page + "' has no revision '" + number + "'");
    }
  }
}
