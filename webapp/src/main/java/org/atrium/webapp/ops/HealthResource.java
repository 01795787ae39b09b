package org.atrium.webapp.ops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.atrium.platform.rest.Public;
import org.atrium.webapp.Services;

/** Liveness and readiness: up when the database answers and the search index is ready. */
@Path("/health")
@Public
@Tag(name = "operations")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

  @Inject private Services services;

  /** The state of the server and each thing it depends on. */
  public record Health(String status, Map<String, String> checks) {}

  @GET
  @Operation(summary = "Liveness and readiness of the server, its database and its search index")
  public Response health() {
    boolean database = databaseAnswers();
    String index =
        services.search().index().rebuilding()
            ? "rebuilding"
            : services.search().index().healthy() ? "up" : "down";
    boolean ready = database && index.equals("up");
    Health health =
        new Health(
            ready ? "up" : "down", Map.of("database", database ? "up" : "down", "index", index));
    return Response.status(ready ? 200 : 503).entity(health).build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = services.database().dataSource().getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
