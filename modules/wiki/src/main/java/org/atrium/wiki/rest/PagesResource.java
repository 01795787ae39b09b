package org.atrium.wiki.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.wiki.PageDraft;
import org.atrium.wiki.SaveCondition;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiService;

/** The pages of a space's wiki: the tree, reading, saving, deleting, undeleting, backlinks. */
@Path("/api/v1/spaces/{slug}/pages")
@Tag(name = "wiki")
@Produces(MediaType.APPLICATION_JSON)
public final class PagesResource {

  @Inject private Provider<Caller> caller;
  @Inject private WikiService wiki;
  @Context private UriInfo uri;

  /** A whole page to save; {@code parent} null puts it at the top of the tree. */
  public record PageRequest(String title, String body, String parent, String comment) {}

  @GET
  @Operation(summary = "The page tree of a space: every page with its parent, by title")
  public List<PageJson.SummaryJson> tree(@PathParam("slug") String space) {
    return wiki.tree(caller.get(), space).stream().map(PageJson.SummaryJson::of).toList();
  }

  @GET
  @Path("/{page}")
  @Operation(summary = "A page: Markdown source, sanitised HTML; the ETag is its revision")
  public Response get(@PathParam("slug") String space, @PathParam("page") String page) {
    return withTag(Response.ok(), wiki.page(caller.get(), space, page));
  }

  @PUT
  @Path("/{page}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a page (If-None-Match: *) or update it (If-Match: its revision);"
              + " 428 without either, 412 with the current revision and a diff when stale")
  public Response save(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      PageRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"title\": \"…\", \"body\": \"…\"}");
    }
    SaveCondition condition = Preconditions.of(ifMatch, ifNoneMatch);
    WikiPage saved =
        wiki.save(
            caller.get(),
            space,
            page,
            new PageDraft(request.title(), request.body(), request.parent(), request.comment()),
            condition);
    Response.ResponseBuilder response =
        condition instanceof SaveCondition.NewPage
            ? Response.created(
                uri.getBaseUriBuilder()
                    .path("api/v1/spaces/{slug}/pages/{page}")
                    .build(saved.space(), saved.slug()))
            : Response.ok();
    return withTag(response, saved);
  }

  @DELETE
  @Path("/{page}")
  @Operation(summary = "Delete a page softly; POST …/undelete brings it back")
  public void delete(@PathParam("slug") String space, @PathParam("page") String page) {
    wiki.delete(caller.get(), space, page);
  }

  @POST
  @Path("/{page}/undelete")
  @Operation(summary = "Bring a deleted page back, with its whole history")
  public Response undelete(@PathParam("slug") String space, @PathParam("page") String page) {
    return withTag(Response.ok(), wiki.undelete(caller.get(), space, page));
  }

  @GET
  @Path("/{page}/backlinks")
  @Operation(summary = "Pages of the same space that link here with [[page]]")
  public Response backlinks(
      @PathParam("slug") String space,
      @PathParam("page") String page,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Paging.ok(
        wiki.backlinks(caller.get(), space, page, cursor, Paging.limit(limit)),
        PageJson.SummaryJson::of,
        uri);
  }

  private static Response withTag(Response.ResponseBuilder response, WikiPage page) {
    return response.tag(Preconditions.etag(page.revision())).entity(PageJson.of(page)).build();
  }
}
