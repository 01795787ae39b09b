package org.atrium.webapp.ops;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.atrium.platform.rest.Public;

/** Serves the generated OpenAPI 3.1 document. */
@Path("/api/openapi.json")
@Public
@Hidden
public final class OpenApiResource {

  @Inject private OpenApiDocument document;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String openApi() {
    return document.json();
  }
}
