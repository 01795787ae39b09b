package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.search.SearchRequest;
import org.atrium.search.SearchResults;
import org.atrium.search.SearchService;

/**
 * The search page: type tabs with counts, facets to narrow by, date and order filters, and hits
 * with their highlighted passages. It asks the same service as {@code GET /api/v1/search}.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SearchPage {

  private static final List<String> TABS = List.of("people", "statuses", "pages", "spaces");
  private static final List<String> FACETS =
      List.of("space", "business_unit", "location", "skill", "tag");
  private static final List<String> PARAMETERS =
      List.of(
          "q", "type", "space", "business_unit", "location", "skill", "tag", "from", "to", "sort");

  @Inject private Provider<Caller> caller;
  @Inject private SearchService search;
  @Inject private Templates templates;
  @Inject private PageFrame frame;
  @Context private UriInfo uri;

  /** {@code count} as shown: a number, or "about" one when counted on a sample of the matches. */
  record Tab(String label, String href, String count, boolean current) {}

  record FacetValue(String value, String count, String href, boolean selected) {}

  record Facet(String label, List<FacetValue> values) {}

  record Hit(String kind, String title, String href, String snippet, String byline) {}

  @GET
  public String search() {
    Map<String, String> params = params(uri.getQueryParameters());
    SearchRequest request =
        new SearchRequest(
            params.get("q"),
            params.get("type"),
            params.get("space"),
            null,
            day(params.get("from"), false),
            day(params.get("to"), true),
            params.get("business_unit"),
            params.get("location"),
            params.get("skill"),
            params.get("tag"),
            params.get("sort"),
            SearchRequest.MAX_LIMIT / 2,
            0);
    SearchResults results = search.search(caller.get(), request);
    String q = params.getOrDefault("q", "");
    String heading =
        q.isEmpty() ? templates.text("search_heading") : templates.text("search_heading_q", q);
    Map<String, Object> model = frame.page(heading, PageModel.Nav.NONE);
    model.put("heading", heading);
    model.put("query", Map.of("q", q));
    model.put("params", params);
    model.put("sortDate", "date".equals(params.get("sort")));
    boolean about = results.facetsApproximate();
    model.put("tabs", tabs(params, results.facets().get("type"), about));
    List<Facet> facets = facets(params, results.facets(), about);
    model.put("facets", facets);
    model.put("hasFacets", !facets.isEmpty());
    model.put("hits", results.results().stream().map(this::hit).toList());
    model.put("found", !results.results().isEmpty());
    model.put("summary", templates.text("search_total", results.total()));
    return templates.render("search", model);
  }

  private List<Tab> tabs(Map<String, String> params, Map<String, Integer> counts, boolean about) {
    List<Tab> tabs = new ArrayList<>();
    String type = params.get("type");
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    tabs.add(
        new Tab(
            templates.text("search_tab_all"),
            link(params, "type", null),
            count(all, about),
            type == null));
    for (String tab : TABS) {
      tabs.add(
          new Tab(
              templates.text("search_tab_" + tab),
              link(params, "type", tab),
              count(counts.getOrDefault(tab, 0), about),
              tab.equals(type)));
    }
    return tabs;
  }

  /** A count as shown; an estimate is rounded to two significant digits and said to be one. */
  private String count(int n, boolean about) {
    if (!about || n == 0) {
      return Integer.toString(n);
    }
    long unit = 1;
    while (n / unit >= 100) {
      unit *= 10;
    }
    return templates.text("search_count_about", Math.round((double) n / unit) * unit);
  }

  private List<Facet> facets(
      Map<String, String> params, Map<String, Map<String, Integer>> counts, boolean about) {
    List<Facet> facets = new ArrayList<>();
    for (String name : FACETS) {
      Map<String, Integer> values = counts.getOrDefault(name, Map.of());
      if (values.isEmpty()) {
        continue;
      }
      List<FacetValue> shown = new ArrayList<>();
      values.forEach(
          (value, count) -> {
            boolean selected = value.equals(params.get(name));
            shown.add(
                new FacetValue(
                    value,
                    count(count, about),
                    link(params, name, selected ? null : value),
                    selected));
          });
      facets.add(new Facet(templates.text("search_facet_" + name), shown));
    }
    return facets;
  }

  private Hit hit(SearchResults.Hit hit) {
    List<String> byline = new ArrayList<>();
    if (hit.author() != null && !hit.type().equals("people")) {
      byline.add(hit.author());
    }
    if (hit.space() != null) {
      byline.add(hit.space());
    }
    if (hit.date() != null && !hit.type().equals("people")) {
      byline.add(hit.date().atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
    return new Hit(
        templates.text("search_kind_" + hit.type()),
        hit.title(),
        hit.url(),
        hit.snippet(),
        String.join(" · ", byline));
  }

  private static Map<String, String> params(MultivaluedMap<String, String> query) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : PARAMETERS) {
      String value = query.getFirst(name);
      if (value != null && !value.isBlank()) {
        params.put(name, value.trim());
      }
    }
    return params;
  }

  /** The search page with {@code name} set to {@code value} (or removed when null). */
  private static String link(Map<String, String> params, String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(params);
    if (value == null) {
      changed.remove(name);
    } else {
      changed.put(name, value);
    }
    StringBuilder href = new StringBuilder("/search");
    String separator = "?";
    for (Map.Entry<String, String> param : changed.entrySet()) {
      href.append(separator)
          .append(param.getKey())
          .append('=')
          .append(Links.segment(param.getValue()));
      separator = "&";
    }
    return href.toString();
  }

  private static Instant day(String value, boolean end) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      return (end ? day.plusDays(1) : day)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant()
          .minusMillis(end ? 1 : 0);
    } catch (DateTimeParseException e) {
      throw new BadRequest("from, to: dates like 2026-01-31");
    }
  }
}
