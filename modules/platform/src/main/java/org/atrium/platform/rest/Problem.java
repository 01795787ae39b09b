package org.atrium.platform.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.atrium.platform.error.FieldError;

/**
 * An RFC 9457 problem document; {@code extensions} are written as members of the document itself,
 * next to {@code type} and {@code status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String errorId,
    @JsonIgnore Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem type URI: a tag URI, as RFC 9457 allows, naming the kind of failure. */
  public static String type(String slug) {
    return "tag:atrium.org,2026:problems/" + slug;
  }

  @JsonAnyGetter
  Map<String, Object> members() {
    return extensions;
  }
}
