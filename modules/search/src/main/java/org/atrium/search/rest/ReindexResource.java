package org.atrium.search.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.auth.Caller;
import org.atrium.search.Search;

/** Rebuilding the search index from the database, for administrators. */
@Path("/api/v1/admin/reindex")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public final class ReindexResource {

  @Inject private Provider<Caller> caller;
  @Inject private Search search;

  /** What a rebuild did. */
  public record Reindexed(long documents) {}

  @POST
  @Operation(summary = "Rebuild the search index from the database (admin; audited)")
  public Reindexed reindex() {
    return new Reindexed(search.reindex(caller.get()));
  }
}
