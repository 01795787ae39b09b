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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.communities.Question;
import org.atrium.communities.QuestionDraft;
import org.atrium.communities.QuestionService;
import org.atrium.communities.QuestionSummary;
import org.atrium.people.DirectoryService;
import org.atrium.people.Page;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.FieldError;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;

/**
 * The questions of a community with filters, the ask form, and the small JSON answer behind the
 * form's "similar questions" list, which script fills in as the title is typed.
 */
@Path(Links.SPACES + "/{slug}/" + QuestionsPage.PATH)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class QuestionsPage {

  static final String PATH = "questions";
  static final String ASK = "ask";
  private static final int PAGE = 20;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private QuestionService questions;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  /** A choice of the state filter. */
  record StateOption(String value, String label, boolean selected) {}

  /** A similar question, as the ask form's script shows it. */
  public record SimilarJson(String title, String url, String state) {}

  @GET
  public String list(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @QueryParam("tag") String tag,
      @QueryParam("q") String text,
      @QueryParam("cursor") String cursor) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    Person me = directory.me(viewer);
    Page<QuestionSummary> page = questions.list(viewer, slug, state, tag, text, cursor, PAGE);
    Map<String, Object> model =
        frame.page(templates.text("qa_list_heading", space.name()), me, PageModel.Nav.NONE, slug);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.QA, templates);
    model.put("action", Links.space(slug, PATH));
    model.put(
        "states",
        Arrays.asList("", "unanswered", "answered", "accepted").stream()
            .map(
                s ->
                    new StateOption(
                        s,
                        templates.text(s.isEmpty() ? "qa_filter_any" : "qa_state_" + s),
                        s.equals(state == null ? "" : state)))
            .toList());
    model.put("tag", tag);
    model.put("q", text);
    List<QuestionItem> items =
        QuestionItem.of(page.items(), TimeView.Clock.of(me, templates), templates);
    model.put("questions", items);
    model.put("empty", items.isEmpty());
    if (page.nextCursor() != null) {
      model.put("nextHref", next(slug, state, tag, text, page.nextCursor()));
    }
    model.put("askHref", Links.space(slug, PATH + "/" + ASK));
    return templates.render("communities/questions", model);
  }

  @GET
  @Path(ASK)
  public String askForm(@PathParam("slug") String slug) {
    return askPage(slug, "", "", "", Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response ask(
      @PathParam("slug") String slug,
      @FormParam("title") String title,
      @FormParam("body") String body,
      @FormParam("tags") String tags) {
    String typedTitle = FormText.of(title);
    String typedBody = FormText.of(body);
    String typedTags = FormText.of(tags);
    try {
      Question asked =
          questions.ask(
              caller.get(),
              slug,
              new QuestionDraft(
                  typedTitle,
                  typedBody,
                  typedTags.isBlank()
                      ? List.of()
                      : Arrays.asList(typedTags.strip().split("[\\s,]+"))));
      return Response.seeOther(
              URI.create(Links.question(asked.id()) + "?flash=" + Flash.ASKED.code()))
          .build();
    } catch (InvalidInput e) {
      Map<String, String> messages = new LinkedHashMap<>();
      for (FieldError error : e.errors()) {
        messages.putIfAbsent(error.field(), error.message());
      }
      return Response.status(422)
          .entity(askPage(slug, typedTitle, typedBody, typedTags, messages))
          .build();
    }
  }

  @GET
  @Path("similar")
  @Produces(MediaType.APPLICATION_JSON)
  public List<SimilarJson> similar(
      @PathParam("slug") String slug, @QueryParam("title") String title) {
    return questions.similar(caller.get(), slug, title).stream()
        .map(
            q ->
                new SimilarJson(
                    q.title(),
                    Links.question(q.id()),
                    templates.text("qa_state_" + q.state().code())))
        .toList();
  }

  private String askPage(
      String slug, String title, String body, String tags, Map<String, String> messages) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    Map<String, Object> model =
        frame.page(
            templates.text(
                messages.isEmpty() ? "qa_ask_heading" : "page_title_error",
                messages.isEmpty() ? space.name() : templates.text("qa_ask_heading", space.name())),
            PageModel.Nav.NONE,
            slug);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.QA, templates);
    model.put("action", Links.space(slug, PATH));
    model.put("similarAction", Links.space(slug, PATH + "/similar"));
    model.put("title", title);
    model.put("body", body);
    model.put("tags", tags);
    model.put("errors", FormErrors.of(messages, "qa_", templates));
    return templates.render("communities/ask", model);
  }

  private static String next(String slug, String state, String tag, String text, String cursor) {
    StringBuilder href =
        new StringBuilder(Links.space(slug, PATH)).append("?cursor=").append(cursor);
    if (state != null && !state.isBlank()) {
      href.append("&state=").append(encode(state));
    }
    if (tag != null && !tag.isBlank()) {
      href.append("&tag=").append(encode(tag));
    }
    if (text != null && !text.isBlank()) {
      href.append("&q=").append(encode(text));
    }
    return href.toString();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
