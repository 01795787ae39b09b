package org.atrium.communities.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atrium.communities.AnalyticsService;
import org.atrium.communities.CommunityAnalytics;
import org.atrium.platform.auth.Caller;

/** Whether a community works, for its owners and HR. */
@Path("/api/v1/spaces/{slug}/analytics")
@Tag(name = "communities")
public final class AnalyticsResource {

  @Inject private Provider<Caller> caller;
  @Inject private AnalyticsService analytics;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Members over time, active members, questions per week, answered share, median time to"
              + " first answer, cross-unit answers, top contributors (owners and HR)")
  public CommunityAnalytics get(@PathParam("slug") String slug) {
    return analytics.analytics(caller.get(), slug);
  }

  @GET
  @Path("/export.csv")
  @Produces("text/csv")
  @Operation(summary = "The same figures as CSV: metric, period, value")
  public Response csv(@PathParam("slug") String slug) {
    return Response.ok(analytics.csv(caller.get(), slug))
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + slug + "-analytics.csv\"")
        .build();
  }
}
