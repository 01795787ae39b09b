package org.atrium.people.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.people.DirectoryQuery;
import org.atrium.people.DirectoryService;
import org.atrium.people.ProfileChanges;
import org.atrium.people.ProfileService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.InvalidInput;

/** The people directory, profiles, the org chart, skills and endorsements. */
@Path("/api/v1/people")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public final class PeopleResource {

  private static final String SKILL = "{skill: .+}";

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private ProfileService profiles;
  @Context private UriInfo uri;

  /** A skill level to set. */
  public record SkillLevelRequest(Integer level) {}

  @GET
  @Operation(summary = "List active people, filtered by text, business unit, location or skill")
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("business_unit") String businessUnit,
      @QueryParam("location") String location,
      @QueryParam("skill") String skill,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    DirectoryQuery query =
        new DirectoryQuery(q, businessUnit, location, skill, cursor, Paging.limit(limit));
    return Paging.ok(directory.list(caller.get(), query), PersonSummaryJson::of, uri);
  }

  @GET
  @Path("/{username}")
  @Operation(summary = "A person's profile")
  public PersonJson get(@PathParam("username") String username) {
    return PersonJson.of(directory.profile(caller.get(), username));
  }

  @PATCH
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a profile: your own fields, or job fields as HR")
  public PersonJson update(@PathParam("username") String username, ProfileChanges changes) {
    if (changes == null) {
      throw new BadRequest("send a JSON object with the fields to change");
    }
    return PersonJson.of(profiles.update(caller.get(), username, changes));
  }

  @GET
  @Path("/{username}/reports")
  @Operation(summary = "The people who report to this person")
  public List<PersonSummaryJson> reports(@PathParam("username") String username) {
    return directory.reports(caller.get(), username).stream().map(PersonSummaryJson::of).toList();
  }

  @GET
  @Path("/{username}/manager-chain")
  @Operation(summary = "This person's managers, nearest first, up to the top")
  public List<PersonSummaryJson> managerChain(@PathParam("username") String username) {
    return directory.managerChain(caller.get(), username).stream()
        .map(PersonSummaryJson::of)
        .toList();
  }

  @PUT
  @Path("/{username}/skills/" + SKILL)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add one of your skills or change its level (1–5)")
  public Response setSkill(
      @PathParam("username") String username,
      @PathParam("skill") String skill,
      SkillLevelRequest request) {
    if (request == null || request.level() == null) {
      throw InvalidInput.of("level", "is required");
    }
    ProfileService.SkillChange change =
        profiles.setSkill(caller.get(), username, skill, request.level());
    return Response.status(change.added() ? Response.Status.CREATED : Response.Status.OK)
        .entity(PersonJson.SkillJson.of(change.skill()))
        .build();
  }

  @DELETE
  @Path("/{username}/skills/" + SKILL)
  @Operation(summary = "Remove one of your skills and its endorsements")
  public void removeSkill(
      @PathParam("username") String username, @PathParam("skill") String skill) {
    profiles.removeSkill(caller.get(), username, skill);
  }

  @POST
  @Path("/{username}/skills/" + SKILL + "/endorsements")
  @Operation(summary = "Endorse someone's skill; endorsing twice changes nothing")
  public PersonJson.SkillJson endorse(
      @PathParam("username") String username, @PathParam("skill") String skill) {
    return PersonJson.SkillJson.of(profiles.endorse(caller.get(), username, skill));
  }

  @DELETE
  @Path("/{username}/skills/" + SKILL + "/endorsements")
  @Operation(summary = "Withdraw your endorsement of someone's skill")
  public PersonJson.SkillJson withdraw(
      @PathParam("username") String username, @PathParam("skill") String skill) {
    return PersonJson.SkillJson.of(profiles.withdrawEndorsement(caller.get(), username, skill));
  }
}
