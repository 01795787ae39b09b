package org.atrium.webapp.ops;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;

/**
 * The OpenAPI 3.1 description of the JSON API, generated from the resource classes on first use
 * (keeping it off the start-up path) and kept.
 */
public final class OpenApiDocument {

  private final Set<Class<?>> resources;
  private volatile String json;

  public OpenApiDocument(Set<Class<?>> resources) {
    this.resources = Set.copyOf(resources);
  }

  public String json() {
    String current = json;
    if (current == null) {
      synchronized (this) {
        current = json;
        if (current == null) {
          current = Json31.pretty(new Reader(configuration()).read(resources));
          json = current;
        }
      }
    }
    return current;
  }

  private static SwaggerConfiguration configuration() {
    OpenAPI base =
        new OpenAPI()
            .info(
                new Info()
                    .title("Atrium API")
                    .version("v1")
                    .description(
                        "People & skills directory, spaces, microblog, wiki and search of Atrium."
                            + " Errors are RFC 9457 application/problem+json."))
            .components(
                new Components()
                    .addSecuritySchemes(
                        "bearer",
                        new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")))
            .addSecurityItem(new SecurityRequirement().addList("bearer"));
    return new SwaggerConfiguration().openAPI(base).openAPI31(true).prettyPrint(true);
  }
}
