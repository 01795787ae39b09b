package org.atrium.people.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.people.DirectoryService;
import org.atrium.people.Skill;
import org.atrium.platform.auth.Caller;

/** The skills taxonomy. */
@Path("/api/v1/skills")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public final class SkillsResource {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Context private UriInfo uri;

  /** A taxonomy entry on the wire. */
  public record SkillJson(String name, List<String> synonyms, String category, long peopleCount) {
    static SkillJson of(Skill s) {
      return new SkillJson(s.name(), s.synonyms(), s.category(), s.peopleCount());
    }
  }

  @GET
  @Operation(summary = "Taxonomy entries whose name or a synonym contains q")
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Paging.ok(
        directory.skills(caller.get(), q, cursor, Paging.limit(limit)), SkillJson::of, uri);
  }
}
