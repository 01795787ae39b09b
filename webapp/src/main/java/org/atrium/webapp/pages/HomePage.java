package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceService;
import org.atrium.stream.Status;
import org.atrium.stream.StatusService;
import org.atrium.stream.TimelineService;

/**
 * The home timeline: a composer on top, then posts of followed people and tags and of the person's
 * spaces, newest first. New posts are announced live rather than pushed into the list.
 */
@Path(Links.HOME)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class HomePage {

  /** As many of the person's spaces as anyone plausibly belongs to, for the composer's choice. */
  private static final int COMPOSER_SPACES = 100;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private StatusService statuses;
  @Inject private TimelineService timelines;
  @Inject private PageFrame frame;
  @Inject private Templates templates;
  @Context private UriInfo uri;

  /** A suggestion of where to go next. */
  record LinkView(String text, String href) {}

  @GET
  public Response show(@QueryParam("max_id") String maxId, @QueryParam("flash") String flash) {
    return page(200, StreamView.maxId(maxId), composer(null), flash);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(@FormParam("status") String status, @FormParam("space") String space) {
    String text = FormText.of(status);
    String slug = FormText.choice(space);
    Status posted;
    try {
      posted = statuses.post(caller.get(), text, slug, null);
    } catch (InvalidInput e) {
      return page(422, null, composer(slug).refused(text, e.errors(), templates), null);
    }
    return Back.to(Links.HOME, Links.HOME, Flash.POSTED, StatusCards.anchor(posted.id()));
  }

  private Response page(int status, Long maxId, ComposerView composer, String flash) {
    Caller viewer = caller.get();
    Person me = directory.me(viewer);
    String title = templates.text("home_title");
    Map<String, Object> model =
        frame.page(
            composer.error() == null ? title : templates.text("page_title_error", title),
            me,
            PageModel.Nav.HOME);
    frame.flash(model, flash);
    if (!viewer.isGuest() || composer.choosesSpace()) {
      model.put("composer", composer);
    }
    StreamView.Source source =
        new StreamView.Source(Links.HOME, null, "home", templates.text("home_empty"));
    model.put(
        "stream",
        StreamView.of(
            timelines.home(viewer, StreamView.query(maxId)),
            maxId,
            source,
            new StatusCards(viewer, me, templates)));
    model.put(
        "emptyLinks",
        List.of(
            new LinkView(templates.text("home_empty_people"), Links.DIRECTORY),
            new LinkView(templates.text("home_empty_spaces"), Links.SPACES)));
    model.put("hasEmptyLinks", !viewer.isGuest());
    model.put("back", Back.of(uri));
    return Response.status(status).entity(templates.render("home", model)).build();
  }

  /** The composer, offering the spaces the person can post in, with {@code chosen} selected. */
  private ComposerView composer(String chosen) {
    Caller viewer = caller.get();
    List<ComposerView.SpaceOption> options =
        spaces.list(viewer, true, null, null, COMPOSER_SPACES).items().stream()
            .filter(s -> AccessPolicy.canContribute(viewer, s))
            .map(s -> new ComposerView.SpaceOption(s.slug(), s.name(), s.slug().equals(chosen)))
            .toList();
    return ComposerView.of(
            Links.HOME,
            templates.text("composer_label"),
            templates.text("composer_submit"),
            templates)
        .choosing(options, !viewer.isGuest());
  }
}
