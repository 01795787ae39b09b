package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.StatusService;

/**
 * The buttons on a post card: like, unlike and delete. Each goes back to the page the card was on,
 * scrolled to the card; a deleted post goes back to where it was listed, or home from its thread.
 */
@Path(Links.STATUSES + "/{id}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public final class StatusActions {

  @Inject private Provider<Caller> caller;
  @Inject private StatusService statuses;

  @POST
  @Path(StatusCards.FAVOURITE)
  public Response like(@PathParam("id") String id, @FormParam(Back.FIELD) String back) {
    long statusId = PathIds.parse(id, "status");
    statuses.favourite(caller.get(), statusId);
    return backToCard(back, statusId, Flash.LIKED);
  }

  @POST
  @Path(StatusCards.UNFAVOURITE)
  public Response unlike(@PathParam("id") String id, @FormParam(Back.FIELD) String back) {
    long statusId = PathIds.parse(id, "status");
    statuses.unfavourite(caller.get(), statusId);
    return backToCard(back, statusId, Flash.UNLIKED);
  }

  @POST
  @Path(StatusCards.DELETE)
  public Response delete(@PathParam("id") String id, @FormParam(Back.FIELD) String back) {
    long statusId = PathIds.parse(id, "status");
    statuses.delete(caller.get(), statusId);
    String backPath = back == null ? "" : back.split("[?#]", 2)[0];
    boolean fromItsThread = backPath.equals(Links.thread(statusId));
    return Back.to(fromItsThread ? Links.HOME : back, Links.HOME, Flash.DELETED, null);
  }

  private static Response backToCard(String back, long statusId, Flash flash) {
    return Back.to(back, Links.thread(statusId), flash, StatusCards.anchor(statusId));
  }
}
