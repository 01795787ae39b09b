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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.atrium.communities.AnswerService;
import org.atrium.communities.QuestionService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;

/** One answer: editing, history, votes, verification by experts, comments. */
@Path("/api/v1/answers/{id}")
@Tag(name = "communities")
@Produces(MediaType.APPLICATION_JSON)
public final class AnswersResource {

  @Inject private Provider<Caller> caller;
  @Inject private AnswerService answers;
  @Inject private QuestionService questions;

  /** A vote: 1 up, -1 down, 0 none. */
  public record VoteRequest(Integer value) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit your answer; the earlier version goes into its history")
  public QaJson.AnswerJson edit(@PathParam("id") String id, QuestionsResource.BodyRequest request) {
    return QaJson.AnswerJson.of(
        answers.edit(caller.get(), Ids.parse(id, "answer"), QuestionsResource.body(request)));
  }

  @GET
  @Path("/history")
  @Operation(summary = "Earlier versions of an answer, newest first")
  public List<QaJson.EditJson> history(@PathParam("id") String id) {
    return answers.history(caller.get(), Ids.parse(id, "answer")).stream()
        .map(QaJson.EditJson::of)
        .toList();
  }

  @POST
  @Path("/vote")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Vote on an answer: {value: 1|-1|0}; one vote per person, changeable")
  public QaJson.AnswerJson vote(@PathParam("id") String id, VoteRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"value\": 1}");
    }
    return QaJson.AnswerJson.of(
        answers.vote(caller.get(), Ids.parse(id, "answer"), request.value()));
  }

  @POST
  @Path("/verify")
  @Operation(summary = "Verify an answer (the community's experts)")
  public QaJson.AnswerJson verify(@PathParam("id") String id) {
    return QaJson.AnswerJson.of(answers.verify(caller.get(), Ids.parse(id, "answer")));
  }

  @POST
  @Path("/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on an answer")
  public Response comment(@PathParam("id") String id, QuestionsResource.BodyRequest request) {
    long answerId = Ids.parse(id, "answer");
    return Response.status(Response.Status.CREATED)
        .entity(
            QaJson.CommentJson.of(
                questions.comment(
                    caller.get(),
                    answers.questionOf(caller.get(), answerId),
                    answerId,
                    QuestionsResource.body(request))))
        .build();
  }
}
