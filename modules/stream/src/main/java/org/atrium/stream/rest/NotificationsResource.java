package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DefaultValue;
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
import org.atrium.platform.auth.Caller;
import org.atrium.platform.rest.PageLinks;
import org.atrium.stream.Notification;
import org.atrium.stream.NotificationService;

/** Your notifications: mentions, replies, favourites, follows, space invitations. */
@Path("/api/v1/notifications")
@Tag(name = "microblog")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationsResource {

  @Inject private Provider<Caller> caller;
  @Inject private NotificationService notifications;
  @Context private UriInfo uri;

  /** How many notifications wait. */
  public record UnreadCount(int count) {}

  @GET
  @Operation(summary = "Your notifications, newest first")
  public Response list(
      @QueryParam("max_id") String maxId, @QueryParam("limit") @DefaultValue("20") int limit) {
    List<Notification> page =
        notifications.list(
            caller.get(),
            Ids.optional(maxId, "max_id"),
            Math.clamp(limit, 1, NotificationService.MAX_LIMIT));
    Response.ResponseBuilder response =
        Response.ok(page.stream().map(StatusJson.NotificationJson::of).toList());
    if (!page.isEmpty()) {
      response.links(PageLinks.to(uri, "next", "max_id", page.getLast().id()));
    }
    return response.build();
  }

  @GET
  @Path("/unread_count")
  @Operation(summary = "How many notifications are waiting (up to 40)")
  public UnreadCount unread() {
    return new UnreadCount(notifications.unreadCount(caller.get()));
  }

  @POST
  @Path("/{id}/dismiss")
  @Operation(summary = "Dismiss one notification")
  public void dismiss(@PathParam("id") String id) {
    notifications.dismiss(caller.get(), Ids.parse(id, "notification"));
  }

  @POST
  @Path("/clear")
  @Operation(summary = "Dismiss all your notifications")
  public void clear() {
    notifications.clear(caller.get());
  }
}
