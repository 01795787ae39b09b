package org.atrium.people.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;

/** The signed-in person. */
@Path("/api/v1/me")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;

  @GET
  @Operation(summary = "Your own profile")
  public PersonJson me() {
    return PersonJson.of(directory.me(caller.get()));
  }
}
