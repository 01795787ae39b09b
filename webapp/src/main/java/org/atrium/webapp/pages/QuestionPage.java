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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.atrium.communities.Answer;
import org.atrium.communities.AnswerService;
import org.atrium.communities.Question;
import org.atrium.communities.QuestionService;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;

/**
 * A question with its answers: votes, the accepted and verified marks, the answer form, and the
 * actions the caller may take (accept for the asker, verify for experts, decline for those asked).
 */
@Path(Links.QUESTIONS + "/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class QuestionPage {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private QuestionService questions;
  @Inject private AnswerService answers;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  /** An answer as the page shows it, with the forms the caller may use on it. */
  record AnswerView(
      long id,
      String anchor,
      PersonView author,
      String html,
      TimeView time,
      boolean edited,
      String score,
      boolean accepted,
      String verifiedBy,
      boolean votedUp,
      boolean votedDown,
      String voteAction,
      String acceptAction,
      String verifyAction,
      List<org.atrium.communities.Comment> comments) {}

  @GET
  public Response show(@PathParam("id") String id, @QueryParam("flash") String flash) {
    return page(questionId(id), flash, "", null);
  }

  @POST
  @Path("answers")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answer(@PathParam("id") String id, @FormParam("body") String body) {
    long questionId = questionId(id);
    String typed = FormText.of(body);
    try {
      Answer answer = answers.answer(caller.get(), questionId, typed);
      return back(questionId, Flash.ANSWERED, "answer-" + answer.id());
    } catch (InvalidInput e) {
      return page(questionId, null, typed, e.errors().getFirst().message());
    }
  }

  @POST
  @Path("accept")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response accept(@PathParam("id") String id, @FormParam("answer_id") String answerId) {
    long questionId = questionId(id);
    answers.accept(caller.get(), questionId, parse(answerId));
    return back(questionId, Flash.ACCEPTED, "answer-" + answerId);
  }

  @POST
  @Path("answers/{answer}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(
      @PathParam("id") String id,
      @PathParam("answer") String answerId,
      @FormParam("value") String value) {
    long questionId = questionId(id);
    Integer parsed;
    try {
      parsed = Integer.valueOf(FormText.of(value));
    } catch (NumberFormatException e) {
      parsed = null;
    }
    answers.vote(caller.get(), parse(answerId), parsed);
    return back(questionId, Flash.VOTED, "answer-" + answerId);
  }

  @POST
  @Path("answers/{answer}/verify")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verify(@PathParam("id") String id, @PathParam("answer") String answerId) {
    long questionId = questionId(id);
    answers.verify(caller.get(), parse(answerId));
    return back(questionId, Flash.VERIFIED, "answer-" + answerId);
  }

  @POST
  @Path("decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decline(@PathParam("id") String id) {
    long questionId = questionId(id);
    questions.decline(caller.get(), questionId);
    return back(questionId, Flash.DECLINED, null);
  }

  private Response page(long questionId, String flash, String typed, String error) {
    Caller viewer = caller.get();
    Question q = questions.get(viewer, questionId);
    Space space = spaces.get(viewer, q.space());
    Person me = directory.me(viewer);
    TimeView.Clock clock = TimeView.Clock.of(me, templates);
    Map<String, Object> model =
        frame.page(
            error == null ? q.title() : templates.text("page_title_error", q.title()),
            me,
            PageModel.Nav.NONE,
            q.space());
    frame.flash(model, flash);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.QA, templates);
    String here = Links.question(q.id());
    model.put("question", q);
    model.put("asker", PersonView.of(q.author()));
    model.put("askedAt", TimeView.of(q.createdAt(), clock));
    model.put("stateLabel", templates.text("qa_state_" + q.state().code()));
    model.put("answersHeading", templates.text("qa_answers_heading", q.answers().size()));
    model.put(
        "answers",
        q.answers().stream()
            .map(
                a ->
                    new AnswerView(
                        a.id(),
                        "answer-" + a.id(),
                        PersonView.of(a.author()),
                        a.html(),
                        TimeView.of(a.createdAt(), clock),
                        a.editedAt() != null,
                        templates.text("qa_score", a.score()),
                        a.accepted(),
                        a.verified()
                            ? templates.text("qa_verified", a.verifiedBy().displayName())
                            : null,
                        a.myVote() == 1,
                        a.myVote() == -1,
                        q.can().answer() && !a.author().username().equals(viewer.username())
                            ? here + "/answers/" + a.id() + "/vote"
                            : null,
                        q.can().accept() && !a.accepted() ? here + "/accept" : null,
                        q.can().verify() && !a.verified()
                            ? here + "/answers/" + a.id() + "/verify"
                            : null,
                        a.comments()))
            .toList());
    model.put(
        "routedTo",
        q.routedTo().stream()
            .filter(r -> !r.declined())
            .map(r -> PersonView.of(r.person()))
            .toList());
    model.put("hasRouted", q.routedTo().stream().anyMatch(r -> !r.declined()));
    if (q.can().decline()) {
      model.put("declineAction", here + "/decline");
    }
    if (q.can().answer()) {
      model.put("answerAction", here + "/answers");
      model.put("typed", typed);
      model.put("answerError", error);
    }
    model.put("listHref", Links.space(q.space(), QuestionsPage.PATH));
    return Response.status(error == null ? 200 : 422)
        .entity(templates.render("communities/question", model))
        .build();
  }

  private static Response back(long questionId, Flash flash, String fragment) {
    return Response.seeOther(
            URI.create(
                Links.question(questionId)
                    + "?flash="
                    + flash.code()
                    + (fragment == null ? "" : "#" + fragment)))
        .build();
  }

  private static long questionId(String id) {
    return PathIds.parse(id, "question");
  }

  private static Long parse(String id) {
    try {
      return Long.valueOf(FormText.of(id).strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.of("answer_id", "must be an id");
    }
  }
}
