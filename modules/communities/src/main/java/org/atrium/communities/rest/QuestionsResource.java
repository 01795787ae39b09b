package org.atrium.communities.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.communities.Answer;
import org.atrium.communities.AnswerService;
import org.atrium.communities.QuestionDraft;
import org.atrium.communities.QuestionService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;

/** One question: reading, editing, history, answering, accepting, comments, declining. */
@Path("/api/v1/questions/{id}")
@Tag(name = "communities")
@Produces(MediaType.APPLICATION_JSON)
public final class QuestionsResource {

  @Inject private Provider<Caller> caller;
  @Inject private QuestionService questions;
  @Inject private AnswerService answers;
  @Context private UriInfo uri;

  /** A Markdown body: an answer, or a comment's plain text. */
  public record BodyRequest(String body) {}

  /** Which answer the asker accepts. */
  public record AcceptRequest(String answerId) {}

  @GET
  @Operation(summary = "A question with its answers, votes, accepted and verified marks, experts")
  public QaJson.QuestionJson get(@PathParam("id") String id) {
    return QaJson.QuestionJson.of(questions.get(caller.get(), Ids.parse(id, "question")));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit your question; the earlier version goes into its history")
  public QaJson.QuestionJson edit(
      @PathParam("id") String id, SpaceQuestionsResource.QuestionRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"title\": \"…\", \"body\": \"…\", \"tags\": […]}");
    }
    return QaJson.QuestionJson.of(
        questions.edit(
            caller.get(),
            Ids.parse(id, "question"),
            new QuestionDraft(request.title(), request.body(), request.tags())));
  }

  @GET
  @Path("/history")
  @Operation(summary = "Earlier versions of a question, newest first")
  public List<QaJson.EditJson> history(@PathParam("id") String id) {
    return questions.history(caller.get(), Ids.parse(id, "question")).stream()
        .map(QaJson.EditJson::of)
        .toList();
  }

  @POST
  @Path("/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a question (members of its community)")
  public Response answer(@PathParam("id") String id, BodyRequest request) {
    Answer answer = answers.answer(caller.get(), Ids.parse(id, "question"), body(request));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/answers/{id}").build(answer.id()))
        .entity(QaJson.AnswerJson.of(answer))
        .build();
  }

  @POST
  @Path("/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The asker accepts one answer of this question (422 for another's)")
  public QaJson.QuestionJson accept(@PathParam("id") String id, AcceptRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"answer_id\": \"…\"}");
    }
    return QaJson.QuestionJson.of(
        answers.accept(
            caller.get(), Ids.parse(id, "question"), Ids.field(request.answerId(), "answer_id")));
  }

  @POST
  @Path("/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on a question")
  public Response comment(@PathParam("id") String id, BodyRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(
            QaJson.CommentJson.of(
                questions.comment(caller.get(), Ids.parse(id, "question"), null, body(request))))
        .build();
  }

  @POST
  @Path("/decline")
  @Operation(summary = "Pass on a question routed to you; it goes to someone else")
  public void decline(@PathParam("id") String id) {
    questions.decline(caller.get(), Ids.parse(id, "question"));
  }

  static String body(BodyRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"body\": \"…\"}");
    }
    return request.body();
  }
}
