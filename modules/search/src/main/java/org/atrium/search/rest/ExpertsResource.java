package org.atrium.search.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.search.ExpertRequest;
import org.atrium.search.ExpertResults;
import org.atrium.search.ExpertService;

/** Who knows about a topic, with the evidence. */
@Path("/api/v1/experts")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public final class ExpertsResource {

  @Inject private Provider<Caller> caller;
  @Inject private ExpertService experts;

  @GET
  @Operation(
      summary =
          "People ranked by declared skill, endorsements and contributions on the topic, each with"
              + " evidence")
  public List<ExpertResults.Expert> experts(
      @QueryParam("q") String q,
      @QueryParam("business_unit") String businessUnit,
      @QueryParam("location") String location,
      @QueryParam("limit") @DefaultValue("10") int limit,
      @QueryParam("view") String view,
      @QueryParam("signals") String signals) {
    return experts
        .experts(caller.get(), new ExpertRequest(q, businessUnit, location, limit, view, signals))
        .experts();
  }

  @GET
  @Path("/facets")
  @Operation(summary = "How many experts on the topic each business unit and location has")
  public Map<String, Map<String, Integer>> facets(@QueryParam("q") String q) {
    return experts.experts(caller.get(), new ExpertRequest(q, null, null, 1, null, null)).facets();
  }
}
