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
import org.atrium.platform.auth.Caller;
import org.atrium.search.SearchRequest;
import org.atrium.search.SearchResults;
import org.atrium.search.SearchService;

/** Content search over everything the caller may see. */
@Path("/api/v1/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchResource {

  @Inject private Provider<Caller> caller;
  @Inject private SearchService search;

  @GET
  @Operation(
      summary =
          "Search people, statuses, pages, spaces and skills: BM25 with phrases, prefixes and"
              + " typo tolerance, filters, facets and highlighted snippets")
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("space") String space,
      @QueryParam("author") String author,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("business_unit") String businessUnit,
      @QueryParam("location") String location,
      @QueryParam("skill") String skill,
      @QueryParam("tag") String tag,
      @QueryParam("sort") String sort,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset) {
    return search.search(
        caller.get(),
        new SearchRequest(
            q,
            type,
            space,
            author,
            Dates.from("from", from),
            Dates.to("to", to),
            businessUnit,
            location,
            skill,
            tag,
            sort,
            limit,
            offset));
  }
}
