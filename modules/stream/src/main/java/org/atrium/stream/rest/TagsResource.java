package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FollowService;

/** Following company-wide hashtags. */
@Path("/api/v1/tags")
@Tag(name = "microblog")
@Produces(MediaType.APPLICATION_JSON)
public final class TagsResource {

  @Inject private Provider<Caller> caller;
  @Inject private FollowService follows;

  /** Whether the caller follows the person or tag now. */
  public record Relationship(String target, boolean following) {}

  @POST
  @Path("/{tag}/follow")
  @Operation(summary = "Follow a company-wide hashtag")
  public Relationship followTag(@PathParam("tag") String tag) {
    follows.followTag(caller.get(), tag);
    return new Relationship("#" + tag.toLowerCase(java.util.Locale.ROOT), true);
  }

  @POST
  @Path("/{tag}/unfollow")
  @Operation(summary = "Stop following a hashtag")
  public Relationship unfollowTag(@PathParam("tag") String tag) {
    follows.unfollowTag(caller.get(), tag);
    return new Relationship("#" + tag.toLowerCase(java.util.Locale.ROOT), false);
  }
}
