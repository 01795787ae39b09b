package org.atrium.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.AuthenticatedWebRequest;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Secrets;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.Unauthenticated;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Turns each request's credentials into a {@link Caller}: a bearer token for API clients, or the
 * session cookie for browsers, whose state-changing requests must also echo the session's CSRF
 * token (form field {@code csrf} or header {@code X-CSRF-Token}). Requests to anything not marked
 * {@link Public} need a caller.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

  public static final String SESSION_COOKIE = "atrium_session";
  public static final String CSRF_FIELD = "csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CALLER = Caller.class.getName();
  static final String CSRF_TOKEN = "atrium.csrf";
  static final String CSRF_PENDING = "atrium.csrf.pending";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private AuthService auth;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Caller> caller = authenticate(request);
    caller.ifPresent(c -> request.setProperty(CALLER, c));
    if (caller.isEmpty() && !isPublic()) {
      throw new Unauthenticated("sign in to see this");
    }
  }

  private Optional<Caller> authenticate(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new Unauthenticated("use an 'Authorization: Bearer <token>' header");
      }
      return Optional.of(auth.authenticateBearer(authorization.substring(7).trim()));
    }
    Cookie cookie = request.getCookies().get(SESSION_COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      return Optional.empty();
    }
    Optional<AuthenticatedWebRequest> web = auth.authenticateCookie(cookie.getValue());
    web.ifPresent(w -> request.setProperty(CSRF_TOKEN, w.csrfToken()));
    web.ifPresent(w -> checkCsrf(request, w.csrfToken()));
    return web.map(AuthenticatedWebRequest::caller);
  }

  private void checkCsrf(ContainerRequestContext request, String expected) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return;
    }
    String presented = request.getHeaderString(CSRF_HEADER);
    if (presented == null && isMultipart(request.getMediaType()) && checksCsrfItself()) {
      request.setProperty(CSRF_PENDING, Boolean.TRUE);
      return;
    }
    if (presented == null && request.hasEntity() && isForm(request.getMediaType())) {
      ContainerRequest jersey = (ContainerRequest) request;
      jersey.bufferEntity();
      presented = jersey.readEntity(Form.class).asMap().getFirst(CSRF_FIELD);
    }
    if (!Secrets.same(presented, expected)) {
      throw new Forbidden("the form has expired; reload the page and try again");
    }
  }

  private static boolean isForm(MediaType type) {
    return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  private static boolean isMultipart(MediaType type) {
    return type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
  }

  private boolean checksCsrfItself() {
    return resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(CsrfInMultipart.class);
  }

  private boolean isPublic() {
    return resource.getResourceMethod() == null
        || resource.getResourceMethod().isAnnotationPresent(Public.class)
        || resource.getResourceClass().isAnnotationPresent(Public.class);
  }
}
