package org.atrium.wiki.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.Caller;
import org.atrium.wiki.RevisionService;

/** What changed in a page between two revisions. */
@Path("/api/v1/spaces/{slug}/pages/{page}/diff")
@Tag(name = "wiki")
@Produces(MediaType.APPLICATION_JSON)
public final class DiffResource {

  @Inject private Provider<Caller> caller;
  @Inject private RevisionService revisions;

  @GET
  @Operation(
      summary =
          "The difference between two revisions as unified text and as HTML with changed words"
              + " marked; by default the latest change (from=0 is the empty page)")
  public RevisionJson.DiffJson diff(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    return RevisionJson.DiffJson.of(revisions.diff(caller.get(), space, page, from, to));
  }
}
