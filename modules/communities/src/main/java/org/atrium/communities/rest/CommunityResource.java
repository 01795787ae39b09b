package org.atrium.communities.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.atrium.communities.CommunityChanges;
import org.atrium.communities.CommunityService;
import org.atrium.communities.Pin;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;

/** A community's purpose, rules, pinned resources and experts. */
@Path("/api/v1/spaces/{slug}/community")
@Tag(name = "communities")
@Produces(MediaType.APPLICATION_JSON)
public final class CommunityResource {

  @Inject private Provider<Caller> caller;
  @Inject private CommunityService communities;

  /** New purpose, rules and pins; a missing field stays as it is. */
  public record CommunityRequest(String purpose, String rules, List<PinRequest> pins) {}

  /** A pin: kind page (ref: its slug) or file (ref: its id), and the title to show. */
  public record PinRequest(String kind, String ref, String title) {}

  @GET
  @Operation(summary = "A community: purpose, rules, pinned resources and experts")
  public QaJson.CommunityJson get(@PathParam("slug") String slug) {
    return QaJson.CommunityJson.of(communities.get(caller.get(), slug));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a community's purpose, rules and pins (owners)")
  public QaJson.CommunityJson update(@PathParam("slug") String slug, CommunityRequest request) {
    if (request == null) {
      throw new BadRequest("send {\"purpose\": \"…\", \"rules\": \"…\", \"pins\": […]}");
    }
    List<Pin> pins =
        request.pins() == null
            ? null
            : request.pins().stream()
                .map(
                    p ->
                        p == null
                            ? new Pin(null, null, null)
                            : new Pin(p.kind(), p.ref(), p.title()))
                .toList();
    return QaJson.CommunityJson.of(
        communities.update(
            caller.get(), slug, new CommunityChanges(request.purpose(), request.rules(), pins)));
  }
}
