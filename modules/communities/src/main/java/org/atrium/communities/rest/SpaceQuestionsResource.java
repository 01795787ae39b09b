package org.atrium.communities.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.atrium.communities.Question;
import org.atrium.communities.QuestionDraft;
import org.atrium.communities.QuestionService;
import org.atrium.communities.QuestionSummary;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.rest.PageLinks;

/** Asking and listing the questions of a community, and finding similar ones. */
@Path("/api/v1/spaces/{slug}/questions")
@Tag(name = "communities")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceQuestionsResource {

  @Inject private Provider<Caller> caller;
  @Inject private QuestionService questions;
  @Context private UriInfo uri;

  /** A question: a title, a Markdown body and up to five tags. */
  public record QuestionRequest(String title, String body, List<String> tags) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask a question in a community (members); routing to experts follows")
  public Response ask(@PathParam("slug") String slug, QuestionRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"title\": \"…\", \"body\": \"…\", \"tags\": […]}");
    }
    Question asked =
        questions.ask(
            caller.get(), slug, new QuestionDraft(request.title(), request.body(), request.tags()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/questions/{id}").build(asked.id()))
        .entity(QaJson.QuestionJson.of(asked))
        .build();
  }

  @GET
  @Operation(
      summary =
          "Questions of a community, newest first: ?state=unanswered|answered|accepted&tag=&q=")
  public Response list(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @QueryParam("tag") String tag,
      @QueryParam("q") String text,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    Page<QuestionSummary> page =
        questions.list(caller.get(), slug, state, tag, text, cursor, limit);
    Response.ResponseBuilder response =
        Response.ok(page.items().stream().map(QaJson.SummaryJson::of).toList());
    if (page.nextCursor() != null) {
      response.links(PageLinks.to(uri, "next", "cursor", page.nextCursor()));
    }
    return response.build();
  }

  @GET
  @Path("/similar")
  @Operation(summary = "Up to five questions whose titles resemble ?title=, for the ask form")
  public List<QaJson.SummaryJson> similar(
      @PathParam("slug") String slug, @QueryParam("title") String title) {
    return questions.similar(caller.get(), slug, title).stream()
        .map(QaJson.SummaryJson::of)
        .toList();
  }
}
