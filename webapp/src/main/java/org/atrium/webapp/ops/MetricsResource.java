package org.atrium.webapp.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.atrium.platform.rest.Public;

/** Prometheus scrape endpoint. */
@Path("/metrics")
@Public
@Hidden
public final class MetricsResource {

  @Inject private PrometheusMeterRegistry registry;

  @GET
  @Produces("text/plain; version=0.0.4; charset=utf-8")
  public String scrape() {
    return registry.scrape();
  }
}
