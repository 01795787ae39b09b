package org.atrium.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Secrets;
import org.atrium.platform.error.Forbidden;

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

  /**
   * Checks the {@code csrf} field of a multipart form whose check {@link AuthFilter} left to its
   * handler ({@link CsrfInMultipart}); requests with a bearer token or the header pass.
   */
  public static void requireCsrf(ContainerRequestContext request, String presented) {
    if (request.getProperty(AuthFilter.CSRF_PENDING) != null
        && !Secrets.same(presented, csrfToken(request).orElse(null))) {
      throw new Forbidden("the form has expired; reload the page and try again");
    }
  }
}
