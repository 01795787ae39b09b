package org.atrium.webapp.ops;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers that make every response safer to render: no sniffing, no framing, no third-party scripts
 * or styles, no referrer leaking outside.
 */
@Provider
public final class SecurityHeaders implements ContainerResponseFilter {

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "same-origin");
    // a download brings its own, stricter policy
    if (!headers.containsKey("Content-Security-Policy")) {
      headers.putSingle("Content-Security-Policy", CSP);
    }
  }
}
