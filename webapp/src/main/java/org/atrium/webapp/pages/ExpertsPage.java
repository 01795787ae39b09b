package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
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

/**
 * Who knows about a topic: each person with the line that says why they match and the evidence
 * under it, narrowed by business unit or location, or spread across units.
 */
@Path("/experts")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class ExpertsPage {

  private static final int LIMIT = 20;

  @Inject private Provider<Caller> caller;
  @Inject private ExpertService experts;
  @Inject private Templates templates;
  @Inject private PageFrame frame;

  record Option(String value, String label, boolean selected) {}

  @GET
  public String experts(
      @QueryParam("q") String q,
      @QueryParam("business_unit") String businessUnit,
      @QueryParam("location") String location,
      @QueryParam("view") String view) {
    String topic = q == null ? "" : q.trim();
    String heading =
        topic.isEmpty()
            ? templates.text("experts_heading")
            : templates.text("experts_heading_q", topic);
    Map<String, Object> model = frame.page(heading, PageModel.Nav.NONE);
    model.put("heading", heading);
    model.put("q", topic);
    model.put("crossUnit", "cross_unit".equals(view));
    if (!topic.isEmpty()) {
      ExpertResults results =
          experts.experts(
              caller.get(), new ExpertRequest(topic, businessUnit, location, LIMIT, view, null));
      model.put("asked", true);
      model.put("experts", results.experts());
      model.put("found", !results.experts().isEmpty());
      model.put("units", options(results.facets().get("business_unit"), businessUnit));
      model.put("locations", options(results.facets().get("location"), location));
    }
    return templates.render("experts", model);
  }

  private static List<Option> options(Map<String, Integer> counts, String chosen) {
    return counts.entrySet().stream()
        .map(
            e ->
                new Option(
                    e.getKey(), e.getKey() + " (" + e.getValue() + ")", e.getKey().equals(chosen)))
        .toList();
  }
}
