package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FollowService;

/**
 * Following someone from their profile, so their posts reach your home timeline, and undoing it.
 */
@Path(Links.DIRECTORY + "/{username}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public final class FollowActions {

  static final String FOLLOW = "follow";
  static final String UNFOLLOW = "unfollow";

  @Inject private Provider<Caller> caller;
  @Inject private FollowService follows;

  @POST
  @Path(FOLLOW)
  public Response follow(@PathParam("username") String username) {
    follows.follow(caller.get(), username);
    return Back.to(Links.profile(username), Flash.FOLLOWED);
  }

  @POST
  @Path(UNFOLLOW)
  public Response unfollow(@PathParam("username") String username) {
    follows.unfollow(caller.get(), username);
    return Back.to(Links.profile(username), Flash.UNFOLLOWED);
  }
}
