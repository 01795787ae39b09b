package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.atrium.platform.error.AtriumException;
import org.atrium.platform.error.FieldError;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.RangeNotSatisfiable;
import org.atrium.platform.error.RateLimited;
import org.atrium.platform.error.TooLarge;

/**
 * Builds the one error response of a failed request: problem+json for the API, the error page for
 * pages. Every exception mapper ends here.
 */
public final class ProblemResponder {

  @Context private UriInfo uriInfo;
  @Inject private ErrorPages errorPages;

  /** The response for a failure domain code threw. */
  public Response respond(AtriumException e) {
    List<FieldError> errors = e instanceof InvalidInput invalid ? invalid.errors() : null;
    Response.ResponseBuilder extra = Response.status(e.status());
    if (e instanceof RateLimited limited) {
      extra.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
    }
    if (e instanceof RangeNotSatisfiable range) {
      extra.header("Content-Range", "bytes */" + range.size());
    }
    if (e instanceof TooLarge) {
      // The rest of the body stays unread, so the server drops the connection after answering;
      // saying so keeps the client from sending its next request down a closing connection.
      extra.header("Connection", "close");
    }
    return respond(e.status(), e.title(), e.getMessage(), errors, null, e.extensions(), extra);
  }

  /**
   * The domain failure behind {@code e}, if there is one: a body-limit or other domain failure
   * raised while a library read the body reaches a mapper wrapped in that library's exception.
   */
  public static java.util.Optional<AtriumException> domainCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AtriumException known) {
        return java.util.Optional.of(known);
      }
    }
    return java.util.Optional.empty();
  }

  /** The response for a failure found at the HTTP edge, before any domain code ran. */
  public Response respond(int status, String title, String detail, List<FieldError> errors) {
    return respond(status, title, detail, errors, null, Map.of(), Response.status(status));
  }

  /** The response for an unexpected failure, carrying the id it was logged under. */
  public Response unexpected(String errorId) {
    return respond(
        500,
        "Internal server error",
        "Something went wrong on our side. Quote error id " + errorId + " when reporting it.",
        null,
        errorId,
        Map.of(),
        Response.status(500));
  }

  private Response respond(
      int status,
      String title,
      String detail,
      List<FieldError> errors,
      String errorId,
      Map<String, Object> extensions,
      Response.ResponseBuilder builder) {
    String path = "/" + uriInfo.getPath();
    Problem problem =
        new Problem(
            Problem.type(slug(title)), title, status, detail, path, errors, errorId, extensions);
    if (!isApi(path)) {
      return errorPages.render(problem, uriInfo.getRequestUri().getRawPath());
    }
    if (status == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"atrium\"");
    }
    return builder.type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** API and machine endpoints answer in JSON; everything else is a page. */
  static boolean isApi(String path) {
    return path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/feeds/")
        || path.equals("/health")
        || path.equals("/metrics");
  }

  private static String slug(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
