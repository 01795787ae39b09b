package org.atrium.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field: its name as the client sent it and what is wrong with it; {@code line} is the
 * line of an uploaded file the field was on, where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer line, String field, String message) {

  public FieldError(String field, String message) {
    this(null, field, message);
  }
}
