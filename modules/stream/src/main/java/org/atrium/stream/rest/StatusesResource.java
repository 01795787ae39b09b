package org.atrium.stream.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.stream.StatusContext;
import org.atrium.stream.StatusService;

/** Posting and reading statuses, threads and favourites. */
@Path("/api/v1/statuses")
@Tag(name = "microblog")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusesResource {

  @Inject private Provider<Caller> caller;
  @Inject private StatusService statuses;
  @Context private UriInfo uri;

  /** A status to post: its text, and optionally a space or the status it replies to. */
  public record NewStatus(String status, String space, String inReplyToId) {}

  /** New text for a status. */
  public record StatusEditRequest(String status) {}

  /** A thread on the wire. */
  public record ContextJson(List<StatusJson> ancestors, List<StatusJson> descendants) {
    static ContextJson of(StatusContext c) {
      return new ContextJson(
          c.ancestors().stream().map(StatusJson::of).toList(),
          c.descendants().stream().map(StatusJson::of).toList());
    }
  }

  /** An earlier text of a status. */
  public record EditJson(String text, Instant replacedAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a status company-wide, into a space, or as a reply")
  public Response post(NewStatus request) {
    if (request == null) {
      throw new BadRequest("send {\"status\": \"…\"}");
    }
    StatusJson posted =
        StatusJson.of(
            statuses.post(
                caller.get(),
                request.status(),
                request.space(),
                Ids.optional(request.inReplyToId(), "in_reply_to_id")));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/statuses/{id}").build(posted.id()))
        .entity(posted)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A status")
  public StatusJson get(@PathParam("id") String id) {
    return StatusJson.of(statuses.get(caller.get(), Ids.parse(id, "status")));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit your status; the previous text is kept in its history")
  public StatusJson edit(@PathParam("id") String id, StatusEditRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"status\": \"…\"}");
    }
    return StatusJson.of(statuses.edit(caller.get(), Ids.parse(id, "status"), request.status()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a status (its author, moderators and admins)")
  public void delete(@PathParam("id") String id) {
    statuses.delete(caller.get(), Ids.parse(id, "status"));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "The earlier texts of an edited status, oldest first")
  public List<EditJson> history(@PathParam("id") String id) {
    return statuses.history(caller.get(), Ids.parse(id, "status")).stream()
        .map(e -> new EditJson(e.text(), e.replacedAt()))
        .toList();
  }

  @GET
  @Path("/{id}/context")
  @Operation(summary = "The thread around a status: ancestors and descendants")
  public ContextJson context(@PathParam("id") String id) {
    return ContextJson.of(statuses.context(caller.get(), Ids.parse(id, "status")));
  }

  @POST
  @Path("/{id}/favourite")
  @Operation(summary = "Favourite a status; doing it twice changes nothing")
  public StatusJson favourite(@PathParam("id") String id) {
    return StatusJson.of(statuses.favourite(caller.get(), Ids.parse(id, "status")));
  }

  @POST
  @Path("/{id}/unfavourite")
  @Operation(summary = "Take back a favourite")
  public StatusJson unfavourite(@PathParam("id") String id) {
    return StatusJson.of(statuses.unfavourite(caller.get(), Ids.parse(id, "status")));
  }
}
