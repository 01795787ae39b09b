package org.atrium.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every field problem of one request before failing, so a form shows all its errors at
 * once rather than one per round trip.
 */
public final class Validator {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final List<FieldError> errors = new ArrayList<>();

  public Validator required(String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    }
    return this;
  }

  public Validator maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return this;
  }

  public Validator matches(String field, String value, Pattern pattern, String rule) {
    if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
      errors.add(new FieldError(field, rule));
    }
    return this;
  }

  public Validator email(String field, String value) {
    return matches(field, value, EMAIL, "must be an email address");
  }

  public Validator check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link InvalidInput} listing every problem found, if there is any. */
  public void validate() {
    if (hasErrors()) {
      throw new InvalidInput(errors);
    }
  }
}
