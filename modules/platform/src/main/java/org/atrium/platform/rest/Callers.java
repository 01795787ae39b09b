package org.atrium.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.atrium.platform.auth.Caller;

/** Reads what {@link AuthFilter} learned about a request. */
public final class Callers {

  private Callers() {}

  /** The signed-in caller, if any (public endpoints may have none). */
  public static Optional<Caller> of(ContainerRequestContext request) {
    return Optional.ofNullable((Caller) request.getProperty(AuthFilter.CALLER));
  }

  /** The CSRF token of the caller's browser session, for forms. */
  public static Optional<String> csrfToken(ContainerRequestContext request) {
    return Optional.ofNullable((String) request.getProperty(AuthFilter.CSRF_TOKEN));
  }
}
