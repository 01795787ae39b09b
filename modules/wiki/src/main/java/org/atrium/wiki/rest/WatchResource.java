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
import org.atrium.wiki.Watching;

/** Watching one page: its watchers are notified when someone else saves it. */
@Path("/api/v1/spaces/{slug}/pages/{page}/watch")
@Tag(name = "wiki")
@Produces(MediaType.APPLICATION_JSON)
public final class WatchResource {

  @Inject private Provider<Caller> caller;
  @Inject private WatchService watches;

  /** What the caller watches: this page, and the whole wiki of its space. */
  public record WatchingJson(boolean page, boolean wiki) {
    static WatchingJson of(Watching w) {
      return new WatchingJson(w.page(), w.wiki());
    }
  }

  @GET
  @Operation(summary = "Whether you watch this page and its whole wiki")
  public WatchingJson watching(@PathParam("slug") String space, @PathParam("page") String page) {
    return WatchingJson.of(watches.watching(caller.get(), space, page));
  }

  @POST
  @Operation(summary = "Watch this page (idempotent)")
  public WatchingJson watch(@PathParam("slug") String space, @PathParam("page") String page) {
    return WatchingJson.of(watches.watchPage(caller.get(), space, page));
  }

  @DELETE
  @Operation(summary = "Stop watching this page (idempotent)")
  public WatchingJson unwatch(@PathParam("slug") String space, @PathParam("page") String page) {
    return WatchingJson.of(watches.unwatchPage(caller.get(), space, page));
  }
}
