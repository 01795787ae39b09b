package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FollowService;
import org.atrium.stream.Status;
import org.atrium.stream.StatusText;
import org.atrium.stream.TimelineService;

/** A company-wide hashtag: its posts, newest first, and following it into the home timeline. */
@Path(Links.TAGS + "/{tag}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class TagPage {

  static final String FOLLOW = "follow";
  static final String UNFOLLOW = "unfollow";

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private TimelineService timelines;
  @Inject private FollowService follows;
  @Inject private PageFrame frame;
  @Inject private Templates templates;
  @Context private UriInfo uri;

  @GET
  public String show(
      @PathParam("tag") String tag,
      @QueryParam("max_id") String maxId,
      @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Long max = StreamView.maxId(maxId);
    List<Status> page = timelines.tag(viewer, tag, StreamView.query(max));
    String name = StatusText.normaliseTag(tag);
    Person me = directory.me(viewer);
    String heading = "#" + name;
    Map<String, Object> model = frame.page(heading, me, PageModel.Nav.NONE);
    frame.flash(model, flash);
    model.put("heading", heading);
    boolean following = !viewer.isGuest() && follows.followsTag(viewer, name);
    if (!viewer.isGuest()) {
      model.put("following", following);
      model.put("followAction", Links.tag(name) + "/" + (following ? UNFOLLOW : FOLLOW));
    }
    // The live stream carries a tag's posts only to its followers.
    StreamView.Source source =
        new StreamView.Source(
            Links.tag(name),
            null,
            following ? "tag:" + name : null,
            templates.text("tag_empty", heading));
    model.put("stream", StreamView.of(page, max, source, new StatusCards(viewer, me, templates)));
    model.put("back", Back.of(uri));
    return templates.render("tag", model);
  }

  @POST
  @Path(FOLLOW)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response follow(@PathParam("tag") String tag) {
    follows.followTag(caller.get(), tag);
    return Back.to(Links.tag(StatusText.normaliseTag(tag)), Flash.TAG_FOLLOWED);
  }

  @POST
  @Path(UNFOLLOW)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unfollow(@PathParam("tag") String tag) {
    follows.unfollowTag(caller.get(), tag);
    return Back.to(Links.tag(StatusText.normaliseTag(tag)), Flash.TAG_UNFOLLOWED);
  }
}
