package org.atrium.people.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.atrium.people.ImportReport;
import org.atrium.people.NewPerson;
import org.atrium.people.PeopleAdminService;
import org.atrium.people.PeopleImportService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.rest.MaxBody;

/** HR's directory administration: create, deactivate, import. */
@Path("/api/v1/admin/people")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminPeopleResource {

  @Inject private Provider<Caller> caller;
  @Inject private PeopleAdminService admin;
  @Inject private PeopleImportService importer;
  @Context private UriInfo uri;

  /** What an import did or, on a dry run, would do. */
  public record ImportReportJson(
      int created, int updated, int unchanged, boolean dryRun, java.util.List<Object> errors) {
    static ImportReportJson of(ImportReport r) {
      return new ImportReportJson(
          r.created(), r.updated(), r.unchanged(), r.dryRun(), java.util.List.of());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create one person (HR)")
  public Response create(NewPerson request) {
    if (request == null) {
      throw new BadRequest("send the new person as a JSON object");
    }
    Person person = admin.create(caller.get(), request);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/people/{u}").build(person.username()))
        .entity(PersonJson.of(person))
        .build();
  }

  @POST
  @Path("/{username}/deactivate")
  @Operation(summary = "Deactivate a person: sign-in and directory entry go, content stays (HR)")
  public void deactivate(@PathParam("username") String username) {
    admin.deactivate(caller.get(), username);
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @MaxBody(MaxBody.Kind.IMPORT)
  @Operation(
      summary = "Upsert people from CSV by username, all or nothing (HR)",
      description =
          "Columns: username,email,display_name,title,business_unit,department,location,manager,"
              + "skills (name:level separated by ;). Any invalid row: 422 listing every error with"
              + " its line and field, and nothing is written.")
  public ImportReportJson importCsv(
      InputStream csv, @QueryParam("dry_run") @DefaultValue("false") boolean dryRun) {
    return ImportReportJson.of(
        importer.importCsv(
            caller.get(), new InputStreamReader(csv, StandardCharsets.UTF_8), dryRun));
  }
}
