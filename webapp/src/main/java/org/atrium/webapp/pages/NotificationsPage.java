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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.NotificationService;

/** What happened to you: mentions, replies, likes, follows and invitations, to read and dismiss. */
@Path(Links.NOTIFICATIONS)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class NotificationsPage {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private NotificationService notifications;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  @GET
  public String show(@QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Person me = directory.me(viewer);
    Map<String, Object> model =
        frame.page(templates.text("notifications_title"), me, PageModel.Nav.NOTIFICATIONS);
    frame.flash(model, flash);
    TimeView.Clock clock = TimeView.Clock.of(me, templates);
    List<NotificationView> items =
        notifications.list(viewer, null, NotificationService.MAX_LIMIT).stream()
            .map(n -> NotificationView.of(n, clock, templates))
            .toList();
    model.put("notifications", items);
    model.put("hasNotifications", !items.isEmpty());
    return templates.render("notifications", model);
  }

  @POST
  @Path("{id}/dismiss")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response dismiss(@PathParam("id") String id) {
    notifications.dismiss(caller.get(), PathIds.parse(id, "notification"));
    return Back.to(Links.NOTIFICATIONS, Flash.DISMISSED);
  }

  @POST
  @Path("clear")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response clear() {
    notifications.clear(caller.get());
    return Back.to(Links.NOTIFICATIONS, Flash.CLEARED);
  }
}
