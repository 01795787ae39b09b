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
import org.atrium.platform.auth.Caller;
import org.atrium.search.SuggestService;
import org.atrium.search.Suggestion;

/** Completions for search boxes. */
@Path("/api/v1/suggest")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestResource {

  @Inject private Provider<Caller> caller;
  @Inject private SuggestService suggest;

  @GET
  @Operation(summary = "People, skills, tags and spaces completing q, prefix and typo tolerant")
  public List<Suggestion> suggest(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    return suggest.suggest(caller.get(), q, type, limit);
  }
}
