package org.atrium.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.atrium.platform.auth.Secrets;
import org.atrium.platform.error.AtriumException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else: logged in full under a fresh error id, answered with a 500 that carries only the
 * id. A domain failure wrapped by a library while reading a body is answered as itself.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Inject private ProblemResponder responder;

  @Override
  public Response toResponse(Throwable e) {
    java.util.Optional<AtriumException> known = ProblemResponder.domainCause(e);
    if (known.isPresent()) {
      return responder.respond(known.get());
    }
    String errorId = Secrets.token(9);
    log.error("unexpected failure, error id {}", errorId, e);
    return responder.unexpected(errorId);
  }
}
