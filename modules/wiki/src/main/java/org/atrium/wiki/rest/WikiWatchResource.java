package org.atrium.wiki.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.Caller;
import org.atrium.wiki.WatchService;
import org.atrium.wiki.rest.WatchResource.WatchingJson;

/**
 * Watching a space's whole wiki: its watchers are notified when someone else saves any page of it.
 * It lives beside {@code …/pages}, not under it, so that no page slug can collide with it.
 */
@Path("/api/v1/spaces/{slug}/wiki/watch")
@Tag(name = "wiki")
@Produces(MediaType.APPLICATION_JSON)
public final class WikiWatchResource {

  @Inject private Provider<Caller> caller;
  @Inject private WatchService watches;

  @GET
  @Operation(summary = "Whether you watch the whole wiki of this space")
  public WatchingJson watching(@PathParam("slug") String space) {
    return WatchingJson.of(watches.watching(caller.get(), space, null));
  }

  @POST
  @Operation(summary = "Watch every page of this space's wiki (idempotent)")
  public WatchingJson watch(@PathParam("slug") String space) {
    return WatchingJson.of(watches.watchWiki(caller.get(), space));
  }

  @DELETE
  @Operation(summary = "Stop watching this space's wiki (idempotent)")
  public WatchingJson unwatch(@PathParam("slug") String space) {
    return WatchingJson.of(watches.unwatchWiki(caller.get(), space));
  }
}
