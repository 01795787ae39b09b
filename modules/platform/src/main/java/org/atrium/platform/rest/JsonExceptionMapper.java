package org.atrium.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.atrium.platform.error.FieldError;

/**
 * Request bodies Jackson could not read: broken JSON is a 400; well-formed JSON with an unknown
 * field or a value of the wrong type is a 422 naming the field.
 */
@Provider
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  @Inject private ProblemResponder responder;

  @Override
  public Response toResponse(JsonProcessingException e) {
    java.util.Optional<org.atrium.platform.error.AtriumException> known =
        ProblemResponder.domainCause(e);
    if (known.isPresent()) {
      return responder.respond(known.get());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return invalid(field(unknown), "is not a known field");
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return invalid(field(mismatch), "has the wrong type");
    }
    return responder.respond(400, "Bad request", "the request body is not valid JSON", null);
  }

  private Response invalid(String field, String message) {
    return responder.respond(
        422, "Invalid input", field + ": " + message, List.of(new FieldError(field, message)));
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
