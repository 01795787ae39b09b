package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * Failures Jersey finds before a resource runs: no such route (404), wrong method (405), wrong
 * media type (415), unacceptable response type (406), unreadable parameters (400).
 */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {

  @Inject private ProblemResponder responder;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof ParamException param) {
      return responder.respond(
          400,
          "Bad request",
          "the "
              + param.getParameterType().getSimpleName().replace("Param", "").toLowerCase()
              + " parameter '"
              + param.getParameterName()
              + "' is not valid",
          null);
    }
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    return responder.respond(status, title, detail(status), null);
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "nothing is here, or it is not visible to you";
      case 405 -> "this method is not allowed here";
      case 406 -> "this resource cannot answer in the media type asked for";
      case 415 -> "this endpoint does not read that media type";
      default -> "the request could not be served";
    };
  }
}
