package org.atrium.people.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.atrium.people.BusinessUnit;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;

/** Business units with their heads and sizes. */
@Path("/api/v1/business-units")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public final class BusinessUnitsResource {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;

  /** A business unit on the wire. */
  public record BusinessUnitJson(
      String code, String name, PersonJson.PersonRefJson head, long peopleCount) {
    static BusinessUnitJson of(BusinessUnit u) {
      return new BusinessUnitJson(
          u.code(), u.name(), PersonJson.PersonRefJson.of(u.head()), u.peopleCount());
    }
  }

  @GET
  @Operation(summary = "All business units")
  public List<BusinessUnitJson> list() {
    return directory.businessUnits(caller.get()).stream().map(BusinessUnitJson::of).toList();
  }
}
