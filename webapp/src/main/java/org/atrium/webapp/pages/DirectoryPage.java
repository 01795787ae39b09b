package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atrium.people.BusinessUnit;
import org.atrium.people.DirectoryService;
import org.atrium.people.Page;
import org.atrium.people.PersonSummary;
import org.atrium.platform.auth.Caller;

/** The people directory: filters, one page of person chips, and a link to the next page. */
@Path(Links.DIRECTORY)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class DirectoryPage {

  private static final int PAGE_SIZE = 20;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private Templates templates;
  @Inject private PageFrame frame;

  /** A business unit option of the filter form. */
  record UnitOption(String code, String name, boolean selected) {}

  @GET
  public String list(
      @QueryParam("q") String text,
      @QueryParam("business_unit") String businessUnit,
      @QueryParam("location") String location,
      @QueryParam("skill") String skill,
      @QueryParam("cursor") String cursor) {
    Caller me = caller.get();
    DirectoryFilters filters = new DirectoryFilters(text, businessUnit, location, skill);
    Page<PersonSummary> page = directory.list(me, filters.query(cursor, PAGE_SIZE));
    List<BusinessUnit> units = directory.businessUnits(me);
    String summary = summary(filters, page.items(), units);
    Map<String, Object> model = frame.page(summary, PageModel.Nav.PEOPLE);
    model.put("filters", filters);
    model.put("filtered", !filters.isEmpty());
    model.put("units", units.stream().map(u -> option(u, filters.businessUnit())).toList());
    model.put("summary", summary);
    model.put("people", page.items().stream().map(p -> PersonView.of(p, templates)).toList());
    model.put("found", !page.items().isEmpty());
    model.put("query", Map.of("q", filters.text()));
    if (page.nextCursor() != null) {
      model.put("nextHref", filters.link(page.nextCursor()));
    }
    if (cursor != null && !cursor.isBlank()) {
      model.put("firstHref", filters.link(null));
    }
    model.put("paged", model.containsKey("nextHref") || model.containsKey("firstHref"));
    return templates.render("directory", model);
  }

  private static UnitOption option(BusinessUnit unit, String chosen) {
    return new UnitOption(
        unit.code(),
        unit.name(),
        unit.code().equalsIgnoreCase(chosen) || unit.name().equalsIgnoreCase(chosen));
  }

  /**
   * What the list shows, in words: "People skilled in Kubernetes, in Engineering". A skill is named
   * as the taxonomy names it, so a search for a synonym says what it found.
   */
  private String summary(
      DirectoryFilters filters, List<PersonSummary> people, List<BusinessUnit> units) {
    if (filters.isEmpty()) {
      return templates.text("directory_summary_all");
    }
    List<String> parts = new ArrayList<>();
    if (!filters.text().isEmpty()) {
      parts.add(templates.text("directory_filter_text", filters.text()));
    }
    if (!filters.skill().isEmpty()) {
      String skill = people.isEmpty() ? filters.skill() : people.getFirst().matchedSkill().name();
      parts.add(templates.text("directory_filter_skill", skill));
    }
    if (!filters.businessUnit().isEmpty()) {
      String unit = unitName(units, filters.businessUnit()).orElse(filters.businessUnit());
      parts.add(templates.text("directory_filter_place", unit));
    }
    if (!filters.location().isEmpty()) {
      parts.add(templates.text("directory_filter_place", filters.location()));
    }
    return templates.text("directory_summary_filtered", String.join(", ", parts));
  }

  private static Optional<String> unitName(List<BusinessUnit> units, String codeOrName) {
    return units.stream()
        .filter(u -> u.code().equalsIgnoreCase(codeOrName) || u.name().equalsIgnoreCase(codeOrName))
        .map(BusinessUnit::name)
        .findFirst();
  }
}
