package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.atrium.platform.error.AtriumException;

/** Domain failures, each with its own status. */
@Provider
public final class AtriumExceptionMapper implements ExceptionMapper<AtriumException> {

  @Inject private ProblemResponder responder;

  @Override
  public Response toResponse(AtriumException e) {
    return responder.respond(e);
  }
}
