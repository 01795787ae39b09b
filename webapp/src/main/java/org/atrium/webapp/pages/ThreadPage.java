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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceService;
import org.atrium.stream.Status;
import org.atrium.stream.StatusContext;
import org.atrium.stream.StatusService;

/**
 * A post in its thread: what it answers, the post itself, a reply form, and every reply below it.
 * Replies indent one level only, however deep the thread goes, so they stay readable on a phone.
 */
@Path(Links.STATUSES + "/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class ThreadPage {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private StatusService statuses;
  @Inject private PageFrame frame;
  @Inject private Templates templates;
  @Context private UriInfo uri;

  @GET
  public Response show(@PathParam("id") String id, @QueryParam("flash") String flash) {
    long statusId = PathIds.parse(id, "status");
    return page(200, statuses.get(caller.get(), statusId), null, flash);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(@PathParam("id") String id, @FormParam("status") String status) {
    long statusId = PathIds.parse(id, "status");
    String text = FormText.of(status);
    Status reply;
    try {
      reply = statuses.post(caller.get(), text, null, statusId);
    } catch (InvalidInput e) {
      Status parent = statuses.get(caller.get(), statusId);
      return page(422, parent, composer(statusId).refused(text, e.errors(), templates), null);
    }
    String thread = Links.thread(statusId);
    return Back.to(thread, thread, Flash.REPLIED, StatusCards.anchor(reply.id()));
  }

  private Response page(int code, Status status, ComposerView refused, String flash) {
    Caller viewer = caller.get();
    Person me = directory.me(viewer);
    StatusContext context = statuses.context(viewer, status.id());
    String heading = templates.text("thread_heading", status.account().displayName());
    Map<String, Object> model =
        frame.page(
            refused == null ? heading : templates.text("page_title_error", heading),
            me,
            PageModel.Nav.NONE,
            status.space() == null ? null : status.space().slug());
    frame.flash(model, flash);
    StatusCards cards = new StatusCards(viewer, me, templates);
    model.put("heading", heading);
    model.put("threadAncestors", cards.cards(context.ancestors()));
    model.put("hasAncestors", !context.ancestors().isEmpty());
    model.put("focused", cards.card(status));
    model.put("threadReplies", cards.cards(context.descendants()));
    model.put("hasReplies", !context.descendants().isEmpty());
    model.put("repliesHeading", templates.text("thread_replies", context.descendants().size()));
    if (canReply(viewer, status)) {
      model.put("composer", refused == null ? composer(status.id()) : refused);
    }
    model.put("back", Back.of(uri));
    return Response.status(code).entity(templates.render("thread", model)).build();
  }

  private ComposerView composer(long statusId) {
    return ComposerView.of(
        Links.thread(statusId),
        templates.text("reply_label"),
        templates.text("reply_submit"),
        templates);
  }

  /** Replies live where the post lives: company-wide for employees, or in a space's members. */
  private boolean canReply(Caller viewer, Status status) {
    if (status.space() == null) {
      return !viewer.isGuest();
    }
    return AccessPolicy.canContribute(viewer, spaces.get(viewer, status.space().slug()));
  }
}
